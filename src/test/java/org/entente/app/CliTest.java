package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void convertWritesADatasetThatValidatesAndListsTheRowsItCouldNotRead(@TempDir Path dir) {
        Path converted = dir.resolve("timeline.entente.json");
        int code = run("convert", "--from", "timelinejs", "src/test/resources/convert/timelinejs/timeline.json",
                "--out", converted.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("Converted"), out.toString());
        assertTrue(err.toString().contains("timeline.json:19:"), "a row it could not read, with its line: " + err);

        out.reset();
        assertEquals(0, run("validate", converted.toString()), out.toString());
        assertTrue(out.toString().contains("0 errors"), out.toString());
    }

    @Test
    void convertRefusesAnUnknownFormatAndWritingOverItsInput(@TempDir Path dir) {
        assertEquals(2, run("convert", "--from", "csv", "in.csv", "--out", dir.resolve("x.json").toString()));
        assertTrue(err.toString().contains("unknown format"), err.toString());
        assertEquals(2, run("convert", "--from", "icews", "in.tab", "--out", "in.tab"));
        assertTrue(err.toString().contains("must not be one of the inputs"), err.toString());
        assertEquals(2, run("convert", "--from", "icews", "in.tab", "--origin", "x", "--out", dir.resolve("x.json").toString()));
        assertTrue(err.toString().contains("--origin is for --from historian only"), err.toString());
        assertTrue(err.toString().contains("expected one of gdelt, icews, timelinejs, acled, plover, historian"), err.toString());
    }

    @Test
    void convertToAGzFileWritesAGzippedDatasetThatValidates(@TempDir Path dir) throws IOException {
        Path converted = dir.resolve("visits.json.gz");
        assertEquals(0, run("convert", "--from", "historian", "src/test/resources/convert/historian/visits",
                "--origin", "A hand-written fixture.", "--out", converted.toString()), err.toString());

        byte[] bytes = Files.readAllBytes(converted);
        assertEquals(0x1f, bytes[0] & 0xFF);
        assertEquals(0x8b, bytes[1] & 0xFF);
        assertEquals(List.of(0, 0, 0, 0), List.of((int) bytes[4], (int) bytes[5], (int) bytes[6], (int) bytes[7]),
                "no modification time in the gzip header");
        assertEquals(0, run("validate", converted.toString()), out.toString());
    }
}
