package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Membership;
import org.entente.model.Participant;
import org.entente.model.Source;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistorianImporterTest {
    private static final Path FIXTURE = Path.of("src/test/resources/convert/historian");
    private static final Path TRIPS = FIXTURE.resolve("travels/president-travels/roosevelt-theodore.xml");
    private static final Path VISITS = FIXTURE.resolve("visits/1950.xml");

    @TempDir
    Path dir;

    private ConvertedDataset convertFixture() throws IOException {
        return ConvertedDataset.convert(new HistorianImporter(), dir, FIXTURE);
    }

    private static Event event(Dataset d, String id) {
        return d.event(id).orElseThrow(() -> new AssertionError("no event " + id));
    }

    private static Actor actor(Dataset d, String id) {
        return d.actor(id).orElseThrow(() -> new AssertionError("no actor " + id));
    }

    @Test
    void recordsThatCannotBeEventsAreReportedAtTheirLine() throws IOException {
        ConvertedDataset converted = convertFixture();

        List<ImportProblem> problems = converted.report().problems();
        assertEquals(List.of(TRIPS, TRIPS, TRIPS, TRIPS, TRIPS, VISITS), problems.stream().map(ImportProblem::file).toList());
        assertEquals(List.of(24L, 24L, 34L, 42L, 55L, 27L), converted.problemLines(), problems::toString);
        assertEquals("trip 3: unusable <end-date> \"1909-03-30\": interval ends (1909-03-30) before it starts"
                + " (1909-04-02); only the start date was kept", problems.get(0).message());
        assertTrue(problems.get(1).message().startsWith("trip 3: unknown country id \"atlantis\""), problems.get(1).message());
        assertEquals("trip 1: an earlier record has the same id \"1\" (or one that makes the same event id);"
                + " this one was skipped",
                problems.get(2).message());
        assertEquals("trip 4: no <name>; the trip was skipped", problems.get(3).message());
        assertTrue(problems.get(4).message().startsWith("trip 6: invalid <start-date> \"1934-13-01\""), problems.get(4).message());
        assertEquals(12, converted.report().rowsRead());
        assertEquals(9, converted.dataset().events().size());
        assertEquals(2, converted.dataset().sources().size(), "one source per file");
    }

    @Test
    void aTripWithoutARoleIsKeptAndTheMissingRoleReported() throws IOException {
        Path trips = Files.writeString(dir.resolve("trips.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <trips>
                <trip who="a-b"><id>1</id><name>A B</name><start-date>1906-05-14</start-date><country id="panama">Panama</country></trip>
                </trips>
                """);

        ConvertedDataset converted = ConvertedDataset.convert(new HistorianImporter(), dir, trips);

        assertEquals(List.of("trip 1: no role: expected president or secretary; the role was left out of the"
                + " traveller's memberships"), converted.report().problems().stream().map(ImportProblem::message).toList());
        assertEquals(List.of(3L), converted.problemLines());
        assertEquals("A B to Panama", converted.dataset().events().get(0).title());
    }

    @Test
    void bytesThatAreNotUtf8AreOneLocatedProblemAndNothingOnTheStandardError() throws IOException {
        byte[] head = """
                <?xml version="1.0" encoding="UTF-8"?>
                <trips>
                <trip role="president" who="a-b"><id>1</id><name>A B</name><start-date>1906-05-14</start-date><country id="panama">Panama</country></trip>
                <trip role="president" who="a-b"><id>2</id><name>A""".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xFF, (byte) 0xFE};
        Path trips = dir.resolve("trips.xml");
        Files.write(trips, head);
        Files.write(trips, bad, StandardOpenOption.APPEND);
        Files.writeString(trips, " B</name></trip>\n</trips>\n", StandardOpenOption.APPEND);

        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ConvertedDataset converted;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            converted = ConvertedDataset.convert(new HistorianImporter(), dir, trips);
        } finally {
            System.setErr(stderr);
        }

        assertEquals("", printed.toString(StandardCharsets.UTF_8), "the parser printed nothing of its own");
        List<ImportProblem> problems = converted.report().problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("malformed XML: bytes that are not UTF-8 text (the files are read as UTF-8); the rest of the"
                + " file was skipped", problems.get(0).message());
        assertEquals(4L, problems.get(0).line());
        assertEquals(1, converted.dataset().events().size(), "the trip before them is kept");
    }

    @Test
    void aTripIsItsTravellerVisitingTheHostCountryAtTheLocale() throws IOException {
        Dataset d = convertFixture().dataset();

        Event panama = event(d, "trip-1");
        assertEquals("Theodore Roosevelt to Panama", panama.title());
        assertEquals("1906-11-14/1906-11-17", panama.when().text());
        assertEquals("trip", panama.kind());
        assertEquals("Inspected construction of the Panama Canal.", panama.summary());
        assertEquals(List.of(new Participant("roosevelt-theodore", "visitor"), new Participant("pan", "host")),
                panama.participants());
        assertEquals("Colón, Panama City", panama.location().name());
        assertEquals("PAN", panama.location().country());
        assertTrue(Double.isNaN(panama.location().lat()), "no invented coordinates");
        assertEquals("\"locale\"", panama.extras().fields().get("location/x-historian-place"));
        assertEquals(List.of("president"), panama.tags());

        Event vatican = event(d, "trip-2");
        assertEquals("1909-03-01", vatican.when().text(), "an empty end-date leaves the start alone");
        assertEquals("state-visit", vatican.kind());
        assertEquals("Vatican City", vatican.location().name());
        assertEquals("VAT", vatican.location().country());
        assertEquals("\"country\"", vatican.extras().fields().get("location/x-historian-place"));

        Actor atlantis = actor(d, event(d, "trip-3").participants().get(1).actor());
        assertEquals("Atlantis", atlantis.name());
        assertNull(atlantis.country(), "an unknown slug has no code, and none is invented");
    }

    @Test
    void everyEventCitesItsFileWithItsRecordId() throws IOException {
        Dataset d = convertFixture().dataset();

        Event panama = event(d, "trip-1");
        Source source = d.source(panama.citations().get(0).source()).orElseThrow();
        assertEquals("Inspected construction of the Panama Canal.", panama.citations().get(0).quote());
        assertEquals("\"1\"", panama.extras().fields().get("citations/0/x-historian-id"));
        assertEquals("\"travels/president-travels/roosevelt-theodore.xml\"", source.extras().fields().get("x-historian-file"));
        assertEquals("Office of the Historian, U.S. Department of State", source.publisher());
        Event visit = event(d, "visit-105");
        assertNull(visit.citations().get(0).quote(), "an empty description quotes nothing");
        assertEquals("\"visits/1950.xml\"", d.source(visit.citations().get(0).source()).orElseThrow()
                .extras().fields().get("x-historian-file"));
    }

    @Test
    void aTravellerIsOnePersonByHisIdWhateverHisNameAndTwoPeopleOfOneNameStayTwo() throws IOException {
        Dataset d = convertFixture().dataset();

        Actor theodore = actor(d, "roosevelt-theodore");
        assertEquals(ActorKind.PERSON, theodore.kind());
        assertEquals("Theodore Roosevelt", theodore.name(), "the name of his latest record");
        assertEquals(List.of("T. Roosevelt"), theodore.aliases());
        assertEquals("USA", theodore.country());
        assertEquals(List.of(new Membership("usa", "President", null)), theodore.memberships());
        assertEquals("roosevelt-franklin-d", event(d, "trip-5").participants().get(0).actor(),
                "a record of another traveller that names him Theodore Roosevelt is not Theodore's");
        assertEquals(ActorKind.STATE, actor(d, "usa").kind());
    }

    /** The dataset is titled by what its files hold: travels, visits, or both. */
    @Test
    void theTitleSaysWhetherTheFilesHoldTravelsVisitsOrBoth() throws IOException {
        assertEquals("U.S. diplomatic travels and visits (Office of the Historian)", convertFixture().dataset().title());
        assertEquals("Visits by foreign leaders to the United States (Office of the Historian)",
                ConvertedDataset.convert(new HistorianImporter(), dir, FIXTURE.resolve("visits")).dataset().title());
        assertEquals("U.S. diplomatic travels abroad (Office of the Historian)",
                ConvertedDataset.convert(new HistorianImporter(), dir, FIXTURE.resolve("travels")).dataset().title());
    }

    @Test
    void aVisitIsItsVisitorsVisitingTheUnitedStatesFromTheirCountry() throws IOException {
        Dataset d = convertFixture().dataset();

        Event khrushchev = event(d, "visit-101");
        assertEquals("Chairman Nikita Khrushchev (U.S.S.R.) to the United States", khrushchev.title());
        assertEquals("official-visit", khrushchev.kind());
        Participant visitor = khrushchev.participants().get(0);
        assertEquals("visitor", visitor.role());
        assertEquals(new Participant("usa", "host"), khrushchev.participants().get(1));
        assertEquals("SUN", actor(d, visitor.actor()).country(), "the Historian files the Soviet Union under russia");
        assertEquals("Chairman Nikita Khrushchev", actor(d, visitor.actor()).name(), "the title stays in the name");
        assertEquals("United States", khrushchev.location().name());
        assertEquals("USA", khrushchev.location().country());

        assertEquals("state-visit", event(d, "visit-102").kind());
        assertEquals("private-visit", event(d, "visit-104").kind());
        assertEquals("visit", event(d, "visit-103").kind());
        assertEquals("1958-06-01", event(d, "visit-105").when().text(), "an end on the start day is no interval");
    }

    @Test
    void twoVisitorsInOneTextAreTwoPeopleAndOneNameFromTwoCountriesIsTwoActors() throws IOException {
        Dataset d = convertFixture().dataset();

        List<String> egypt = event(d, "visit-103").participants().stream().map(p -> actor(d, p.actor()).name()).toList();
        assertEquals(List.of("President Anwar Sadat", "Prime Minister Mustafa Khalil", "United States"), egypt);
        assertEquals(List.of("Premier and Prince Sihanouk", "United States"), event(d, "visit-105").participants()
                .stream().map(p -> actor(d, p.actor()).name()).toList());
        String queenOfTheUk = event(d, "visit-102").participants().get(0).actor();
        String queenFromElsewhere = event(d, "visit-104").participants().get(0).actor();
        assertTrue(!queenOfTheUk.equals(queenFromElsewhere), "the same words from another country are another person");
        assertEquals("GBR", actor(d, queenOfTheUk).country());
    }

    @Test
    void namesakesTheDataCannotTellApartAreTwoPeopleByTheYearOfTheirVisit() throws EdtfException {
        When earlier = Edtf.parse("1969-06-01");
        When later = Edtf.parse("2024-06-01");
        assertEquals("1908–1970", HistorianNamesakes.distinction("ISL", "Prime Minister Bjarni Benediktsson", earlier));
        assertEquals("born 1970", HistorianNamesakes.distinction("ISL", "Prime Minister Bjarni Benediktsson", later));
        assertNull(HistorianNamesakes.distinction("ISL", "Prime Minister David Oddsson", later));
    }

    @Test
    void countrySlugsMapToIsoCodesIncludingHistoricalStates() {
        assertEquals("GBR", HistorianCountries.alpha3("united-kingdom", "United Kingdom"));
        assertEquals("BIH", HistorianCountries.alpha3("bosnia-herzegovina", "Bosnia-Herzegovina"));
        assertEquals("CSK", HistorianCountries.alpha3("czechoslovakia", "Czechoslovakia"));
        assertEquals("DDR", HistorianCountries.alpha3("german-democratic-republic", "German Democratic Republic"));
        assertEquals("YUG", HistorianCountries.alpha3("yugoslavia", "Yugoslavia"));
        assertEquals("SUN", HistorianCountries.alpha3("soviet-union", "Soviet Union"));
        assertEquals("VAT", HistorianCountries.alpha3("holy-see", "Vatican City"));
        assertEquals("VAT", HistorianCountries.alpha3("vatican-city", "Vatican City"));
        assertEquals("RUS", HistorianCountries.alpha3("russia", "Russia"));
        assertEquals("TUR", HistorianCountries.alpha3("turkiye", "Türkiye"));
        assertNull(HistorianCountries.alpha3("hawaii", "Hawaii"));
        assertTrue(HistorianCountries.known("hawaii"), "a kingdom with no code is known, not unknown");
        assertNull(HistorianCountries.alpha3("atlantis", "Atlantis"));
    }
}
