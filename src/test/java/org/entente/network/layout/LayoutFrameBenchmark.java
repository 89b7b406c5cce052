package org.entente.network.layout;

import java.util.concurrent.TimeUnit;
import org.entente.bench.LoadedDatasets;
import org.entente.bench.ScrubCursor;
import org.entente.index.IndexedDataset;
import org.entente.network.GraphScene;
import org.entente.network.PairIndex;
import org.entente.network.WindowGraph;
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

/**
 * One animation frame while the cursor is scrubbed: a year-long window moves by a day, the layout gets
 * the new graph and takes one step. Starts from a full layout of the window in the middle of the dataset.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LayoutFrameBenchmark {
    private static final long YEAR = ScrubCursor.YEAR;

    @Param("")
    public String dataset;

    private WindowGraph window;
    private ForceLayout layout;
    private ScrubCursor cursor;

    @Setup(Level.Trial)
    public void setUp() {
        IndexedDataset data = LoadedDatasets.get(dataset);
        PairIndex pairs = PairIndex.of(data.dataset(), Filter.NONE);
        window = new WindowGraph(pairs, data.time());
        layout = new ForceLayout(pairs.actorCount(), 1);
        cursor = new ScrubCursor(data.time());
        window.moveTo(cursor.at() - YEAR / 2, cursor.at() + YEAR / 2);
        GraphScene.of(window, false, -1, 1).feed(layout);
        layout.relayout();
    }

    @Benchmark
    public boolean scrubFrame() {
        long at = cursor.next();
        window.moveTo(at - YEAR / 2, at + YEAR / 2);
        GraphScene.of(window, false, -1, 1).feed(layout);
        return layout.step();
    }
}
