package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Code;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.model.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcewsImporterTest {
    private static final Path FIXTURE = Path.of("src/test/resources/convert/icews/events.tab");

    @TempDir
    Path dir;

    private ConvertedDataset convertFixture() throws IOException {
        return ConvertedDataset.convert(new IcewsImporter(), dir, FIXTURE);
    }

    @Test
    void rowsItCannotReadAreReportedWithTheirLinesAndTheRestConverted() throws IOException {
        ConvertedDataset converted = convertFixture();

        assertEquals(List.of(5L, 6L, 7L, 8L), converted.problemLines(), converted.report().problems()::toString);
        List<String> messages = converted.report().problems().stream().map(ImportProblem::message).toList();
        assertTrue(messages.get(0).startsWith("invalid Event Date \"2018-13-01\""), messages.get(0));
        assertTrue(messages.get(1).startsWith("expected 20 tab-separated fields as in the header, found 5"));
        assertTrue(messages.get(2).startsWith("Intensity \"12\" is outside -10..10"));
        assertTrue(messages.get(3).startsWith("duplicate Event ID \"1001\""));
        assertEquals(FIXTURE, converted.report().problems().get(0).file());

        ImportReport report = converted.report();
        assertEquals(8, report.rowsRead(), "the blank line is not a row");
        assertEquals(5, report.events());
        assertEquals(7, report.actors());
        assertEquals(2, report.sources());
        Dataset d = converted.dataset();
        assertEquals(List.of("icews-event-1001", "icews-event-1002", "icews-event-1003", "icews-event-1006",
                "icews-event-1007"), d.events().stream().map(Event::id).toList());
    }

    @Test
    void aCompleteRowBecomesAnEventBetweenItsActorsCitedToItsStory() throws IOException {
        Dataset d = convertFixture().dataset();
        Event e = d.event("icews-event-1001").orElseThrow();

        assertEquals("Shinzo Abe — Express intent to meet or negotiate — China", e.title());
        assertEquals("2018-06-01", e.when().text());
        assertEquals("036", e.codes().get(0).code(), "CAMEO codes keep their leading zero");
        assertEquals("cameo", e.codes().get(0).scheme());
        assertEquals(4.0, e.tone());
        assertEquals(List.of(new Participant("shinzo-abe", "source"), new Participant("china", "target")),
                e.participants());
        assertEquals("Tokyo, Tokyo-to, Japan", e.location().name());
        assertEquals("JPN", e.location().country());
        assertEquals(35.6895, e.location().lat());
        assertEquals(139.692, e.location().lon());
        assertEquals("icews-5001", e.citations().get(0).source());
        assertEquals("2", e.extras().fields().get("citations/0/x-icews-sentence"));
        assertEquals("\"checked\"", e.extras().fields().get("x-icews-coder-note"), "an extra column is kept");

        Source story = d.source("icews-5001").orElseThrow();
        assertEquals("Kyodo News, story 5001", story.title());
        assertEquals("Kyodo News", story.publisher());
        assertEquals("icews-5001", d.event("icews-event-1007").orElseThrow().citations().get(0).source(),
                "one source per story, however many events it gave");
    }

    @Test
    void naAndEmptyValuesAreLeftOut() throws IOException {
        Dataset d = convertFixture().dataset();

        Event noSource = d.event("icews-event-1002").orElseThrow();
        assertEquals(List.of(new Participant("police-india", "target")), noSource.participants());
        assertEquals("Make statement — Police (India)", noSource.title());
        assertEquals("Delhi, India", noSource.location().name());
        assertFalse(noSource.extras().fields().containsKey("x-icews-coder-note"), "NA in an extra column is absent");

        Event empty = d.event("icews-event-1003").orElseThrow();
        assertEquals(List.of(new Participant("citizen-india", "source")), empty.participants());
        assertFalse(empty.hasTone());
        assertEquals(null, empty.location());

        assertFalse(d.event("icews-event-1006").orElseThrow().hasTone(), "an out-of-range intensity is dropped");
    }

    @Test
    void actorKindsFollowTheDocumentedRules() throws IOException {
        Dataset d = convertFixture().dataset();

        assertEquals(ActorKind.PERSON, kind(d, "shinzo-abe"));
        assertEquals(ActorKind.STATE, kind(d, "china"));
        assertEquals(ActorKind.STATE, kind(d, "japan"));
        assertEquals(ActorKind.ORGANIZATION, kind(d, "police-india"));
        assertEquals(ActorKind.GROUP, kind(d, "citizen-india"));
        assertEquals(ActorKind.ORGANIZATION, kind(d, "european-union"));
        assertEquals(ActorKind.STATE, kind(d, "russia"), "Russia names the Russian Federation: both are RUS");

        Actor abe = d.actor("shinzo-abe").orElseThrow();
        assertEquals("JPN", abe.country());
        assertEquals("[\"Executive\",\"Government\",\"Executive Office\",\"Cabinet\"]",
                abe.extras().fields().get("x-icews-sectors"), "sectors of every row, in the order first seen");
        assertEquals("RUS", d.actor("russia").orElseThrow().country());
        assertEquals(null, d.actor("european-union").orElseThrow().country());
    }

    @Test
    void theKindOfAnEventIsTheRootCategoryOfItsCameoCodeAsForGdelt() throws IOException {
        Dataset d = convertFixture().dataset();

        Event meet = d.event("icews-event-1001").orElseThrow();
        assertEquals("express-intent-to-cooperate", meet.kind(), "036 is in root 03");
        assertEquals(List.of(new Code("cameo", "036"), new Code("cameo-base", "036"), new Code("cameo-root", "03")),
                meet.codes(), "codes as the GDELT importer writes them, and no quad class: ICEWS has none");
        assertEquals("make-public-statement", d.event("icews-event-1002").orElseThrow().kind());
        assertEquals("protest", d.event("icews-event-1003").orElseThrow().kind());
        assertEquals("consult", d.event("icews-event-1006").orElseThrow().kind());
    }

    @Test
    void aCameoCodeThatIsNotOneIsReportedAndTheEventKeptWithoutKindOrCode() throws IOException {
        String header = Files.readAllLines(FIXTURE).get(0);
        String longCode = "x".repeat(5000);
        Path file = Files.writeString(dir.resolve("codes.tab"), header + "\n"
                + "2018-06-01\t1\tJapan\tNA\tJapan\tConsult\t" + longCode + "\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n"
                + "2018-06-01\t2\tJapan\tNA\tJapan\tConsult\t0231\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\tNA\n");
        ConvertedDataset converted = ConvertedDataset.convert(new IcewsImporter(), dir, file);

        assertEquals(List.of(2L), converted.problemLines());
        String message = converted.report().problems().get(0).message();
        assertTrue(message.startsWith("CAMEO Code \"xxx"), message);
        assertTrue(message.length() < 300, "the value is quoted in part: " + message.length());
        Event unknown = converted.dataset().event("icews-event-1").orElseThrow();
        assertEquals(null, unknown.kind());
        assertEquals(List.of(), unknown.codes());
        Event appeal = converted.dataset().event("icews-event-2").orElseThrow();
        assertEquals("appeal", appeal.kind());
        assertEquals(List.of(new Code("cameo", "0231"), new Code("cameo-base", "023"), new Code("cameo-root", "02")),
                appeal.codes());
    }

    private static ActorKind kind(Dataset d, String id) {
        return d.actor(id).orElseThrow().kind();
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsReportedAtItsHeader() throws IOException {
        Path notIcews = Files.writeString(dir.resolve("other.tab"), "Date\tWho\n2018-06-01\tX\n");
        ConvertedDataset converted = ConvertedDataset.convert(new IcewsImporter(), dir, notIcews);

        assertEquals(List.of(1L), converted.problemLines());
        assertTrue(converted.report().problems().get(0).message().contains("Event ID, Event Date"));
        assertEquals(0, converted.dataset().events().size());
    }

    @Test
    void progressIsReportedAndCancellationStopsTheConversion() throws IOException {
        RecordingProgress recording = new RecordingProgress(false);
        new IcewsImporter().convert(List.of(FIXTURE), new ByteArrayOutputStream(), recording);
        assertEquals(Files.size(FIXTURE), recording.done());
        assertEquals(Files.size(FIXTURE), recording.total());

        ImportProgress cancelled = new RecordingProgress(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(CancellationException.class, () -> new IcewsImporter().convert(List.of(FIXTURE), out, cancelled));
        assertEquals(0, out.size(), "nothing is written once cancelled");
    }

    @Test
    void theSharedIcewsSampleConvertsWithoutProblems() throws IOException {
        Path sample = ConvertedDataset.SHARED_DATA.resolve("icews_events.2018.sample.tab");
        Assumptions.assumeTrue(Files.isRegularFile(sample), "no ../shared/data");
        ConvertedDataset converted = ConvertedDataset.convert(new IcewsImporter(), dir, sample);

        assertEquals(List.of(), converted.report().problems());
        assertEquals(3705, converted.report().rowsRead());
        Dataset d = converted.dataset();
        assertEquals(3705, d.events().size());
        assertEquals(converted.report().actors(), d.actors().size());
        Event first = d.event("icews-event-32889836").orElseThrow();
        assertEquals("Foreign Affairs (Bangladesh) — Consult — High Ranking Military Personnel (Vietnam)", first.title());
        assertEquals("040", first.codes().get(0).code());
        assertEquals("consult", first.kind());
        assertEquals(0, d.events().stream().filter(e -> e.kind() == null).count(), "every sample row has a CAMEO code");
        assertEquals("Hanoi, Thanh Pho Ha Noi, Vietnam", first.location().name());
        assertEquals("VNM", first.location().country());
        assertEquals("Vietnam News Agency Bulletin, story 47400351",
                d.source(first.citations().get(0).source()).orElseThrow().title());
        assertEquals(ActorKind.PERSON, kind(d, "donald-trump"));
        assertEquals(ActorKind.STATE, kind(d, "united-states"));
        assertEquals("USA", d.actor("united-states").orElseThrow().country());
        assertEquals(ActorKind.ORGANIZATION, kind(d, "united-nations"));
        assertEquals(1876, d.sources().size(), "one source per story");
    }
}
