package org.entente.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.entente.bench.LoadedDatasets;
import org.entente.index.IndexedDataset;
import org.entente.state.Filter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One scrub step of the actor graph: the cursor moves by a day and the graph follows. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GraphBenchmark {
    private static final long DAY = 86_400_000L;
    private static final long YEAR = 365 * DAY;
    private static final Map<String, PairIndex> PAIRS = new ConcurrentHashMap<>();

    @Param("")
    public String dataset;

    /** A sliding window of a year around the cursor, or everything up to the cursor. */
    @Param({"SLIDING", "CUMULATIVE"})
    public String mode;

    private WindowGraph graph;
    private long cursor;
    private long first;
    private long last;
    private long step = DAY;

    @Setup(Level.Trial)
    public void setUp() {
        IndexedDataset data = LoadedDatasets.get(dataset);
        PairIndex pairs = PAIRS.computeIfAbsent(dataset, key -> PairIndex.of(data.dataset(), Filter.NONE));
        graph = new WindowGraph(pairs, data.time());
        first = data.time().minStart() + YEAR;
        last = data.time().maxEnd() - YEAR;
        cursor = first + (last - first) / 2;
        move();
    }

    private void move() {
        if (mode.equals("SLIDING")) {
            graph.moveTo(cursor - YEAR / 2, cursor + YEAR / 2);
        } else {
            graph.moveTo(Long.MIN_VALUE + 1, cursor + 1);
        }
    }

    @Benchmark
    public int scrubStep() {
        if (cursor + step > last || cursor + step < first) {
            step = -step;
        }
        cursor += step;
        move();
        return graph.activePairs().size();
    }
}
