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

    /**
     * Inputs of each kind before those timed. With three, the JIT's compilations of the zoom's path still
     * ran during the first notches timed at a million events (the slowest of 60, 45 ms, were the first
     * two); with ten, the slowest of 60 took 29 ms. The figures are of an app that has been used a moment.
     */
    private static final int WARM_UPS = 10;

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

    private static List<BenchResult> once(Path dir, int events, int actors, int warmups, int repeats)
            throws IOException, InterruptedException {
        Path dataset = BenchDatasets.events(dir, events, actors);
        List<String> output = ChildJvm.run(dir.resolve("interaction-prefs"), List.of("-Dheadless.geometry=1920x1200-32"),
                InteractionDriver.class.getName(),
                List.of(dataset.toString(), Integer.toString(events), Integer.toString(warmups), Integer.toString(repeats)),
                1_800);
        List<BenchResult> results = new ArrayList<>();
        for (Interaction interaction : INTERACTIONS) {
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
