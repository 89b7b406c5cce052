package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.app.CliRun;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Code;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.text.ProblemText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixtures are invented, written from the PLOVER manual's fields and the 0.5 gold-standard names. */
class PloverImporterTest {
    private static final Path LINES = Path.of("src/test/resources/convert/plover/events.jsonl");
    private static final Path GOLD = Path.of("src/test/resources/convert/plover/events.json");

    @TempDir
    Path dir;

    private static List<String> located(ConvertedDataset converted) {
        return converted.report().problems().stream()
                .map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList();
    }

    private static List<String> ids(Dataset d) {
        return d.events().stream().map(Event::id).toList();
    }

    @Test
    void jsonLinesReportsEachBadLineAtItsLineAndColumnAndReadsOn() throws IOException {
        ConvertedDataset converted = ConvertedDataset.convert(new PloverImporter(), dir, LINES);

        List<String> problems = located(converted);
        assertEquals(7, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("5:1: date \"2024-13-01\" is not a date"), problems.get(0));
        assertTrue(problems.get(1).startsWith("6:54: malformed JSON: Unexpected end-of-input"), problems.get(1));
        assertTrue(problems.get(1).endsWith("; the line was skipped"), "no misleading line 1 from the parser");
        assertTrue(problems.get(2).startsWith("7:1: duplicate id ex-1"), problems.get(2));
        assertTrue(problems.get(3).startsWith("8:1: event_scale 42 is not a number from -10 to 10"), problems.get(3));
        assertTrue(problems.get(4).startsWith("9:1: text \"a lone \\uD800 surrogate is not text\": it holds a lone"
                + " surrogate U+D800"), problems.get(4));
        assertTrue(problems.get(5).startsWith("10:1: event \"PARLEY\" is not a PLOVER category"), problems.get(5));
        assertTrue(problems.get(6).startsWith("11:1: a record is a JSON object"), problems.get(6));
        assertEquals(List.of("plover-ex-1", "plover-ex-2", "plover-ex-3", "plover-ex-6", "plover-ex-7", "plover-ex-8",
                "plover-ex-9"), ids(converted.dataset()));
        assertEquals(LINES + ":6:54: malformed JSON", converted.report().problems().get(1).format().substring(0,
                (LINES + ":6:54: malformed JSON").length()));
    }

    @Test
    void aRecordBecomesAnEventOfItsCategoryWithTheManualsQuadClassAndScore() throws IOException {
        Dataset d = ConvertedDataset.convert(new PloverImporter(), dir, LINES).dataset();
        Event visit = d.event("plover-ex-1").orElseThrow();

        assertEquals("Example Minister — Consult — DEU", visit.title());
        assertEquals("consult", visit.kind());
        assertEquals("2024-03-05", visit.when().text());
        assertEquals(List.of(new Code("plover", "CONSULT"), new Code("plover-mode", "visit"),
                new Code("plover-context", "diplomatic"), new Code("quadclass", "1")), visit.codes());
        assertEquals(4.0, visit.tone(), "CONSULT: visit scores 4 in the manual");
        assertEquals(List.of(new Participant("wikidata-q4115189", "actor"), new Participant("deu", "recipient")),
                visit.participants());
        assertEquals("Berlin", visit.location().name());
        assertEquals("DEU", visit.location().country());
        assertEquals(52.52, visit.location().lat());
        assertEquals("Invented for a test: the foreign minister visited Berlin on Tuesday.",
                visit.citations().get(0).quote());
        assertEquals("Minister visits Berlin", d.source(visit.citations().get(0).source()).orElseThrow().title());
        assertEquals("https://news.example.org/a/1", d.source(visit.citations().get(0).source()).orElseThrow().url());

        Event request = d.event("plover-ex-2").orElseThrow();
        assertEquals("2024-03-06/2024-03-08", request.when().text());
        assertEquals(0.5, request.tone(), "REQUEST: assist");
        assertEquals(visit.citations().get(0).source(), request.citations().get(0).source(), "one source per URL");

        Event strike = d.event("plover-ex-3").orElseThrow();
        assertEquals(-9.9, strike.tone(), "a record's own event_scale is its tone");
        assertEquals("somewhere in Kharkiv Oblast", strike.location().name());
        assertTrue(Double.isNaN(strike.location().lat()), "a province is not a point");
        assertEquals("49.99", strike.extras().fields().get("location/x-plover-lat"));

        assertEquals(-6.0, d.event("plover-ex-6").orElseThrow().tone(), "an unusable event_scale: the manual's score");
        assertNull(d.event("plover-ex-7").orElseThrow().summary(), "a text that is not text is left out");
        Event unknown = d.event("plover-ex-8").orElseThrow();
        assertEquals(List.of(new Code("plover", "PARLEY")), unknown.codes());
        assertTrue(Double.isNaN(unknown.tone()));
        assertNull(unknown.kind());
        Event timed = d.event("plover-ex-9").orElseThrow();
        assertEquals("2024-03-12T14:30:00Z", timed.when().text());
        assertEquals("\"invented\"", timed.extras().fields().get("x-plover-coder"));
    }

    @Test
    void entitiesAreActorsKeyedByTheirWikidataIdWhenTheyHaveOne() throws IOException {
        Dataset d = ConvertedDataset.convert(new PloverImporter(), dir, LINES).dataset();

        Actor minister = d.actor("wikidata-q4115189").orElseThrow();
        assertEquals("Example Minister", minister.name());
        assertEquals(ActorKind.PERSON, minister.kind(), "a gender makes a person");
        assertEquals(List.of("the foreign minister", "Ms Example"), minister.aliases(),
                "the same Wikidata item under two mentions, one given as a URL");
        assertEquals("FRA", minister.country());
        assertEquals("\"GOV\"", minister.extras().fields().get("x-plover-sector"));
        assertEquals(ActorKind.STATE, d.actor("deu").orElseThrow().kind());
        assertEquals(ActorKind.ORGANIZATION, d.actor("rus-mil").orElseThrow().kind());
        assertEquals("RUS", d.actor("rus-mil").orElseThrow().country());
        assertEquals(ActorKind.ORGANIZATION, d.actor("example-union-igo").orElseThrow().kind());
        assertEquals(ActorKind.GROUP, d.actor("tokyo-residents-jpn-cvl").orElseThrow().kind());
    }

    @Test
    void goldStandardNamesAndEarlierCategoriesAreRead() throws IOException {
        ConvertedDataset converted = ConvertedDataset.convert(new PloverImporter(), dir, GOLD);
        Dataset d = converted.dataset();

        assertEquals(List.of("48:1: event_loc.lat 200 is not a number from -90 to 90; the coordinates were left out"),
                located(converted));
        assertEquals(List.of("plover-gs-1", "plover-gs-2", "plover-gs-3", "plover-gs-4", "plover-gs-5"), ids(d),
                "the DOCUMENT record is not an event");
        Event demand = d.event("plover-gs-1").orElseThrow();
        assertEquals("Norwegian, Danish — Request — Swedish", demand.title());
        assertEquals(List.of(new Code("plover", "REQUEST"), new Code("plover-0.5", "DEMAND"),
                new Code("plover-context", "economic"), new Code("plover-context", "trade"), new Code("quadclass", "3")),
                demand.codes());
        assertEquals(List.of(new Participant("norwegian-nor-gov", "actor"), new Participant("danish-dnk-gov", "actor"),
                new Participant("swedish-swe-gov", "recipient")), demand.participants());
        assertEquals("NOR", demand.location().country(), "the 0.5 records' two-letter country code");
        assertEquals("\"demanded talks\"", demand.extras().fields().get("x-plover-eventtext"));
        assertTrue(demand.extras().fields().get("x-plover-textinfo").contains("(EVT: demanded)"));
        assertEquals("Invented gold-standard examples", d.source(demand.citations().get(0).source()).orElseThrow().title());

        assertEquals("assault", d.event("plover-gs-2").orElseThrow().kind(), "FIGHT is ASSAULT");
        assertEquals(-9.0, d.event("plover-gs-2").orElseThrow().tone());
        assertEquals("accuse", d.event("plover-gs-3").orElseThrow().kind(), "INVESTIGATE is ACCUSE");
        assertEquals(-3.0, d.event("plover-gs-4").orElseThrow().tone(), "ACCUSE scores -3 (the manual prints 3)");
        assertEquals(-12.05, d.event("plover-gs-4").orElseThrow().location().lat(), "a coordinate given as text");
    }

    @Test
    void malformedJsonEndsTheFileWhereItIsAndKeepsWhatCameBefore() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.json"), "[\n{\"id\": \"a\", \"date\": \"2020-01-01\","
                + " \"event\": \"AID\"},\n{\"id\": \"b\", \"date\": \n");
        ConvertedDataset converted = ConvertedDataset.convert(new PloverImporter(), dir, file);

        assertEquals(List.of("plover-a"), ids(converted.dataset()));
        assertEquals(1, converted.report().problems().size());
        assertTrue(converted.report().problems().get(0).format().startsWith(file + ":4:1: malformed JSON"),
                converted.report().problems().get(0).format());
    }

    @Test
    void hostileValuesAreReportedShortAndTheOutputStillLoads() throws IOException {
        String huge = "y".repeat(ImportText.LONGEST + 5);
        String deep = "[".repeat(40) + "]".repeat(40);
        Path file = Files.writeString(dir.resolve("hostile.jsonl"),
                "{\"id\": \"big\", \"date\": \"2020-01-01\", \"event\": \"AID\", \"text\": \"" + huge + "\"}\n"
                + "{\"id\": \"deep\", \"date\": \"2020-01-01\", \"event\": \"AID\", \"x\": " + deep + "}\n"
                + "{\"id\": \"num\", \"date\": \"2020-01-01\", \"event\": \"AID\", \"size\": 1e999, \"n\": "
                + "1" + "0".repeat(80) + "}\n"
                + "{\"id\": \"ok\", \"date\": \"2020-01-01\", \"event\": \"AID\", \"comment\": \"\\u0007 bell\"}\n");
        ConvertedDataset converted = ConvertedDataset.convert(new PloverImporter(), dir, file);

        List<String> problems = located(converted);
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("1:1: text \"yyy"), problems.get(0));
        assertTrue(problems.get(0).length() < ProblemText.LONGEST + 10);
        assertTrue(problems.get(1).startsWith("2:"), problems.get(1));
        assertTrue(problems.get(1).contains("nesting depth"), problems.get(1));
        assertTrue(problems.get(2).startsWith("3:1: size: the number"), problems.get(2));
        assertTrue(problems.get(3).startsWith("3:1: n: the number"), problems.get(3));
        assertEquals(List.of("plover-big", "plover-num", "plover-ok"), ids(converted.dataset()));
    }

    @Test
    void theCommandLineConvertsAndTheOutputValidates() {
        assertEquals(ImportFormat.PLOVER, ImportFormat.byId("plover").orElseThrow());
        assertTrue(ImportFormat.PLOVER.importer() instanceof PloverImporter, "what File > Import and convert use");
        Path out = dir.resolve("plover.json");

        CliRun convert = CliRun.of("convert", "--from", "plover", LINES.toString(), GOLD.toString(), "--out",
                out.toString());
        assertEquals(0, convert.code());
        assertTrue(convert.err().contains(LINES + ":6:54: malformed JSON"), convert::err);
        assertTrue(convert.out().contains("12 events"), convert::out);
        CliRun validate = CliRun.of("validate", out.toString());
        assertEquals(0, validate.code(), validate::out);
    }
}
