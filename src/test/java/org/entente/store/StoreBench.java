package org.entente.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.entente.bench.BenchResult;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.lanes.LaneMode;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.strata.ColorMode;

/**
 * What the views will ask of a store, timed at the store: opening it, the timeline's density at the
 * overview and at finer windows, a window's first page of events, the graph's pairs of a year (a new one
 * each time) and of a year one day later than the last (a scrub step), the map's countries, search and one
 * event's detail. Group {@code store} of
 * the suite builds a store from the suite's dataset; {@code java -cp ... org.entente.store.StoreBench STORE
 * [DATASET.json]} measures any store (building it from the dataset when it is not there yet), such as one
 * of a hundred million events made by {@code generate --to store}.
 */
public final class StoreBench {
    private static final long DAY = DayCounts.DAY;
    private static final int REPEATS = 7;

    private StoreBench() {
    }

    public static void main(String[] args) throws IOException {
        Path store = Path.of(args[0]);
        List<BenchResult> results = new ArrayList<>();
        if (!Files.exists(store)) {
            results.add(build(Path.of(args[1]), store));
        }
        results.addAll(run(store));
        for (BenchResult result : results) {
            System.out.printf(Locale.ROOT, "%-100s %10.1f %s%n", result.name(), result.value(), result.unit());
        }
    }

    /** The suite's group: a store of its dataset, built once and kept beside it. */
    public static List<BenchResult> run(Path dataset, Path store) throws IOException {
        List<BenchResult> results = new ArrayList<>();
        if (!Files.exists(store)) {
            results.add(build(dataset, store));
        }
        results.addAll(run(store));
        return results;
    }

    /** Streams the dataset into a store, as {@code convert --from entente --to store} does, and times it. */
    private static BenchResult build(Path dataset, Path store) throws IOException {
        long started = System.nanoTime();
        long events;
        try (StoreWriter writer = StoreWriter.create(store)) {
            new DatasetLoader(LoadMode.STRICT).stream(dataset, writer, LoadMonitor.NONE);
            events = writer.events();
            writer.finish(phase -> { });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new BenchResult("store: written from entente/1, events per second", events / seconds, "events/s", "", events);
    }

    public static List<BenchResult> run(Path file) throws IOException {
        List<BenchResult> results = new ArrayList<>();
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        try (DuckStore store = DuckStore.open(file)) {
            double opened = (System.nanoTime() - started) / 1e6;
            Extent extent = store.extent();
            results.add(new BenchResult("store: open (its counts, names and days read)", opened, "ms", "<= 3000", extent.events()));
            results.add(new BenchResult("store: Java heap an open store holds (DuckDB's own memory is outside it)",
                    Math.max(1, usedHeap() - heapBefore) / 1e6, "MB", "", extent.events()));
            results.addAll(questions("store", store, true));
        }
        return results;
    }

    /**
     * The views' questions, each asked once to warm up and then {@value #REPEATS} times, named after the
     * engine; {@code targets} says whether the targets apply (they do not for Trino).
     */
    static List<BenchResult> questions(String engine, EventStore store, boolean targets) {
        List<BenchResult> results = new ArrayList<>();
        UnaryOperator<String> target = goal -> targets ? goal : "";
        Extent extent = store.extent();
        long events = extent.events();
        TimeWindow all = new TimeWindow(extent.minStart(), extent.maxEnd());
        long middle = extent.minStart() + (extent.maxEnd() - extent.minStart()) / 2;
        results.add(time(engine + ": overview density, 1,600 bins by kind", events, target.apply("<= 8"),
                () -> store.density(DensityRequest.all(Filter.NONE, all, 1_600, ColorMode.KIND))));
        for (long days : new long[] {365, 30, 7, 1}) {
            TimeWindow window = new TimeWindow(middle, middle + days * DAY);
            results.add(time(engine + ": density of " + days + " days, 1,600 bins (SQL below a day a bin)", events,
                    target.apply("<= 200"),
                    () -> store.density(DensityRequest.all(Filter.NONE, window, 1_600, ColorMode.KIND))));
            results.add(time(engine + ": first 200 events of " + days + " days, with their total", events,
                    target.apply("<= 100"),
                    () -> store.events(new EventQuery(Filter.NONE, window, EventSort.DATE, true, 0, 200))));
        }
        TimeWindow year = new TimeWindow(middle, middle + 365 * DAY);
        // Each time a year two months on: the store keeps the last year's pairs for a scrub, which this is not.
        long[] fresh = {0};
        results.add(time(engine + ": pairs of a year, top 200 (each a year two months later)", events,
                target.apply("<= 1000"), () -> {
                    long later = fresh[0]++ * 61 * DAY;
                    store.pairs(Filter.NONE, new TimeWindow(year.start() + later, year.end() + later), 200);
                }));
        long[] step = {0};
        results.add(time(engine + ": pairs of a year one day later (a scrub step)", events, target.apply("<= 100"), () -> {
            step[0]++;
            store.pairs(Filter.NONE, new TimeWindow(year.start() + step[0] * DAY, year.end() + step[0] * DAY), 200);
        }));
        results.add(time(engine + ": countries of a year", events, "", () -> store.countries(Filter.NONE, year)));
        results.add(time(engine + ": count of a year with a tone filter", events, "",
                () -> store.count(Filter.NONE.withTone(2, 10), year)));
        results.add(time(engine + ": lanes by kind", events, "", () -> store.lanes(Filter.NONE, LaneMode.KIND)));
        results.add(time(engine + ": search \"talks\"", events, target.apply("<= 300"), () -> store.search("talks", 20)));
        results.add(time(engine + ": search \"zzyzx\" (no event matches: a whole scan)", events, target.apply("<= 300"),
                () -> store.search("zzyzx", 20)));
        String id = store.events(new EventQuery(Filter.NONE, all, EventSort.DATE, true, 0, 1)).rows().get(0).id();
        results.add(time(engine + ": one event's detail by id", events, "", () -> store.event(id)));
        return results;
    }

    /** The heap in use after collections, as LoadBench measures what a dataset keeps. */
    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static BenchResult time(String what, long events, String target, Runnable work) {
        work.run();
        double[] millis = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            millis[i] = BenchResult.millis(work);
        }
        return BenchResult.ofMillis(what, millis, target, events);
    }
}
