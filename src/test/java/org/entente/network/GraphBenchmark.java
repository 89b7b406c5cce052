package org.entente.network;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.entente.bench.LoadedDatasets;
import org.entente.bench.ScrubCursor;
import org.entente.index.IndexedDataset;
import org.entente.query.Filter;
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
    private static final long YEAR = ScrubCursor.YEAR;
    private static final Map<String, PairIndex> PAIRS = new ConcurrentHashMap<>();

    @Param("")
    public String dataset;

    /** A sliding window of a year around the cursor, or everything up to the cursor. */
    @Param({"SLIDING", "CUMULATIVE"})
    public String mode;

    private WindowGraph graph;
    private ScrubCursor cursor;

    @Setup(Level.Trial)
    public void setUp() {
        IndexedDataset data = LoadedDatasets.get(dataset);
        PairIndex pairs = PAIRS.computeIfAbsent(dataset, key -> PairIndex.of(data.dataset(), Filter.NONE));
        graph = new WindowGraph(pairs, data.time());
        cursor = new ScrubCursor(data.time());
        move(cursor.at());
    }

    private void move(long at) {
        if (mode.equals("SLIDING")) {
            graph.moveTo(at - YEAR / 2, at + YEAR / 2);
        } else {
            graph.moveTo(Long.MIN_VALUE + 1, at + 1);
        }
    }

    @Benchmark
    public int scrubStep() {
        move(cursor.next());
        return graph.activePairs().size();
    }
}
