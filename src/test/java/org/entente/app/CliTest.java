package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void validatePrintsEachProblemLikeACompilerAndExitsOneOnErrors() {
        String bad = "src/test/resources/corpus/bad/unknown-actor.json";
        int code = run("validate", "data/dprk-china-russia-2025.json", bad);

        assertEquals(1, code);
        assertEquals(List.of(
                bad + ":13:71: error: unknown actor \"a9\": no actor in /actors has this id (at /events/0/participants/1/actor)",
                "1 error, 0 warnings in 2 files"), lines());
    }

    @Test
    void validateExitsZeroWhenThereAreOnlyWarnings() {
        int code = run("validate", "src/test/resources/corpus/good/unknown-field.json");

        assertEquals(0, code);
        assertTrue(lines().get(0).contains(": warning: unknown field \"strength\" in a relation"), lines()::toString);
    }

    @Test
    void statsPrintsCountsAndTheTimeExtent() {
        int code = run("stats", "src/test/resources/corpus/good/minimal.json");

        assertEquals(0, code);
        assertTrue(lines().contains("events:     1 (1 ranged, 0 imprecise or uncertain, 0 open-ended)"), lines()::toString);
        assertTrue(lines().contains("actors:     2 (person 1, state 1)"), lines()::toString);
        assertTrue(lines().contains("time:       2025-10-09 to 2025-10-11"), lines()::toString);
    }

    @Test
    void wrongUsageExitsTwo() {
        assertEquals(2, run("validate"));
        assertEquals(2, run("stats"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }
}
