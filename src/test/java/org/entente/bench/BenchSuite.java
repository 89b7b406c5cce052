package org.entente.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.entente.graph.GraphFrameBenchmark;
import org.entente.graph.GraphGroupingBench;
import org.entente.graph.GraphSettleBench;
import org.entente.network.GraphBenchmark;
import org.entente.network.layout.LayoutBenchmark;
import org.entente.network.layout.LayoutFrameBenchmark;
import org.entente.places.PlacesBench;
import org.entente.search.SearchBenchmark;
import org.entente.table.TableRowsBench;
import org.entente.timeline.TimelineFrameBenchmark;
import org.openjdk.jmh.results.RunResult;
import org.entente.store.DuckStore;
import org.entente.store.StoreBench;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmark suite: {@code mvn -Pbench verify} runs it at full size (a generated dataset of a million
 * events), and a test runs it once at tiny size. It prints a table and writes {@code results.json}.
 */
public final class BenchSuite {
    private BenchSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        BenchSize size = args.length > 1 ? BenchSize.valueOf(args[1].toUpperCase(Locale.ROOT)) : BenchSize.FULL;
        Set<String> only = args.length > 2 && !args[2].isBlank() ? Set.of(args[2].split(",")) : Set.of();
        List<BenchResult> results = run(dir, size, only);
        BenchReport.print(results, System.out);
        System.out.println("written to " + dir.resolve("results.json"));
    }

    public static List<BenchResult> run(Path dir, BenchSize size) throws IOException, InterruptedException, RunnerException {
        return run(dir, size, Set.of());
    }

    /**
     * Runs the groups named in {@code only} (load, index, graph, layout, search, frames, timeline,
     * settle, grouping, map, table, startup, interaction, store, gdelt), or every group when it is empty, so that one figure can
     * be measured again without the whole run.
     */
    public static List<BenchResult> run(Path dir, BenchSize size, Set<String> only)
            throws IOException, InterruptedException, RunnerException {
        Predicate<String> wanted = group -> only.isEmpty() || only.contains(group);
        Path events = BenchDatasets.events(dir, size);
        List<BenchResult> results = new ArrayList<>();
        if (wanted.test("load")) {
            results.addAll(LoadBench.run(events, size));
        }
        if (wanted.test("index")) {
            results.addAll(index(events, size));
        }
        if (wanted.test("graph")) {
            results.addAll(graph(events, size));
        }
        if (wanted.test("layout")) {
            results.addAll(layout(events, size));
        }
        if (wanted.test("search")) {
            results.addAll(SearchBuildBench.run(events, size));
            results.addAll(search(events, size));
        }
        if (wanted.test("frames")) {
            results.addAll(graphFrames(events, size));
        }
        if (wanted.test("timeline")) {
            results.addAll(timeline(BenchDatasets.events(dir, size.events, size.laneActors), size));
        }
        if (wanted.test("startup")) {
            results.addAll(StartupBench.run(dir, size));
        }
        if (wanted.test("settle")) {
            results.addAll(GraphSettleBench.run(events, size == BenchSize.FULL ? 40 : 3));
        }
        if (wanted.test("grouping")) {
            results.addAll(GraphGroupingBench.run(events, size == BenchSize.FULL ? 20 : 2));
        }
        if (wanted.test("map")) {
            results.addAll(PlacesBench.run(events, size == BenchSize.FULL ? 200 : 5));
        }
        if (wanted.test("table")) {
            results.addAll(TableRowsBench.run(events, size.repeats));
        }
        if (wanted.test("interaction")) {
            results.addAll(InteractionBench.run(dir, size));
        }
        if (wanted.test("store")) {
            Path store = dir.resolve(events.getFileName().toString().replace(".json", ".duckdb"));
            results.addAll(StoreBench.run(events, store));
            results.addAll(InteractionBench.onStore(dir, store, storeEvents(store), size));
        }
        if (wanted.test("gdelt")) {
            results.addAll(GdeltImportBench.run(dir, size));
        }
        BenchReport.write(results, dir.resolve("results.json"));
        return results;
    }

    /** How many events a store holds, which the app on it is awaited to show. */
    private static long storeEvents(Path store) throws IOException {
        try (DuckStore open = DuckStore.open(store)) {
            return open.extent().events();
        }
    }

    private static OptionsBuilder jmh(Class<?> benchmarks, BenchSize size, int forks) {
        boolean full = size == BenchSize.FULL;
        OptionsBuilder options = new OptionsBuilder();
        options.include(benchmarks.getName())
                .warmupIterations(full ? 3 : 0)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(full ? 5 : 1)
                .measurementTime(full ? TimeValue.seconds(1) : TimeValue.milliseconds(100))
                .forks(full ? forks : 0)
                .verbosity(full ? VerboseMode.NORMAL : VerboseMode.SILENT);
        return options;
    }

    /**
     * Frame time at every zoom and grouping. These run in the suite's own JVM (no fork), so that the
     * dataset is loaded once for all thirty combinations; each is warmed up before it is measured.
     */
    private static List<BenchResult> timeline(Path events, BenchSize size) throws RunnerException {
        Options options = jmh(TimelineFrameBenchmark.class, size, 0).param("dataset", events.toString()).build();
        List<BenchResult> results = new ArrayList<>();
        for (RunResult run : new Runner(options).run()) {
            String zoom = run.getParams().getParam("zoom");
            String lanes = run.getParams().getParam("lanes");
            double medianMs = run.getPrimaryResult().getStatistics().getPercentile(50) / 1000;
            boolean prepare = run.getParams().getBenchmark().endsWith("prepareFrame");
            results.add(new BenchResult((prepare ? "timeline frame preparation" : "timeline full frame, headless snapshot")
                    + ", lanes " + lanes.toLowerCase(Locale.ROOT).replace('_', ' ') + ", zoom " + zoom.toLowerCase(Locale.ROOT),
                    medianMs, "ms", prepare ? "<= 8" : "", size.events));
        }
        return results;
    }

    /** The actor graph following the cursor, a day per step, on the dataset of ten thousand actors. */
    private static List<BenchResult> graph(Path events, BenchSize size) throws RunnerException {
        Options options = jmh(GraphBenchmark.class, size, 0).param("dataset", events.toString()).build();
        List<BenchResult> results = new ArrayList<>();
        for (RunResult run : new Runner(options).run()) {
            String mode = run.getParams().getParam("mode").toLowerCase(Locale.ROOT);
            double medianMs = run.getPrimaryResult().getStatistics().getPercentile(50) / 1000;
            results.add(new BenchResult("graph update for one scrub step (1 day), " + mode
                    + (mode.equals("sliding") ? " window of a year" : ", everything up to the cursor"),
                    medianMs, "ms", "<= 16", size.events));
        }
        return results;
    }

    /**
     * The actor graph's layout: from scratch on a synthetic power-law graph, and one animation frame
     * after a scrub step on the dataset of ten thousand actors. Both run in the suite's JVM, like the graph.
     */
    private static List<BenchResult> layout(Path events, BenchSize size) throws RunnerException {
        List<BenchResult> results = new ArrayList<>();
        Options full = jmh(LayoutBenchmark.class, size, 0)
                .param("nodes", Integer.toString(size.layoutNodes))
                .param("edges", Integer.toString(size.layoutEdges))
                .build();
        for (RunResult run : new Runner(full).run()) {
            double medianS = run.getPrimaryResult().getStatistics().getPercentile(50) / 1000;
            results.add(new BenchResult(String.format(Locale.ROOT, "graph full layout, %,d nodes and %,d edges",
                    size.layoutNodes, size.layoutEdges), medianS, "s", "<= 3", size.layoutNodes));
        }
        Options frame = jmh(LayoutFrameBenchmark.class, size, 0).param("dataset", events.toString()).build();
        for (RunResult run : new Runner(frame).run()) {
            double medianMs = run.getPrimaryResult().getStatistics().getPercentile(50) / 1000;
            results.add(new BenchResult("graph incremental re-layout after a scrub step (1 day), sliding window of a year,"
                    + " per animation frame", medianMs, "ms", "<= 16", size.events));
        }
        return results;
    }

    /** One frame of the actor graph, laid out and fitted, for a year's window and for everything up to the middle. */
    private static List<BenchResult> graphFrames(Path events, BenchSize size) throws RunnerException {
        Options options = jmh(GraphFrameBenchmark.class, size, 0).param("dataset", events.toString()).build();
        List<BenchResult> results = new ArrayList<>();
        for (RunResult run : new Runner(options).run()) {
            String mode = run.getParams().getParam("mode").equals("SLIDING") ? "sliding window of a year"
                    : "cumulative, everything up to the middle";
            double medianMs = run.getPrimaryResult().getStatistics().getPercentile(50) / 1000;
            boolean prepare = run.getParams().getBenchmark().endsWith("prepareFrame");
            results.add(new BenchResult((prepare ? "graph frame preparation" : "graph full frame, headless snapshot")
                    + ", " + mode, medianMs, "ms", prepare ? "<= 8" : "", size.events));
        }
        return results;
    }

    /** One keystroke of the search field on the dataset of ten thousand actors, in the suite's JVM like the graph. */
    private static List<BenchResult> search(Path events, BenchSize size) throws RunnerException {
        Options options = jmh(SearchBenchmark.class, size, 0).param("dataset", events.toString()).build();
        List<BenchResult> results = new ArrayList<>();
        for (RunResult run : new Runner(options).run()) {
            boolean prefix = run.getParams().getBenchmark().endsWith("shortPrefix");
            double medianMs = run.getPrimaryResult().getStatistics().getPercentile(50) / 1000;
            results.add(new BenchResult(prefix ? "search, short prefix \"" + SearchBenchmark.SHORT_PREFIX + "\""
                    : "search, two words \"" + SearchBenchmark.TWO_WORDS + "\"", medianMs, "ms", "<= 100", size.events));
        }
        return results;
    }

    private static List<BenchResult> index(Path events, BenchSize size) throws RunnerException {
        Options options = jmh(IndexBenchmark.class, size, 1)
                .param("dataset", events.toString())
                .param("hits", Integer.toString(size.windowHits))
                .build();
        Collection<RunResult> runs = new Runner(options).run();
        List<BenchResult> results = new ArrayList<>();
        for (RunResult run : runs) {
            String method = run.getParams().getBenchmark();
            double medianMicros = run.getPrimaryResult().getStatistics().getPercentile(50);
            if (method.endsWith("windowQuery")) {
                results.add(new BenchResult("window query, ~" + size.windowHits + " hits", medianMicros / 1000,
                        "ms", "<= 0.2", size.events));
            } else {
                results.add(new BenchResult("density, " + IndexBenchmark.BINS + " bins, any window", medianMicros / 1000,
                        "ms", "<= 1", size.events));
            }
        }
        return results;
    }
}
