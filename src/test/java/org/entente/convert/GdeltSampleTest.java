package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadResult;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real GDELT sample in the shared data folder, when it is there, and a large synthetic export. */
class GdeltSampleTest {
    private static final Path SAMPLE = Path.of("../shared/data/gdelt2_20180101000000.export.CSV");

    @TempDir
    Path dir;

    @Test
    void theSharedSampleConvertsAndLoadsWithoutErrors() throws IOException {
        Assumptions.assumeTrue(Files.exists(SAMPLE), "no shared GDELT sample at " + SAMPLE.toAbsolutePath());
        Path out = dir.resolve("sample.json");
        ImportReport report;
        try (OutputStream stream = Files.newOutputStream(out)) {
            report = new GdeltImporter().convert(List.of(SAMPLE), stream, ImportProgress.NONE);
        }
        assertEquals(2414, report.rowsRead());
        assertEquals(List.of(), report.problems());
        assertEquals(1540, report.events(), "the names GDELT gives a state (ISRAEL, ISRAELI, JERUSALEM) are one actor,"
                + " so more rows repeat an event");

        LoadResult loaded = new DatasetLoader(LoadMode.STRICT).load(out);
        assertEquals(0, loaded.errorCount(), () -> loaded.problems().toString());
        Dataset dataset = loaded.dataset().orElseThrow();
        assertEquals(report.events(), dataset.events().size());
        assertEquals(report.actors(), dataset.actors().size());
        assertEquals(report.sources(), dataset.sources().size());

        Event police = dataset.event("gdelt-719024876").orElseThrow();
        assertEquals("Police (no country) — Threaten — Australia", police.title(), "MELBOURNE is coded AUS");
        assertEquals(dataset.actors().size(), dataset.actors().stream().map(a -> a.name()).distinct().count(),
                "no two actors read alike");
        List<String> names = dataset.actors().stream().map(a -> a.name()).toList();
        assertTrue(names.containsAll(List.of("Government (no country)", "Government / Opposition (no country)",
                "Government (Israel)", "Government (Nigeria)", "President (no country)")), names::toString);
        assertEquals("2017-12-02", police.when().text());
        assertEquals(-4.4, police.tone());
        assertEquals("AUS", police.location().country());
        assertEquals("Brunswick West, Victoria, Australia", police.location().name());
        assertTrue(dataset.source(police.citations().get(0).source()).orElseThrow().url().startsWith("http://www.heraldsun.com.au/"));
        long merged = dataset.events().stream().filter(e -> !e.extras().fields().get("x-gdelt-rows").equals("1")).count();
        assertTrue(merged > 0, "the sample repeats events");
    }

    @Test
    void aLargeExportSpillsAndMergesToTheSameFileAsInMemory() throws IOException {
        Path export = dir.resolve("synthetic.export.CSV");
        SyntheticGdeltExport.write(export, 50_000, 7);
        ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
        ImportReport whole = new GdeltImporter().convert(List.of(export), inMemory, ImportProgress.NONE);
        ByteArrayOutputStream spilled = new ByteArrayOutputStream();
        ImportReport runs = new GdeltImporter(1_000, dir).convert(List.of(export), spilled, ImportProgress.NONE);

        assertEquals(50_000, whole.rowsRead());
        assertEquals(List.of(), whole.problems());
        assertTrue(whole.events() < 45_000, "about one row in five repeats an event: " + whole.events());
        assertEquals(whole, runs);
        assertArrayEquals(inMemory.toByteArray(), spilled.toByteArray());

        Path out = dir.resolve("synthetic.json");
        Files.write(out, spilled.toByteArray());
        LoadResult loaded = new DatasetLoader(LoadMode.STRICT).load(out);
        assertEquals(0, loaded.errorCount(), () -> loaded.problems().toString());
        assertEquals(whole.events(), loaded.dataset().orElseThrow().events().size());
    }
}
