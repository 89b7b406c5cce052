package org.entente.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every benchmark once on a tiny dataset, so that the suite keeps working between full runs. */
class BenchSuiteSmokeTest {
    @TempDir
    Path dir;

    @Test
    void everyBenchmarkRunsAndIsWrittenToResultsJson() throws Exception {
        List<BenchResult> results = BenchSuite.run(dir, BenchSize.TINY);

        JsonNode written = new ObjectMapper().readTree(dir.resolve("results.json").toFile());
        assertEquals(results.size(), written.size());
        List<String> names = results.stream().map(BenchResult::name).toList();
        assertTrue(names.containsAll(List.of("load + validate + index", "heap retained / file size",
                "window query, ~50 hits", "density, 2000 bins, any window", "start to first drawn frame (headless)",
                "timeline frame preparation, lanes actor, zoom day",
                "timeline full frame, headless snapshot, lanes none, zoom all",
                "graph update for one scrub step (1 day), sliding window of a year",
                "graph full layout, 200 nodes and 1,000 edges",
                "graph frame preparation, sliding window of a year",
                "graph full frame, headless snapshot, cumulative, everything up to the middle",
                "graph incremental re-layout after a scrub step (1 day), sliding window of a year, per animation frame",
                "search index build", "search index heap retained", "search, short prefix \"th\"",
                "search, two words \"sanctions rel\"", "GDELT import throughput", "GDELT import rows per second",
                "wheel zoom notch on the timeline, to the first frame, 3,000 events, median",
                "click on an event until the detail pane shows it, 3,000 events, p95",
                "a store's new day set in the timeline, until its first events are held, 3,000 events, median",
                "a store's day moved on a quarter, its events held already (the screen alone), 3,000 events, p95")),
                names::toString);
        for (JsonNode figure : written) {
            assertTrue(figure.get("value").asDouble() > 0, figure::toString);
            assertTrue(figure.hasNonNull("unit") && figure.hasNonNull("target") && figure.get("n").asLong() > 0);
        }
    }
}
