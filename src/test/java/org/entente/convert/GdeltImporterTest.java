package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.entente.io.DatasetCollector;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadResult;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converts hand-written GDELT rows, one case a line, and loads the result as the app would. */
class GdeltImporterTest {
    @TempDir
    Path dir;

    private Path cases;
    private ImportReport report;
    private Dataset dataset;

    @BeforeEach
    void convertTheCases() throws IOException, URISyntaxException {
        cases = Path.of(getClass().getResource("/convert/gdelt/cases.export.CSV").toURI());
        Path out = dir.resolve("cases.json");
        try (OutputStream stream = Files.newOutputStream(out)) {
            report = new GdeltImporter().convert(List.of(cases), stream, ImportProgress.NONE);
        }
        LoadResult loaded = new DatasetLoader(LoadMode.STRICT).load(out);
        assertEquals(0, loaded.errorCount(), () -> loaded.problems().toString());
        dataset = loaded.dataset().orElseThrow();
    }

    @Test
    void countsRowsEventsActorsAndSources() {
        assertEquals(15, report.rowsRead());
        assertEquals(9, report.events());
        assertEquals(10, report.actors());
        assertEquals(9, report.sources());
        assertEquals(9, dataset.events().size());
        assertEquals(10, dataset.actors().size());
        assertEquals(9, dataset.sources().size());
    }

    @Test
    void reportsEachUnreadableRowAtItsLineAndKeepsRowsWithBadOptionalFields() {
        List<String> problems = report.problems().stream().map(p -> p.line() + " " + p.message()).toList();
        assertEquals(6, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("6 row skipped: SQLDATE \"20241345\""), problems::toString);
        assertTrue(problems.get(1).startsWith("7 warning: GoldsteinScale \"high\""), problems::toString);
        assertTrue(problems.get(2).startsWith("8 warning: 62 columns"), problems::toString);
        assertTrue(problems.get(3).startsWith("9 row skipped: expected 61 tab-separated columns, found 40"), problems::toString);
        assertEquals("13 row skipped: EventCode is NA", problems.get(4));
        assertEquals("15 row skipped: GLOBALEVENTID is empty", problems.get(5));
        report.problems().forEach(p -> assertEquals(cases, p.file()));
        assertFalse(event("gdelt-1007").hasTone());
        assertTrue(dataset.event("gdelt-1008").isPresent());
        assertTrue(dataset.event("gdelt-1014").isPresent());
    }

    @Test
    void aNormalRowBecomesAnEventBetweenTwoStates() {
        Event e = event("gdelt-1001");
        assertEquals("United States — Make optimistic comment — China", e.title());
        assertEquals("2024-03-15", e.when().text());
        assertEquals("make-public-statement", e.kind());
        assertEquals(0.4, e.tone());
        assertEquals(List.of(new Code("cameo", "013"), new Code("cameo-base", "013"), new Code("cameo-root", "01"),
                new Code("quadclass", "1")), e.codes());
        assertEquals("China", e.location().name());
        assertEquals("CHN", e.location().country());
        assertEquals(35, e.location().lat());
        assertEquals(105, e.location().lon());
        assertEquals(List.of("usa", "chn"), e.participants().stream().map(p -> p.actor()).toList());
        assertEquals(ActorKind.STATE, dataset.actor("usa").orElseThrow().kind());
        assertEquals("USA", dataset.actor("usa").orElseThrow().country());
        assertEquals("1", e.extras().fields().get("x-gdelt-rows"));
        assertEquals("10", e.extras().fields().get("x-gdelt-mentions"));
        assertEquals("1.5", e.extras().fields().get("x-gdelt-avg-tone"));
        assertEquals("\"2024-03-15T12:00:00Z\"", e.extras().fields().get("x-gdelt-date-added"));

        Citation cited = e.citations().get(0);
        assertNull(cited.quote());
        var source = dataset.source(cited.source()).orElseThrow();
        assertEquals("https://news.example.org/world/usa-china?ref=rss", source.url());
        assertEquals("news.example.org/world/usa-china", source.title());
        assertNull(source.reliability());
    }

    @Test
    void anEventMayHaveOneParticipantOrNone() {
        Event noActor1 = event("gdelt-1002");
        assertEquals("Arrest, detain, or charge with legal action — Police (Australia)", noActor1.title());
        assertEquals("auscop", noActor1.participants().get(0).actor());
        assertEquals(1, noActor1.participants().size());
        assertEquals(ActorKind.ORGANIZATION, dataset.actor("auscop").orElseThrow().kind());

        Event noActor2 = event("gdelt-1003");
        assertEquals("Government (Russia) — Praise or endorse", noActor2.title());
        assertEquals(ActorKind.ORGANIZATION, dataset.actor("rusgov").orElseThrow().kind());
        assertTrue(dataset.actor("rus").isPresent(), "RUSSIA coded RUS and RUSGOV are two actors");

        Event nobody = event("gdelt-1004");
        assertEquals("Use conventional military force", nobody.title());
        assertTrue(nobody.participants().isEmpty());
        assertTrue(nobody.citations().isEmpty(), "a row without SOURCEURL cites nothing");
    }

    @Test
    void placesGetIsoCountriesFromFipsAndTypeZeroMeansNoPlace() {
        assertEquals("AUS", event("gdelt-1002").location().country(), "FIPS AS is Australia");
        assertEquals("KOR", event("gdelt-1005").location().country());
        assertEquals("DEU", event("gdelt-1007").location().country());
        assertEquals("UKR", event("gdelt-1008").location().country());
        assertEquals("USA", event("gdelt-1004").location().country());
        assertNull(event("gdelt-1003").location());
    }

    @Test
    void naFieldsAreAbsentWithoutLosingTheRow() {
        Event e = event("gdelt-1005");
        assertEquals(List.of("cameo", "cameo-base", "cameo-root"), e.codes().stream().map(Code::scheme).toList());
        assertEquals("0", e.extras().fields().get("x-gdelt-mentions"));
        assertFalse(e.extras().fields().containsKey("x-gdelt-avg-tone"));
        assertEquals(-2.0, e.tone());
    }

    @Test
    void duplicateRowsCollapseAndKeepEveryDistinctSource() {
        Event e = event("gdelt-1010");
        assertTrue(dataset.event("gdelt-1011").isEmpty());
        assertTrue(dataset.event("gdelt-1012").isEmpty());
        assertEquals("United States — Express intent to meet or negotiate — China", e.title());
        assertEquals("2024-03-16", e.when().text());
        assertEquals("3", e.extras().fields().get("x-gdelt-rows"));
        assertEquals("12", e.extras().fields().get("x-gdelt-mentions"));
        assertEquals("China", e.location().name(), "the first row read keeps its place");
        assertEquals(List.of("https://news.example.org/talks/a", "https://news.example.org/talks/b"),
                e.citations().stream().map(c -> dataset.source(c.source()).orElseThrow().url()).toList());
    }

    @Test
    void eventsComeOutInDayOrder() {
        List<String> days = dataset.events().stream().map(e -> e.when().text()).toList();
        assertEquals(days.stream().sorted().toList(), days);
    }

    @Test
    void aTinyBufferSpillsRunsAndGivesTheSameFile() throws IOException {
        byte[] inMemory = convert(new GdeltImporter());
        for (int buffer : new int[] {1, 2, 3}) {
            Path temp = Files.createDirectories(dir.resolve("temp-" + buffer));
            assertArrayEquals(inMemory, convert(new GdeltImporter(buffer, temp)), "buffer of " + buffer);
            try (Stream<Path> left = Files.list(temp)) {
                assertEquals(0, left.count(), "spill files are deleted");
            }
        }
    }

    @Test
    void reportsProgressAndStopsWhenCancelled() throws IOException {
        RecordingProgress recording = new RecordingProgress(false);
        new GdeltImporter().convert(List.of(cases), OutputStream.nullOutputStream(), recording);
        assertEquals(Files.size(cases), recording.done());
        assertEquals(Files.size(cases), recording.total());

        Path temp = Files.createDirectories(dir.resolve("cancelled"));
        ImportProgress cancelled = new RecordingProgress(true);
        assertThrows(CancellationException.class, () -> new GdeltImporter(2, temp)
                .convert(List.of(cases), OutputStream.nullOutputStream(), cancelled));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.count(), "temporary files are deleted");
        }
    }

    @Test
    void theFileListsTheActorsAndSourcesBeforeTheEventsThatNameThem() throws IOException {
        String json = new String(convert(new GdeltImporter()), StandardCharsets.UTF_8);
        int actors = json.indexOf("\"actors\":");
        int sources = json.indexOf("\"sources\":");
        int events = json.indexOf("\"events\":");
        assertTrue(actors >= 0 && actors < sources && sources < events, json.substring(0, Math.min(400, json.length())));
    }

    @Test
    void aSinkIsGivenTheDatasetTheFileHolds() throws IOException {
        DatasetCollector collector = new DatasetCollector();

        ImportReport streamed = new GdeltImporter().convert(List.of(cases), collector, ImportProgress.NONE);

        Dataset given = collector.dataset().orElseThrow();
        assertEquals(report, streamed);
        assertEquals(dataset.title(), given.title());
        assertEquals(dataset.description(), given.description());
        assertEquals(dataset.events(), given.events());
        assertEquals(dataset.actors(), given.actors());
        assertEquals(dataset.sources(), given.sources());
    }

    private byte[] convert(GdeltImporter importer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        importer.convert(List.of(cases), out, ImportProgress.NONE);
        return out.toByteArray();
    }

    private Event event(String id) {
        return dataset.event(id).orElseThrow(() -> new AssertionError("no event " + id));
    }
}
