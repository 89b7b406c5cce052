package org.entente.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What users feel (issue 12): the real app, headless in a JVM of its own, on generated datasets; each
 * interaction timed from the input to the rendered frame that first shows its result, by
 * {@link InteractionDriver}. Full size runs 200,000 and 1,000,000 events; tiny size one small dataset.
 * On a store (issue 16), the same app is timed setting a day in the timeline until its events are held.
 */
final class InteractionBench {
    private record Interaction(String key, String name, String target) {
    }

    private static final List<Interaction> INTERACTIONS = List.of(
            new Interaction("zoom", "wheel zoom notch on the timeline, to the first frame", "<= 33"),
            new Interaction("zoom-still", "wheel zoom notch on the timeline, until the picture is still", ""),
            new Interaction("pan", "pan drag step on the timeline", "<= 33"),
            new Interaction("scrub", "scrub step (cursor dragged along the axis)", "<= 33"),
            new Interaction("click", "click on an event until the detail pane shows it", "<= 100"),
            new Interaction("search", "keystroke in the search box until suggestions show", "<= 100"));

    private static final List<Interaction> ON_A_STORE = List.of(
            new Interaction("dayrecords", "a store's new day set in the timeline, until its first events are held", "<= 100"),
            new Interaction("dayrecordsall", "a store's new day set in the timeline, until all its events are held", ""),
            new Interaction("daynear", "a store's day moved on a quarter, its events held already (the screen alone)", ""));

    /**
     * Inputs of each kind before those timed. With three, the JIT's compilations of the zoom's path still
     * ran during the first notches timed at a million events (the slowest of 60, 45 ms, were the first
     * two); with ten, the slowest of 60 took 29 ms. The figures are of an app that has been used a moment.
     */
    private static final int WARM_UPS = 10;
    /**
     * Days set before those timed on a store: the JIT compiler took more than half a core for the first 45 s
     * of the app on a store, and days timed within them took 290 ms against 170 after (at a hundred million).
     */
    private static final int STORE_WARM_UPS = 60;

    private InteractionBench() {
    }

    static List<BenchResult> run(Path dir, BenchSize size) throws IOException, InterruptedException {
        List<BenchResult> results = new ArrayList<>();
        if (size == BenchSize.FULL) {
            results.addAll(once(dir, 200_000, 2_000, WARM_UPS, 30));
            results.addAll(once(dir, size.events, size.actors, WARM_UPS, 30));
        } else {
            results.addAll(once(dir, size.events, size.laneActors, 1, 2));
        }
        return results;
    }

    /** The app on a store of {@code events} events: a day set, until its events are held, and the screen's part. */
    static List<BenchResult> onStore(Path dir, Path store, long events, BenchSize size)
            throws IOException, InterruptedException {
        boolean full = size == BenchSize.FULL;
        return timed(dir, store, events, full ? STORE_WARM_UPS : 0, full ? 20 : 2, ON_A_STORE,
                "dayrecords,dayrecordsall,daynear");
    }

    private static List<BenchResult> once(Path dir, int events, int actors, int warmups, int repeats)
            throws IOException, InterruptedException {
        return timed(dir, BenchDatasets.events(dir, events, actors), events, warmups, repeats, INTERACTIONS,
                "zoom,pan,scrub,click,search");
    }

    /** Runs the driver's {@code scenarios} on the dataset or store and reads the figures of {@code interactions}. */
    private static List<BenchResult> timed(Path dir, Path dataset, long events, int warmups, int repeats,
            List<Interaction> interactions, String scenarios) throws IOException, InterruptedException {
        List<String> output = ChildJvm.run(dir.resolve("interaction-prefs"), List.of("-Dheadless.geometry=1920x1200-32"),
                InteractionDriver.class.getName(), List.of(dataset.toString(), Long.toString(events),
                        Integer.toString(warmups), Integer.toString(repeats), scenarios), 1_800);
        List<BenchResult> results = new ArrayList<>();
        for (Interaction interaction : interactions) {
            String figures = ChildJvm.value(output, "latency." + interaction.key());
            if (figures == null) {
                throw new IllegalStateException("no figure for " + interaction.key() + ":\n" + String.join("\n", output));
            }
            String[] parts = figures.split(" ");
            String name = String.format(Locale.ROOT, "%s, %,d events", interaction.name(), events);
            results.add(new BenchResult(name + ", median", Double.parseDouble(parts[0]), "ms", interaction.target(), events));
            results.add(new BenchResult(name + ", p95", Double.parseDouble(parts[1]), "ms", interaction.target(), events));
        }
        return results;
    }
}
