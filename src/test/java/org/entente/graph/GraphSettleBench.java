package org.entente.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entente.bench.BenchResult;
import org.entente.bench.LoadedDatasets;
import org.entente.index.IndexedDataset;
import org.entente.network.GraphLimits;
import org.entente.network.GraphRange;
import org.entente.network.NodeSizing;
import org.entente.query.Filter;

/**
 * How long the actor graph keeps moving after a scrub step or a zoom, as the app animates it: frames of
 * at least 1/60 s, each stepping the layout within the skin's budget, until the layout, the easing and
 * the fades all rest. The graph follows the cursor over a quarter of the view, with the default limits
 * and, for comparison, with none.
 */
public final class GraphSettleBench {
    private static final long DAY = 86_400_000L;
    private static final double FRAME_SECONDS = 1 / 60.0;
    private static final long LAYOUT_BUDGET_NANOS = 6_000_000;

    private GraphSettleBench() {
    }

    public static List<BenchResult> run(Path events, int moves) {
        List<BenchResult> results = new ArrayList<>();
        results.addAll(run(events, moves, GraphLimits.DEFAULT, "150 actors"));
        results.addAll(run(events, Math.max(1, moves / 4), GraphLimits.NONE, "every actor"));
        return results;
    }

    private static List<BenchResult> run(Path events, int moves, GraphLimits limits, String shown) {
        IndexedDataset data = LoadedDatasets.get(events.toString());
        LiveGraph graph = new LiveGraph();
        graph.reset(data.dataset().actors());
        graph.show(GraphData.build(data, Filter.NONE));
        long cursor = data.time().startAt(data.time().size() / 2);
        long half = 365 * DAY / 8;
        update(graph, cursor, half, limits);
        graph.settle();
        double[] scrubs = new double[moves];
        double[] zooms = new double[moves];
        for (int i = 0; i < moves; i++) {
            cursor += DAY;
            update(graph, cursor, half, limits);
            scrubs[i] = secondsUntilStill(graph);
            half = i % 2 == 0 ? half * 4 / 5 : half * 5 / 4;
            update(graph, cursor, half, limits);
            zooms[i] = secondsUntilStill(graph);
        }
        List<BenchResult> results = new ArrayList<>();
        results.add(result("after a scrub step (1 day)", shown, scrubs, data));
        results.add(result("after a zoom notch", shown, zooms, data));
        return results;
    }

    private static void update(LiveGraph graph, long cursor, long half, GraphLimits limits) {
        graph.updateScene(new GraphRange(cursor - half, cursor + half), false, null, 1, NodeSizing.ACTIVITY, limits,
                List.of());
    }

    /** Frames, each at least a sixtieth of a second, until nothing in the graph moves. */
    private static double secondsUntilStill(LiveGraph graph) {
        double seconds = 0;
        boolean moving = true;
        for (int frame = 0; frame < 3600 && moving; frame++) {
            long started = System.nanoTime();
            moving = graph.step(FRAME_SECONDS, LAYOUT_BUDGET_NANOS);
            seconds += Math.max(FRAME_SECONDS, (System.nanoTime() - started) / 1e9);
        }
        return seconds;
    }

    private static BenchResult result(String what, String shown, double[] seconds, IndexedDataset data) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        return new BenchResult(String.format(Locale.ROOT, "graph still %s, cursor \u00B1 an eighth of a year, %s: median %.2f s,"
                + " p95", what, shown, sorted[sorted.length / 2]), p95, "s", "<= 1.5", data.dataset().events().size());
    }
}
