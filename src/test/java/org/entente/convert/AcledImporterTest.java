package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.app.CliRun;
import org.entente.model.ActorKind;
import org.entente.model.Code;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.text.ProblemText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture is invented from the ACLED codebook's columns: no row is ACLED data. */
class AcledImporterTest {
    private static final Path FIXTURE = Path.of("src/test/resources/convert/acled/events.csv");
    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp\n";

    @TempDir
    Path dir;

    private ConvertedDataset convertFixture() throws IOException {
        return ConvertedDataset.convert(new AcledImporter(), dir, FIXTURE);
    }

    private List<String> messages(ConvertedDataset converted) {
        return converted.report().problems().stream().map(ImportProblem::message).toList();
    }

    @Test
    void eachBadRowGivesOneProblemAtItsFirstLineAndTheRestIsImported() throws IOException {
        ConvertedDataset converted = convertFixture();

        assertEquals(List.of(6L, 7L, 8L, 9L, 10L, 11L, 13L, 14L), converted.problemLines(), messages(converted)::toString);
        List<String> messages = messages(converted);
        assertTrue(messages.get(0).startsWith("time_precision is missing; the date is taken as known to the month"));
        assertTrue(messages.get(1).startsWith("event_date \"31 February 2023\" is not a real day"));
        assertTrue(messages.get(2).startsWith("expected 31 comma-separated fields as in the header, found 5"));
        assertTrue(messages.get(3).startsWith("duplicate event_id_cnty XNG1001"));
        assertTrue(messages.get(4).startsWith("latitude \"95.5\" is not a decimal number from -90 to 90"));
        assertTrue(messages.get(5).startsWith("fatalities \"-3\" is not a whole number"));
        assertTrue(messages.get(6).startsWith("time_precision \"7\" is not 1, 2 or 3"));
        assertTrue(messages.get(7).startsWith("a quoted field opened on this line is never closed"));
        assertEquals(12, converted.report().rowsRead());
        assertEquals(List.of("acled-xng1001", "acled-xng1002", "acled-xng1003", "acled-xng1004", "acled-xng1006",
                "acled-xng1007", "acled-xcd2001", "acled-xcd2002"),
                converted.dataset().events().stream().map(Event::id).toList());
    }

    @Test
    void aRowBecomesAnEventOfItsTypeBetweenItsActorsAtItsPlaceCitedToEachSource() throws IOException {
        Dataset d = convertFixture().dataset();
        Event e = d.event("acled-xng1001").orElseThrow();

        assertEquals("Military Forces of Nigeria (2015-2023) — Armed clash — Example Rebel Front", e.title());
        assertEquals("2022-12-28", e.when().text());
        assertEquals("battles", e.kind());
        assertEquals(List.of(new Code("acled-disorder-type", "Political violence"), new Code("acled-event-type", "Battles"),
                new Code("acled-sub-event-type", "Armed clash"), new Code("acled-inter1", "1"),
                new Code("acled-inter2", "2"), new Code("acled-interaction", "12")), e.codes());
        assertEquals(List.of(new Participant("military-forces-of-nigeria-2015-2023", "side-1"),
                new Participant("example-rebel-front", "side-2")), e.participants());
        assertEquals("Maiduguri, Borno, Nigeria", e.location().name());
        assertEquals("NGA", e.location().country(), "566 is Nigeria's numeric code");
        assertEquals(11.8333, e.location().lat());
        assertEquals(13.15, e.location().lon());
        assertTrue(e.summary().startsWith("Invented row for a test"));
        assertEquals("4", e.extras().fields().get("x-acled-fatalities"));
        assertEquals("\"2022-12-29T20:27:58Z\"", e.extras().fields().get("x-acled-timestamp"));
        assertEquals("\"National\"", e.extras().fields().get("x-acled-source-scale"));
        assertEquals(List.of("Example Times", "Example Daily"),
                e.citations().stream().map(c -> d.source(c.source()).orElseThrow().title()).toList());

        assertEquals(ActorKind.ORGANIZATION, d.actor("military-forces-of-nigeria-2015-2023").orElseThrow().kind(),
                "state forces are an organization of the state, not the state");
        assertEquals("NGA", d.actor("military-forces-of-nigeria-2015-2023").orElseThrow().country());
        assertEquals(null, d.actor("example-rebel-front").orElseThrow().country());
        assertEquals("COD", d.actor("military-forces-of-democratic-republic-of-congo-2019").orElseThrow().country());
    }

    @Test
    void precisionCodesBecomeHonestUncertainty() throws IOException {
        Dataset d = convertFixture().dataset();

        Event week = d.event("acled-xng1002").orElseThrow();
        assertEquals("2022-12-28/2023-01-09", week.when().text(), "every day sharing a week with 3 January");
        assertEquals("\"2023-01-03\"", week.extras().fields().get("x-acled-coded-date"));
        assertEquals("near Ikeja, Lagos, Nigeria", week.location().name());
        assertEquals(6.6018, week.location().lat(), "precision 2 keeps the nearest town's point");

        Event month = d.event("acled-xng1003").orElseThrow();
        assertEquals("2023-01", month.when().text());
        assertEquals("\"2023-01-15\"", month.extras().fields().get("x-acled-coded-date"));
        assertEquals("in the region of Kaduna, Nigeria", month.location().name());
        assertTrue(Double.isNaN(month.location().lat()), "a region is never a point on a map");
        assertEquals("10.5222", month.extras().fields().get("location/x-acled-latitude"));
        assertEquals("3", month.extras().fields().get("location/x-acled-geo-precision"));
        assertTrue(month.tags().contains("civilian-targeting"));

        assertEquals("2023-02", d.event("acled-xng1004").orElseThrow().when().text(), "no precision: the month only");
        assertEquals("2023-04", d.event("acled-xcd2002").orElseThrow().when().text(), "05-04-2023 is 5 April");
    }

    @Test
    void naEverywhereAndListsAndQuotedFieldsAreRead() throws IOException {
        Dataset d = convertFixture().dataset();

        Event bare = d.event("acled-xng1004").orElseThrow();
        assertEquals("ACLED event XNG1004", bare.title());
        assertEquals(List.of(), bare.participants());
        assertNull(bare.location());
        assertNull(bare.kind());
        assertEquals(List.of(), bare.citations());

        Event protest = d.event("acled-xng1002").orElseThrow();
        assertEquals("Invented: workers and students marched, saying \"pay us, now\",\nwith a second line of notes.",
                protest.summary());
        assertEquals(List.of(new Participant("protesters-nigeria", "side-1"),
                new Participant("labour-group-nigeria", "side-1-associate"),
                new Participant("students-nigeria", "side-1-associate")), protest.participants());
        assertEquals(List.of("crowd size=around 200", "women targeted: no"), protest.tags());
        assertEquals(ActorKind.GROUP, d.actor("protesters-nigeria").orElseThrow().kind());
        assertEquals(ActorKind.OTHER, d.actor("labour-group-nigeria").orElseThrow().kind(),
                "an associated actor has no type of its own");
        assertEquals(2, protest.citations().size());

        Event shelling = d.event("acled-xcd2001").orElseThrow();
        assertTrue(shelling.summary().contains("\u0001"), "a control character is kept, escaped in the file");
        assertEquals(List.of(new Code("acled-disorder-type", "Political violence"),
                new Code("acled-disorder-type", "Demonstrations")), shelling.codes().subList(0, 2));
        assertEquals("COD", shelling.location().country());
    }

    @Test
    void valuesTheFormatCannotHoldAreReportedAndLeftOut() throws IOException {
        String huge = "x".repeat(ImportText.LONGEST + 1);
        Path file = Files.writeString(dir.resolve("huge.csv"), HEADER
                + "XNG1,1 May 2023,2023,1,NA,Protests,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,\""
                + huge + "\",NA,NA,NA\n");
        ConvertedDataset converted = ConvertedDataset.convert(new AcledImporter(), dir, file);

        assertEquals(List.of(2L), converted.problemLines());
        String message = messages(converted).get(0);
        assertTrue(message.startsWith("notes \"xxx"), message);
        assertTrue(message.contains("more than the " + ImportText.LONGEST + " a value may hold; it was left out"));
        assertTrue(message.length() <= ProblemText.LONGEST, "the value is quoted short");
        assertNull(converted.dataset().events().get(0).summary());
    }

    @Test
    void aRecordPastTheLimitIsSkippedWholeAndReadingGoesOn() throws IOException {
        String commas = ",".repeat(AcledImporter.LONGEST_RECORD + 10);
        Path file = Files.writeString(dir.resolve("wide.csv"), HEADER + "XNG1" + commas + "\n"
                + "XNG2,1 May 2023,2023,1,NA,Protests,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA\n");
        ConvertedDataset converted = ConvertedDataset.convert(new AcledImporter(), dir, file);

        assertEquals(List.of(2L), converted.problemLines());
        assertTrue(messages(converted).get(0).contains("more than the " + AcledImporter.LONGEST_RECORD));
        assertEquals(List.of("acled-xng2"), converted.dataset().events().stream().map(Event::id).toList());
    }

    @Test
    void actorTypesMayBeWrittenByName() throws IOException {
        Path file = Files.writeString(dir.resolve("named.csv"), HEADER
                + "XNG1,1 May 2023,2023,1,NA,Battles,Armed clash,Police Forces of Kenya (2022-),NA,State forces,"
                + "Example Militia,NA,Political militia,State forces-Political militia,NA,404,NA,Kenya,NA,NA,NA,"
                + "Nairobi,-1.2833,36.8167,1,NA,NA,NA,0,NA,NA\n");
        ConvertedDataset converted = ConvertedDataset.convert(new AcledImporter(), dir, file);

        assertEquals(List.of(), converted.report().problems());
        Event e = converted.dataset().events().get(0);
        assertTrue(e.codes().containsAll(List.of(new Code("acled-inter1", "1"), new Code("acled-inter2", "3"),
                new Code("acled-interaction", "State forces-Political militia"))), e.codes()::toString);
        assertEquals("KEN", converted.dataset().actor("police-forces-of-kenya-2022").orElseThrow().country());
        assertEquals("KEN", e.location().country());
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsReportedAtItsHeader() throws IOException {
        Path other = Files.writeString(dir.resolve("other.csv"), "date,who\n2023-01-01,x\n");
        ConvertedDataset converted = ConvertedDataset.convert(new AcledImporter(), dir, other);

        assertEquals(List.of(1L), converted.problemLines());
        assertTrue(messages(converted).get(0).contains("no column event_id_cnty, event_date"));
        assertFalse(converted.dataset().events().iterator().hasNext());
    }

    @Test
    void theCommandLineConvertsAndTheOutputValidates() {
        assertEquals(ImportFormat.ACLED, ImportFormat.byId("ACLED").orElseThrow());
        assertTrue(ImportFormat.ACLED.importer() instanceof AcledImporter, "what File > Import and convert use");
        Path out = dir.resolve("acled.json");

        CliRun convert = CliRun.of("convert", "--from", "acled", FIXTURE.toString(), "--out", out.toString());
        assertEquals(0, convert.code());
        assertTrue(convert.err().contains(FIXTURE + ":7: event_date"), convert::err);
        assertTrue(convert.out().contains("8 events"), convert::out);
        CliRun validate = CliRun.of("validate", out.toString());
        assertEquals(0, validate.code(), validate::out);
    }
}
