package org.entente.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }

    private static String dataset(String actors, String events) {
        return """
                {"format": "entente/1", "title": "T",
                 "sources": [{"id": "s1", "title": "S"}],
                 "actors": [%s],
                 "events": [%s]}
                """.formatted(actors, events);
    }

    private static final String ACTORS = """
            {"id": "a1", "name": "Alpha", "kind": "state"}, {"id": "a2", "name": "Beta", "kind": "person"}""";

    private Path gzip(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void aGzippedDatasetLoadsAsItsJsonWould() throws IOException {
        String json = dataset(ACTORS, """
                {"id": "e1", "title": "Good", "when": "2025", "participants": [{"actor": "a1"}]}""");

        LoadResult plain = new DatasetLoader(LoadMode.STRICT).load(write("plain.json", json));
        LoadResult packed = new DatasetLoader(LoadMode.STRICT).load(gzip("packed.json.gz", json));

        assertEquals(List.of(), packed.problems());
        assertEquals(plain.dataset().orElseThrow().events(), packed.dataset().orElseThrow().events());
    }

    @Test
    void aGzippedDatasetsProblemsAreLocatedInItsJson() throws IOException {
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(gzip("bad.json.gz", dataset(ACTORS, """
                {"id": "e1", "title": "Bad date", "when": "2025-02-30", "participants": []}""")));

        assertEquals(1, result.errorCount());
        assertEquals(4, result.problems().get(0).line(), result.problems()::toString);
        assertEquals("/events/0/when", result.problems().get(0).path());
    }

    @Test
    void theMemoryAGzippedDatasetNeedsIsWeighedOnItsJsonNotOnItsCompressedBytes() throws IOException {
        String json = dataset(ACTORS, "") + " ".repeat(100_000);
        Path packed = gzip("padded.json.gz", json);
        Path plain = write("padded.json", json);

        assertEquals(json.length(), StoredSize.ofJson(packed, Files.size(packed)));
        assertTrue(Files.size(packed) < 2_000, "the padding compresses away");
        assertEquals(Files.size(plain), StoredSize.ofJson(plain, Files.size(plain)));
    }

    @Test
    void aTruncatedGzipIsReportedNotThrown() throws IOException {
        Path whole = gzip("whole.json.gz", dataset(ACTORS, ""));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.json.gz"), Arrays.copyOf(bytes, bytes.length / 2));

        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(cut);

        assertTrue(result.dataset().isEmpty());
        assertTrue(result.problems().get(0).message().startsWith("cannot read the file"), result.problems()::toString);
    }

    @Test
    void lenientModeKeepsTheValidRecordsAndCountsTheSkippedOnes() throws IOException {
        Path file = write("mixed.json", dataset(ACTORS, """
                {"id": "e1", "title": "Good", "when": "2025", "participants": [{"actor": "a1"}]},
                {"id": "e2", "title": "Bad date", "when": "2025-02-30", "participants": []},
                {"id": "e3", "title": "Unknown actor", "when": "2025", "participants": [{"actor": "zz"}]},
                {"id": "e4", "title": "Also good", "when": "2024-05", "participants": [{"actor": "a2"}]}
                """));

        LoadResult strict = new DatasetLoader(LoadMode.STRICT).load(file);
        LoadResult lenient = new DatasetLoader(LoadMode.LENIENT).load(file);

        assertTrue(strict.dataset().isEmpty());
        assertEquals(2, strict.errorCount());
        Dataset d = lenient.dataset().orElseThrow();
        assertEquals(List.of("e1", "e4"), d.events().stream().map(Event::id).toList());
        assertEquals(2, lenient.skippedRecords());
        assertEquals(strict.problems(), lenient.problems(), "both modes report the same problems");
    }

    @Test
    void recordsMayReferToRecordsThatComeLaterInTheFile() throws IOException {
        String json = """
                {"format": "entente/1", "title": "Out of order",
                 "events": [{"id": "e1", "title": "E", "when": "2025", "participants": [{"actor": "late"}],
                             "citations": [{"source": "s-late"}]}],
                 "actors": [{"id": "p", "name": "P", "kind": "person",
                             "memberships": [{"organization": "late", "role": "member"}]},
                            {"id": "late", "name": "Late", "kind": "organization"}],
                 "sources": [{"id": "s-late", "title": "Later source"}]}
                """;
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(write("order.json", json));

        assertEquals(List.of(), result.problems());
        Dataset d = result.dataset().orElseThrow();
        assertEquals("late", d.actor("p").orElseThrow().memberships().get(0).organization());
        assertEquals("late", d.event("e1").orElseThrow().participants().get(0).actor());
    }

    @Test
    void aMembershipInAnUnknownOrganisationIsDroppedButItsActorKept() throws IOException {
        String actors = """
                {"id": "p", "name": "P", "kind": "person", "memberships": [
                  {"organization": "nowhere", "role": "ghost"}, {"organization": "org", "role": "member"}]},
                {"id": "org", "name": "Org", "kind": "organization"}""";
        LoadResult result = new DatasetLoader(LoadMode.LENIENT).load(write("m.json", dataset(actors, "")));

        assertEquals(1, result.errorCount());
        assertTrue(result.problems().get(0).message().startsWith("unknown actor \"nowhere\""));
        assertEquals("/actors/0/memberships/0/organization", result.problems().get(0).path());
        assertEquals(List.of("org"), result.dataset().orElseThrow().actor("p").orElseThrow().memberships().stream()
                .map(m -> m.organization()).toList());
    }

    @Test
    void unknownFieldsAreKeptAndReportedOncePerKindOfRecord() throws IOException {
        Path file = write("extras.json", dataset(ACTORS, """
                {"id": "e1", "title": "E1", "when": "2025", "participants": [{"actor": "a1", "weight": 2}],
                 "goldstein": 3.5, "meta": {"by": "x"}},
                {"id": "e2", "title": "E2", "when": "2025", "participants": [], "goldstein": -1}
                """));
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(file);

        assertEquals(0, result.errorCount());
        List<String> warnings = result.problems().stream().map(Problem::message).toList();
        assertEquals(3, warnings.size(), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("unknown field \"goldstein\" in an event")));
        Dataset d = result.dataset().orElseThrow();
        assertEquals("3.5", d.event("e1").orElseThrow().extras().fields().get("goldstein"));
        assertEquals("{\"by\":\"x\"}", d.event("e1").orElseThrow().extras().fields().get("meta"));
        assertEquals("2", d.event("e1").orElseThrow().extras().fields().get("participants/0/weight"));
        assertEquals("-1", d.event("e2").orElseThrow().extras().fields().get("goldstein"));
    }

    @Test
    void extensionFieldsPrefixedXAreKeptWithoutAWarning() throws IOException {
        Path file = write("extensions.json", dataset(ACTORS, """
                {"id": "e1", "title": "E1", "when": "2025", "participants": [], "x-mentions": 12, "mentions": 12}
                """));
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(file);

        List<String> warnings = result.problems().stream().map(Problem::message).toList();
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("unknown field \"mentions\""), "a name without the prefix may be a typo");
        assertEquals("12", result.dataset().orElseThrow().event("e1").orElseThrow().extras().fields().get("x-mentions"));
    }

    @Test
    void everyProblemOfAFileIsReportedNotJustTheFirst() throws IOException {
        Path file = write("many.json", dataset(ACTORS, """
                {"id": "e1", "title": 1, "when": "2025-13", "participants": [{"actor": "a1"}], "tone": -11},
                {"id": "e1", "title": "dup", "when": "2025", "participants": "a1"}
                """));
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(file);

        assertEquals(5, result.errorCount(), result.problems()::toString);
        assertEquals(List.of("/events/0/title", "/events/0/when", "/events/0/tone", "/events/1/id",
                "/events/1/participants"), result.problems().stream().map(Problem::path).toList());
    }

    @Test
    void overlongStringsAreRefusedBeforeTheyExhaustMemory() throws IOException {
        String huge = "x".repeat(DatasetLoader.MAX_STRING_LENGTH + 1);
        Path file = write("long.json", dataset(ACTORS, """
                {"id": "e1", "title": "%s", "when": "2025", "participants": []}""".formatted(huge)));
        LoadResult result = new DatasetLoader(LoadMode.LENIENT).load(file);

        assertEquals(1, result.errorCount());
        assertTrue(result.problems().stream().anyMatch(p -> p.message().equals(
                "value too large for a safe load: a string longer than 1048576 characters")), result.problems()::toString);
    }

    @Test
    void aTruncatedFileKeepsWhatWasReadInLenientMode() throws IOException {
        String whole = dataset(ACTORS, """
                {"id": "e1", "title": "E1", "when": "2025", "participants": []},
                {"id": "e2", "title": "E2", "when": "2025", "participants": []}""");
        Path file = write("cut.json", whole.substring(0, whole.indexOf("{\"id\": \"e2\"") + 20));
        LoadResult result = new DatasetLoader(LoadMode.LENIENT).load(file);

        assertEquals(1, result.errorCount());
        assertEquals(List.of("e1"), result.dataset().orElseThrow().events().stream().map(Event::id).toList());
        assertTrue(result.problems().stream().anyMatch(p -> p.message().startsWith("reading stopped here")));
    }

    @Test
    void theLoaderNeverWritesToItsInput() throws IOException {
        Path file = write("input.json", dataset(ACTORS, ""));
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        assertTrue(file.toFile().setReadOnly());

        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(file);

        assertTrue(result.dataset().isPresent());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no side files appear next to the input");
        }
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(dir.resolve("nope.json"));
        assertTrue(result.dataset().isEmpty());
        assertEquals("file not found", result.problems().get(0).message());
    }

    @Test
    void aFolderIsAProblemThatNamesIt() {
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(dir);
        assertTrue(result.dataset().isEmpty());
        assertEquals(dir.toString(), result.problems().get(0).file());
        assertTrue(result.problems().get(0).message().startsWith("this is a folder"), result.problems().get(0).message());

        LoadResult unnamed = new DatasetLoader(LoadMode.STRICT).load(Path.of(""));
        assertEquals(Path.of("").toAbsolutePath().toString(), unnamed.problems().get(0).file(),
                "an empty name is the working folder, and the problem says which");
    }

    @Test
    void cancellingStopsTheLoadAndReportsProgressBeforeThat() throws IOException {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            events.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i)
                    .append("\", \"title\": \"A long enough title for bulk\", \"when\": \"2025\", \"participants\": []}");
        }
        Path file = write("big.json", dataset(ACTORS, events.toString()));
        long[] seen = new long[1];
        LoadMonitor cancelAfterFirstReport = new LoadMonitor() {
            @Override
            public void bytesRead(long read, long total) {
                seen[0] = read;
            }

            @Override
            public boolean isCancelled() {
                return seen[0] > 0;
            }
        };

        assertThrows(LoadCancelledException.class,
                () -> new DatasetLoader(LoadMode.STRICT).load(file, cancelAfterFirstReport));
        assertTrue(seen[0] >= 1 << 20 && seen[0] < Files.size(file), "progress was reported part way");
    }

    @Test
    void anUnknownFieldIsNotAnError() throws IOException {
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(Path.of("src/test/resources/corpus/good/unknown-field.json"));
        assertFalse(result.hasErrors());
        assertEquals(1, result.warningCount());
        assertEquals("0.8", result.dataset().orElseThrow().relation("r1").orElseThrow().extras().fields().get("strength"));
    }
}
