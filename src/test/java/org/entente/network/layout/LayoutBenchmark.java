package org.entente.network.layout;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A full layout from a fresh start, as after opening a dataset or asking for a relayout. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LayoutBenchmark {
    @Param("10000")
    public int nodes;

    @Param("100000")
    public int edges;

    private ForceLayout layout;

    @Setup(Level.Trial)
    public void setUp() {
        layout = new ForceLayout(nodes, 1);
        PowerLawGraph.generate(nodes, edges, 1).showIn(layout);
    }

    @Benchmark
    public double fullLayout() {
        layout.relayout();
        return layout.x(0);
    }
}
