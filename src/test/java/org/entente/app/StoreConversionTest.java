package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.seed.Seed;
import org.entente.store.DuckStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code convert --to store} and {@code generate --to store}: what lands in the store is what the same
 * conversion writes as JSON, every event whole with its sources, and a conversion that fails leaves nothing.
 */
class StoreConversionTest {

    @Test
    void aGdeltExportConvertsToTheSameEventsAsAStoreAsAsJson(@TempDir Path dir) throws IOException {
        String cases = "src/test/resources/convert/gdelt/cases.export.CSV";
        Path json = dir.resolve("cases.json");
        Path store = dir.resolve("cases.duckdb");
        assertEquals(0, CliRun.of("convert", "--from", "gdelt", cases, "--out", json.toString()).code());
        CliRun run = CliRun.of("convert", "--from", "gdelt", cases, "--to", "store", "--out", store.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("The store is"), run.out());
        Dataset expected = new DatasetLoader(LoadMode.STRICT).load(json).dataset().orElseThrow();
        try (DuckStore converted = DuckStore.open(store)) {
            assertEquals(expected.events().size(), converted.extent().events());
            assertEquals(expected.actors().size(), converted.extent().actors());
            assertEquals(expected.sources().size(), converted.extent().sources());
            for (Event event : expected.events()) {
                assertEquals(event, converted.event(event.id()).orElseThrow().event());
                assertEquals(event.citations().size(), converted.event(event.id()).orElseThrow().citations().stream()
                        .filter(cited -> cited.source() != null).count(), "every citation finds its source");
            }
        }
        assertEquals(List.of(store, json), files(dir));
    }

    @Test
    void theRealSamplesConvertToStoresWithTheirJsonCounts(@TempDir Path dir) throws IOException {
        Path data = Path.of("../shared/data");
        Assumptions.assumeTrue(Files.isDirectory(data), "../shared/data is not here");
        for (String[] sample : new String[][] {{"gdelt", "gdelt2_20180101000000.export.CSV"},
            {"icews", "icews_events.2018.sample.tab"}, {"historian", "historyatstate"}}) {
            Path input = data.resolve(sample[1]);
            Path json = dir.resolve(sample[0] + ".json");
            Path store = dir.resolve(sample[0] + ".duckdb");
            assertEquals(0, CliRun.of("convert", "--from", sample[0], input.toString(), "--out", json.toString()).code());
            CliRun run = CliRun.of("convert", "--from", sample[0], input.toString(), "--to", "store", "--out", store.toString());
            assertEquals(0, run.code(), run.err());
            Dataset expected = new DatasetLoader(LoadMode.STRICT).load(json).dataset().orElseThrow();
            try (DuckStore converted = DuckStore.open(store)) {
                assertEquals(expected.events().size(), converted.extent().events(), sample[0]);
                assertEquals(expected.actors().size(), converted.extent().actors(), sample[0]);
                Event last = expected.events().get(expected.events().size() - 1);
                assertEquals(last, converted.event(last.id()).orElseThrow().event(), sample[0]);
            }
        }
    }

    @Test
    void anEntenteFileConvertsToAStoreAndItsStatsAreTheFilesStats(@TempDir Path dir) throws IOException {
        Path seed = dir.resolve("seed.json");
        Files.copy(Seed.FILE, seed);
        Path store = dir.resolve("seed.duckdb");
        CliRun run = CliRun.of("convert", "--from", "entente", seed.toString(), "--to", "store", "--out", store.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("23 events"), run.out());
        assertEquals(CliRun.of("stats", seed.toString()).out(), CliRun.of("stats", store.toString()).out());
        try (DuckStore converted = DuckStore.open(store)) {
            Event parade = Seed.load().event("ev-beijing-parade-2025").orElseThrow();
            assertEquals(parade, converted.event(parade.id()).orElseThrow().event());
        }
    }

    @Test
    void aBrokenRecordIsListedWithItsPlaceAndLeftOut(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, """
                {"format": "entente/1", "title": "t",
                 "actors": [{"id": "a", "name": "A", "kind": "state"}],
                 "events": [{"id": "e1", "title": "fine", "when": "2020-01-02", "participants": [{"actor": "a"}]},
                            {"id": "e2", "title": "bad date", "when": "2020-13-45"}]}
                """);
        Path store = dir.resolve("broken.duckdb");
        CliRun run = CliRun.of("convert", "--from", "entente", broken.toString(), "--to", "store", "--out", store.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("broken.json:4:61: error: invalid date"), run.err());
        assertTrue(run.out().contains("1 event,"), run.out());
    }

    @Test
    void aConversionThatFailsLeavesNoStoreAndNoTemporaryFolder(@TempDir Path dir) throws IOException {
        Path notCsv = Files.writeString(dir.resolve("a.export.CSV.zip"), "not a zip at all");
        Path store = dir.resolve("out.duckdb");
        CliRun.of("convert", "--from", "gdelt", notCsv.toString(), "--to", "store", "--out", store.toString());
        assertFalse(Files.exists(store) && Files.size(store) > 0 && !Files.isRegularFile(store));
        assertEquals(List.of(notCsv), files(dir).stream().filter(f -> !f.equals(store)).toList(),
                "nothing but the input and, at most, the store");
        CliRun refused = CliRun.of("convert", "--from", "entente", "a.json", "b.json", "--to", "store", "--out",
                dir.resolve("x.duckdb").toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--from entente takes one file"), refused.err());
    }

    @Test
    void theAppOpensAStoreOnItsCountsAndSaysWhyADatabaseIsNotOne(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("seed.duckdb");
        assertEquals(0, CliRun.of("convert", "--from", "entente", Seed.FILE.toString(), "--to", "store", "--out",
                store.toString()).code());
        LoadTask.Outcome outcome = LoadTask.file(store).load(LoadMonitor.NONE, LoadMode.LENIENT);
        assertTrue(outcome.loaded());
        try (var opened = outcome.store()) {
            assertEquals(23, outcome.events());
            assertEquals(23, opened.extent().events());
            assertTrue(outcome.indexed().dataset().events().isEmpty(), "the events come as the views ask");
            assertEquals(Seed.load().title(), outcome.indexed().dataset().title());
        }
        Path other = dir.resolve("other.duckdb");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + other);
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (x INTEGER)");
        }
        LoadTask.Outcome refused = LoadTask.file(other).load(LoadMonitor.NONE, LoadMode.LENIENT);
        assertFalse(refused.loaded());
        String problem = refused.result().problems().get(0).format();
        assertTrue(problem.startsWith(other.toString()) && problem.contains("not an Entente store"), problem);
        assertEquals(problem.indexOf(other.toString()), problem.lastIndexOf(other.toString()), problem);
    }

    @Test
    void generateWritesStraightIntoAStore(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("generated.duckdb");
        CliRun run = CliRun.of("generate", "--events", "2000", "--actors", "50", "--seed", "3", "--to", "store", store.toString());
        assertEquals(0, run.code(), run.err());
        try (DuckStore generated = DuckStore.open(store)) {
            assertEquals(2000, generated.extent().events());
            assertEquals(50, generated.extent().actors());
        }
        assertEquals(List.of(store), files(dir));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
