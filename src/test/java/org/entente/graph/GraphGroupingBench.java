package org.entente.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import org.entente.bench.BenchResult;
import org.entente.bench.HeadlessToolkit;
import org.entente.bench.LoadedDatasets;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.network.ActorGroups;
import org.entente.network.GraphLimits;
import org.entente.network.GraphRange;
import org.entente.network.NodeColoring;
import org.entente.network.NodeSizing;
import org.entente.query.Filter;

/**
 * The actor graph with actors folded by country, as the view drives it: a scrub step (the cursor a day on,
 * the scene built again with the busiest 150 nodes), a frame's preparation, and grouping or ungrouping
 * until the new scene is built. Each alongside the same figure without groups.
 */
public final class GraphGroupingBench {
    private static final long DAY = 86_400_000L;
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 800;
    private static final int WARM_UPS = 3;
    /**
     * Scrub steps and frames before those timed: the JIT compiles their path over some tens of them, and
     * with three the compilations were in the 95th percentile (a grouped step's was 18–31 ms, 16 once warm).
     */
    private static final int STEP_WARM_UPS = 40;

    private GraphGroupingBench() {
    }

    public static List<BenchResult> run(Path events, int steps) throws InterruptedException {
        HeadlessToolkit.start();
        IndexedDataset data = LoadedDatasets.get(events.toString());
        int eventCount = data.dataset().events().size();
        List<Actor> actors = data.dataset().actors();
        LiveGraph graph = new LiveGraph();
        graph.reset(actors);
        graph.show(GraphData.build(data, Filter.NONE));
        long[] cursor = {data.time().startAt(data.time().size() / 2)};
        long half = 365 * DAY / 8;
        Runnable update = () -> graph.updateScene(new GraphRange(cursor[0] - half, cursor[0] + half), false, null, 1,
                NodeSizing.ACTIVITY, GraphLimits.DEFAULT, List.of());
        List<BenchResult> results = new ArrayList<>();
        double[] grouping = new double[steps];
        double[] ungrouping = new double[steps];
        for (int i = -WARM_UPS; i < steps; i++) {
            double group = BenchResult.millis(() -> {
                graph.group(ActorGroups.byCountry(actors));
                update.run();
            });
            double ungroup = BenchResult.millis(() -> {
                graph.group(ActorGroups.none(actors.size()));
                update.run();
            });
            if (i >= 0) {
                grouping[i] = group;
                ungrouping[i] = ungroup;
            }
        }
        results.add(BenchResult.ofMillis("graph grouping by country, until its scene is built", grouping, "<= 100", eventCount));
        results.add(BenchResult.ofMillis("graph ungrouping, until its scene is built", ungrouping, "<= 100", eventCount));
        for (boolean grouped : new boolean[] {false, true}) {
            graph.group(grouped ? ActorGroups.byCountry(actors) : ActorGroups.none(actors.size()));
            update.run();
            String how = grouped ? "grouped by country" : "each actor on its own";
            double[] scrubs = new double[steps * 4];
            for (int i = -STEP_WARM_UPS; i < scrubs.length; i++) {
                cursor[0] += DAY;
                double took = BenchResult.millis(update);
                scrubs[Math.max(0, i)] = took;
            }
            results.add(BenchResult.ofMillis("graph scene for one scrub step (1 day), 150 nodes, " + how, scrubs, "<= 16", eventCount));
            graph.settle();
            GraphPainter painter = new GraphPainter(Font.font("System", 12));
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            GraphViewport viewport = graph.fit(WIDTH, HEIGHT, 40);
            Supplier<GraphFrame> frame = () -> graph.frame(WIDTH, HEIGHT, viewport, GraphFrameBenchmark.palette(),
                    NodeColoring.KIND, Emphasis.NONE, true);
            double[] frames = new double[steps * 4];
            for (int i = -STEP_WARM_UPS; i < frames.length; i++) {
                frames[Math.max(0, i)] = BenchResult.millis(() -> painter.paintLive(canvas.getGraphicsContext2D(), frame.get()));
            }
            results.add(BenchResult.ofMillis("graph frame preparation at rest, 150 nodes, " + how, frames, "<= 8", eventCount));
        }
        return results;
    }

}
