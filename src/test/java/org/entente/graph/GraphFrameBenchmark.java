package org.entente.graph;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import org.entente.bench.CanvasFrames;
import org.entente.bench.HeadlessToolkit;
import org.entente.bench.LoadedDatasets;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.network.GraphScene;
import org.entente.network.NodeColoring;
import org.entente.network.NodeSizing;
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
 * One frame of the actor graph on a large dataset, laid out and fitted to the canvas: the preparation
 * (culling, edge batches, nodes, label placement and the drawing calls into the canvas's command
 * buffer), and alongside it a full frame rendered by the software pipeline and read back.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GraphFrameBenchmark {
    static final double WIDTH = 1200;
    static final double HEIGHT = 800;
    private static final long DAY = 86_400_000L;

    @Param("")
    public String dataset;

    /** A year around the middle of the dataset, or everything up to the middle. */
    @Param({"SLIDING", "CUMULATIVE"})
    public String mode;

    private GraphPainter painter;
    private Canvas canvas;
    private GraphFrame frame;

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        HeadlessToolkit.start();
        IndexedDataset data = LoadedDatasets.get(dataset);
        GraphData graph = GraphData.build(data, Filter.NONE);
        long middle = data.time().startAt(data.time().size() / 2);
        if (mode.equals("SLIDING")) {
            graph.window().moveTo(middle - 182 * DAY, middle + 183 * DAY);
        } else {
            graph.window().moveTo(Long.MIN_VALUE + 1, middle + 1);
        }
        GraphScene scene = GraphScene.of(graph.window(), false, -1, 1);
        GraphPositions positions = new GraphPositions(2 * graph.pairs().actorCount(), 1);
        positions.show(scene, graph.fades());
        graph.fades().show(scene);
        graph.fades().finish();
        positions.layout().relayout();
        positions.arrive(scene);
        graph.looks().update(scene, NodeSizing.ACTIVITY, null);
        List<Actor> actors = data.dataset().actors();
        // Node arrays have room for groups after the actors, as the view's (see ActorGroups).
        String[] names = new String[2 * actors.size()];
        ActorKind[] kinds = new ActorKind[2 * actors.size()];
        for (int i = 0; i < actors.size(); i++) {
            names[i] = actors.get(i).name();
            kinds[i] = actors.get(i).kind();
        }
        GraphViewport viewport = positions.fit(scene, WIDTH, HEIGHT, 40);
        frame = new GraphFrame(WIDTH, HEIGHT, viewport, graph.fades(), positions.x(), positions.y(), graph.looks(), names,
                kinds, positions.pinned(), palette(), NodeColoring.KIND, Emphasis.NONE, true, GraphPainter.EDGE_BUDGET, null);
        canvas = new Canvas(WIDTH, HEIGHT);
        painter = new GraphPainter(Font.font("System", 12));
    }

    static GraphPalette palette() {
        return new GraphPalette(CanvasFrames.distinctColours(GraphPalette.Role.class));
    }

    /** Culling, edge batches, nodes, labels and drawing calls: what the UI thread does for a frame. */
    @Benchmark
    public Canvas prepareFrame() {
        painter.paintLive(canvas.getGraphicsContext2D(), frame);
        return canvas;
    }

    /** The same frame rendered by the software pipeline and read back, on the FX thread. */
    @Benchmark
    public Object fullFrameSnapshot() throws InterruptedException {
        return CanvasFrames.rendered(canvas, () -> painter.paint(canvas.getGraphicsContext2D(), frame));
    }
}
