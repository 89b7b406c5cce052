package org.entente.bench;

import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The time index's per-frame queries, on a generated dataset: a window query and a 2,000-bin density. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexBenchmark {
    private static final int WINDOWS = 1024;
    static final int BINS = 2_000;

    @Param("")
    public String dataset;

    @Param("1000")
    public int hits;

    private TimeIndex index;
    private final long[] windowStarts = new long[WINDOWS];
    private long windowSpan;
    private final long[] densityStarts = new long[WINDOWS];
    private final long[] densityEnds = new long[WINDOWS];
    private final IntList out = new IntList(1 << 16);
    private final int[] counts = new int[BINS];
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        index = TimeIndex.of(new DatasetLoader(LoadMode.STRICT).load(Path.of(dataset)).dataset().orElseThrow().events());
        SplittableRandom random = new SplittableRandom(7);
        long from = index.minStart();
        long span = index.maxEnd() - from;
        for (int i = 0; i < WINDOWS; i++) {
            windowStarts[i] = from + (long) (random.nextDouble() * span);
            long width = (long) Math.exp(random.nextDouble(Math.log(3_600_000d), Math.log(span * 1.2)));
            densityStarts[i] = from - span / 10 + (long) (random.nextDouble() * span);
            densityEnds[i] = densityStarts[i] + width;
        }
        windowSpan = spanForMedianHits(span);
    }

    /** The window width whose median hit count over the sample positions is the wanted number of hits. */
    private long spanForMedianHits(long extent) {
        long lo = 1_000;
        long hi = extent;
        for (int step = 0; step < 60 && lo < hi; step++) {
            long mid = lo + (hi - lo) / 2;
            if (medianHits(mid) < hits) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int medianHits(long span) {
        int[] found = new int[WINDOWS];
        for (int i = 0; i < WINDOWS; i++) {
            found[i] = index.countOverlapping(windowStarts[i], windowStarts[i] + span);
        }
        java.util.Arrays.sort(found);
        return found[WINDOWS / 2];
    }

    /** The median number of events the window query returns, to report next to its time. */
    public int medianHits() {
        return medianHits(windowSpan);
    }

    @Benchmark
    public int windowQuery() {
        out.clear();
        long start = windowStarts[next++ & (WINDOWS - 1)];
        return index.overlapping(start, start + windowSpan, out);
    }

    @Benchmark
    public int[] density2000() {
        int i = next++ & (WINDOWS - 1);
        index.density(densityStarts[i], densityEnds[i], counts);
        return counts;
    }
}
