package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.generate.DatasetGenerator;
import org.entente.generate.GeneratorOptions;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.lanes.LaneMode;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.search.HitKind;
import org.entente.search.SearchHit;
import org.entente.seed.Seed;
import org.entente.strata.ColorMode;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store must answer, on the seed dataset (facts a reader of its two articles can check) and on
 * a small generated dataset (properties that hold whatever the data). Written against {@link EventStore}
 * alone, so that each store, in memory or on a query engine, extends it and only says how it is opened.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventStoreContract {
    private static final TimeWindow SEPTEMBER_2025 = new TimeWindow(Instant.parse("2025-09-01T00:00:00Z").toEpochMilli(),
            Instant.parse("2025-10-01T00:00:00Z").toEpochMilli());
    private static final String BEIJING_PARADE = "ev-beijing-parade-2025";
    private static final String PYONGYANG_PARADE = "ev-pyongyang-parade-2025";
    private static final int EVERY_ROW = Integer.MAX_VALUE;
    /** Bins of whole days, which every store counts exactly; a store may count finer bins by whole days. */
    private static final long DAY = 86_400_000L;

    private EventStore seed;
    private EventStore generated;

    /** A store over the dataset, as this kind of store opens it. */
    protected abstract EventStore open(Dataset dataset) throws IOException;

    @BeforeAll
    void openStores(@TempDir Path dir) throws IOException {
        seed = open(Seed.load());
        Path file = dir.resolve("generated.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DatasetGenerator().write(new GeneratorOptions(3_000, 120, 7), out);
        }
        generated = open(new DatasetLoader(LoadMode.STRICT).load(file).dataset().orElseThrow());
    }

    @AfterAll
    void closeStores() {
        seed.close();
        generated.close();
    }

    @Test
    void extentAndStatsCountTheSeed() {
        Extent extent = seed.extent();
        assertEquals(23, extent.events());
        assertEquals(18, extent.actors());
        assertEquals(2, extent.sources());
        assertEquals(extent.events(), seed.stats().events());
        assertTrue(extent.minStart() < extent.maxEnd());
    }

    @Test
    void septemberHoldsTheBeijingParadeAndNotThePyongyangOne() {
        EventPage page = seed.events(new EventQuery(Filter.NONE, SEPTEMBER_2025, EventSort.DATE, true, 0, EVERY_ROW));
        List<String> ids = ids(page);
        assertTrue(ids.contains(BEIJING_PARADE), ids::toString);
        assertFalse(ids.contains(PYONGYANG_PARADE), ids::toString);
        assertEquals(page.rows().size(), page.total());
        assertEquals(page.total(), seed.count(Filter.NONE, SEPTEMBER_2025));
        for (int i = 1; i < page.rows().size(); i++) {
            assertTrue(page.rows().get(i - 1).when().start() <= page.rows().get(i).when().start());
        }
    }

    @Test
    void aFilterByKindHidesTheOtherKinds() {
        Filter summits = Filter.NONE.withEventKinds(Set.of("summit"));
        EventPage page = seed.events(new EventQuery(summits, SEPTEMBER_2025, EventSort.DATE, true, 0, EVERY_ROW));
        assertEquals(List.of("ev-kim-beijing-visit-2025"), ids(page));
        assertEquals(1, seed.count(summits, SEPTEMBER_2025));
        assertTrue(seed.pairs(summits, SEPTEMBER_2025, 100).stream().allMatch(pair -> pair.events() == 1));
    }

    @Test
    void searchingParadeFindsBothParades() {
        List<String> events = seed.search("parade", 20).stream().filter(hit -> hit.kind() == HitKind.EVENT)
                .map(SearchHit::id).toList();
        assertTrue(events.containsAll(List.of(BEIJING_PARADE, PYONGYANG_PARADE)), events::toString);
    }

    @Test
    void anActorsEventsComeEarliestFirstAndFilter() {
        EventPage kim = seed.actorEvents("kim-jong-un", Filter.NONE, 0, EVERY_ROW);
        assertTrue(ids(kim).contains(BEIJING_PARADE));
        assertEquals(kim.rows().size(), kim.total());
        for (int i = 1; i < kim.rows().size(); i++) {
            assertTrue(kim.rows().get(i - 1).when().start() <= kim.rows().get(i).when().start(), ids(kim)::toString);
        }
        EventPage parades = seed.actorEvents("kim-jong-un", Filter.NONE.withEventKinds(Set.of("parade")), 0, EVERY_ROW);
        assertEquals(List.of(BEIJING_PARADE), ids(parades));
        assertEquals(0, seed.actorEvents("nobody", Filter.NONE, 0, EVERY_ROW).total());
    }

    @Test
    void theBeijingParadeCitesBothArticles() {
        EventDetail parade = seed.event(BEIJING_PARADE).orElseThrow();
        assertEquals("parade", parade.event().kind());
        assertEquals(Set.of("art-a", "art-b"), new HashSet<>(parade.citations().stream().map(c -> c.source().id()).toList()));
        assertTrue(parade.citations().stream().allMatch(c -> c.citation().source().equals(c.source().id())));
        assertTrue(seed.event("no-such-event").isEmpty());
    }

    @Test
    void septembersPairsAreTheirSharedEventsMostFirst() {
        List<PairRow> pairs = seed.pairs(Filter.NONE, SEPTEMBER_2025, 1_000);
        assertTrue(pairs.stream().anyMatch(p -> p.first().equals("kim-jong-un") && p.second().equals("xi-jinping")));
        List<EventDetail> window = seed.events(new EventQuery(Filter.NONE, SEPTEMBER_2025, EventSort.DATE, true, 0, EVERY_ROW))
                .rows().stream().map(row -> seed.event(row.id()).orElseThrow()).toList();
        for (int i = 0; i < pairs.size(); i++) {
            PairRow pair = pairs.get(i);
            assertTrue(pair.first().compareTo(pair.second()) < 0);
            long shared = window.stream().filter(e -> e.event().involves(pair.first()) && e.event().involves(pair.second())).count();
            assertEquals(shared, pair.events(), pair::toString);
            assertTrue(pair.weakEvents() <= pair.events());
            if (i > 0) {
                assertTrue(pairs.get(i - 1).events() >= pair.events());
            }
        }
        assertEquals(pairs.subList(0, 3), seed.pairs(Filter.NONE, SEPTEMBER_2025, 3));
    }

    @Test
    void countriesCountWhatTheirFilterPasses() {
        List<CountryRow> countries = seed.countries(Filter.NONE, SEPTEMBER_2025);
        for (int i = 1; i < countries.size(); i++) {
            assertTrue(countries.get(i - 1).events() >= countries.get(i).events());
        }
        for (CountryRow country : countries) {
            assertEquals(seed.count(Filter.NONE.withCountries(Set.of(country.code())), SEPTEMBER_2025), country.events(),
                    country::toString);
        }
        assertTrue(countries.stream().anyMatch(c -> c.code().equals("CHN")));
    }

    @Test
    void pagesAreDisjointAndCoverTheTotal() {
        TimeWindow window = wholeExtent(generated);
        Set<Integer> seen = new HashSet<>();
        int total = -1;
        for (int offset = 0; total < 0 || offset < total; offset += 37) {
            EventPage page = generated.events(new EventQuery(Filter.NONE, window, EventSort.TITLE, true, offset, 37));
            total = page.total();
            for (EventRow row : page.rows()) {
                assertTrue(seen.add(row.position()), "position " + row.position() + " on two pages");
            }
        }
        assertEquals(generated.extent().events(), total);
        assertEquals(total, seen.size());
    }

    @Test
    void everySortOrdersByItsColumnEitherWay() {
        TimeWindow window = wholeExtent(generated);
        for (boolean ascending : new boolean[] {true, false}) {
            int sign = ascending ? 1 : -1;
            assertOrdered(rows(window, EventSort.DATE, ascending), (a, b) -> sign * Long.compare(a.when().start(), b.when().start()));
            assertOrdered(rows(window, EventSort.TITLE, ascending), (a, b) -> sign * a.title().toLowerCase(Locale.ROOT)
                    .compareTo(b.title().toLowerCase(Locale.ROOT)));
            assertOrdered(rows(window, EventSort.SOURCES, ascending), (a, b) -> sign * Integer.compare(a.sources(), b.sources()));
            assertOrdered(rows(window, EventSort.TONE, ascending), (a, b) -> Double.isNaN(a.tone()) || Double.isNaN(b.tone())
                    ? Boolean.compare(Double.isNaN(a.tone()), Double.isNaN(b.tone())) : sign * Double.compare(a.tone(), b.tone()));
        }
    }

    @Test
    void densityBinsCountTheEventsOfEachBin() {
        TimeWindow window = wholeExtent(generated);
        int bins = 12;
        long width = (window.span() / bins / DAY + 1) * DAY;
        long start = Math.floorDiv(window.start(), DAY) * DAY;
        TimeWindow even = new TimeWindow(start, start + width * bins);
        for (Filter filter : List.of(Filter.NONE, Filter.NONE.withTone(1, 10))) {
            Density density = generated.density(DensityRequest.all(filter, even, bins, ColorMode.TONE));
            assertEquals(bins, density.bins());
            assertEquals(density.groups().size(), density.counts().length);
            int[] totals = density.totals();
            for (int bin = 0; bin < bins; bin++) {
                long from = even.start() + bin * width;
                assertEquals(generated.count(filter, new TimeWindow(from, from + width)), totals[bin], "bin " + bin);
            }
            Density one = generated.density(DensityRequest.all(filter, window, 1, ColorMode.KIND));
            assertEquals(generated.count(filter, window), one.totals()[0]);
        }
        Density positive = generated.density(DensityRequest.all(Filter.NONE.withTone(1, 10), even, bins, ColorMode.TONE));
        int noTone = positive.groups().indexOf("no tone");
        assertEquals(0, Arrays.stream(positive.counts()[noTone]).sum());
    }

    @Test
    void lanesByKindShareOutEveryEventAndHaveTheirDensity() {
        TimeWindow window = wholeExtent(generated);
        assertEquals(generated.extent().events(), generated.count(Filter.NONE, window));
        List<LaneRow> lanes = generated.lanes(Filter.NONE, LaneMode.KIND);
        assertEquals(generated.extent().events(), lanes.stream().mapToInt(LaneRow::events).sum());
        for (int i = 0; i < lanes.size(); i++) {
            LaneRow lane = lanes.get(i);
            if (i > 0) {
                assertTrue(lanes.get(i - 1).events() >= lane.events());
            }
            Density density = generated.density(new DensityRequest(Filter.NONE, window, 1, LaneMode.KIND, lane.key(), ColorMode.KIND));
            assertEquals(lane.events(), density.totals()[0], lane::toString);
        }
        assertEquals(List.of(new LaneRow("all", "All events", generated.extent().events())),
                generated.lanes(Filter.NONE, LaneMode.NONE));
    }

    @Test
    void aWindowsRecordsComeWholeWithWhatTheyName() {
        int inSeptember = seed.count(Filter.NONE, SEPTEMBER_2025);
        Records records = seed.records(SEPTEMBER_2025, inSeptember);
        assertTrue(records.whole());
        assertEquals(inSeptember, records.events());
        Dataset september = records.dataset();
        assertEquals(inSeptember, september.events().size());
        assertEquals(seed.event(BEIJING_PARADE).orElseThrow().event(), september.event(BEIJING_PARADE).orElseThrow());
        assertTrue(september.event(PYONGYANG_PARADE).isEmpty());
        for (Event event : september.events()) {
            event.participants().forEach(p -> assertTrue(september.actor(p.actor()).isPresent(), p.actor()));
            event.citations().forEach(c -> assertTrue(september.source(c.source()).isPresent(), c.source()));
        }
        Records tooMany = seed.records(SEPTEMBER_2025, inSeptember - 1);
        assertFalse(tooMany.whole(), "one event more than the limit");
        assertTrue(tooMany.events() > inSeptember - 1, "more than the limit: " + tooMany.events());
        assertTrue(tooMany.dataset().events().isEmpty());
        assertEquals(seed.stats().actors(), september.actors().size(), "every actor, whatever the window");
        assertEquals(seed.stats().actors(), tooMany.dataset().actors().size(), "every actor, even with no event");
        assertEquals(september.title(), tooMany.dataset().title());
        assertFalse(september.title().isBlank());
        TimeWindow window = wholeExtent(generated);
        TimeWindow half = new TimeWindow(window.start(), window.start() + window.span() / 2);
        Dataset firstHalf = generated.records(half, EVERY_ROW).dataset();
        assertEquals(new HashSet<>(ids(generated.events(new EventQuery(Filter.NONE, half, EventSort.DATE, true, 0, EVERY_ROW)))),
                new HashSet<>(firstHalf.events().stream().map(Event::id).toList()));
    }

    @Test
    void aFirstPageHoldsTheMostCitedOfTheWindowsEventsInFullAndSaysHowManyThereAre() {
        TimeWindow window = wholeExtent(generated);
        TimeWindow half = new TimeWindow(window.start(), window.start() + window.span() / 2);
        for (long longest : new long[] {Long.MAX_VALUE, 300 * DAY}) {
            List<Event> all = generated.records(half, longest, EVERY_ROW).dataset().events();
            int first = all.size() / 4;
            Records page = generated.records(half, longest, EVERY_ROW, first);
            if (longest == Long.MAX_VALUE && page.whole()) {
                // Allowed where a page would cost as much as all: every event of the window, long ones too.
                assertEquals(ids(all), ids(page.dataset().events()));
                continue;
            }
            assertFirstPage(all, page, first, half);
            Records everything = generated.records(half, longest, EVERY_ROW, all.size());
            assertTrue(everything.whole(), "a page as large as the window's events is all of them");
            assertEquals(ids(all), ids(everything.dataset().events()));
            Records tooMany = generated.records(half, longest, first, first / 2);
            assertFalse(tooMany.whole());
            assertFalse(tooMany.isFirstPage(), "no page of a window holding more than the limit");
            assertTrue(tooMany.dataset().events().isEmpty());
        }
    }

    private static void assertFirstPage(List<Event> all, Records page, int first, TimeWindow window) {
        assertTrue(page.isFirstPage(), "a quarter of " + all.size());
        assertFalse(page.whole());
        assertEquals(all.size(), page.events(), "how many there are in all");
        List<String> mostCited = all.stream().sorted(Comparator.<Event>comparingInt(e -> -(int) e.citations().stream()
                .map(Citation::source).distinct().count()).thenComparingLong(e -> IdHash.of(e.id())))
                .limit(first).map(Event::id).toList();
        assertEquals(new HashSet<>(mostCited), new HashSet<>(ids(page.dataset().events())));
        List<String> inOrder = ids(all).stream().filter(new HashSet<>(mostCited)::contains).toList();
        assertEquals(inOrder, ids(page.dataset().events()), "in the order of the whole records");
        for (Event event : page.dataset().events()) {
            assertEquals(all.get(ids(all).indexOf(event.id())), event, "in full, with its citations");
            event.citations().forEach(c -> assertTrue(page.dataset().source(c.source()).isPresent(), c.source()));
        }
        List<Long> starts = page.dataset().events().stream().map(e -> e.when().start()).toList();
        assertTrue(starts.get(starts.size() - 1) - starts.get(0) > window.span() / 2, "spread over the window: " + starts);
    }

    @Test
    void aWindowsShortRecordsAreItsEventsLastingNoLongerThanTheSpanAsked() {
        long day = 86_400_000L;
        long[] spans = {day, 30 * day, 400 * day, 4000 * day};
        TimeWindow whole = wholeExtent(generated);
        int checked = 0;
        for (int part = 0; part < 5; part++) {
            long start = whole.start() + whole.span() / 5 * part + day / 3;
            for (long longest : spans) {
                checked += assertShortRecords(generated, new TimeWindow(start, start + 20 * day), longest);
            }
        }
        for (long longest : spans) {
            checked += assertShortRecords(seed, SEPTEMBER_2025, longest);
            checked += assertShortRecords(seed, new TimeWindow(SEPTEMBER_2025.start() - 3000 * day, SEPTEMBER_2025.end()),
                    longest);
        }
        assertTrue(checked > 0, "the windows hold short events");
    }

    @Test
    void aWindowsShortRecordsLeaveOutWhatLastsLongerHoweverLongAgoItStarted() throws IOException, EdtfException {
        List<Event> events = new ArrayList<>();
        String[] spans = {"2012/2022", "2015-03/2021-09", "2019-06/2020-06", "2019-12-25/2020-01-05", "2020-01-10",
                "2020-01-20/2020-02-20", "../2020-02-01", "2020-01-15/..", "2019/2021", "2020"};
        for (int i = 0; i < spans.length; i++) {
            events.add(new Event("e" + i, "Event " + i, Edtf.parse(spans[i]), "meeting", null, null, List.of(), Double.NaN,
                    List.of(), List.of(), List.of(), Extras.NONE));
        }
        try (EventStore store = open(new Dataset("Long and short", null, List.of(), List.of(), events, List.of(),
                Extras.NONE))) {
            TimeWindow january = new TimeWindow(1_577_836_800_000L, 1_577_836_800_000L + 31 * 86_400_000L);
            int checked = 0;
            for (long days : new long[] {1, 12, 40, 380, 800, 2500, 5000}) {
                checked += assertShortRecords(store, january, days * 86_400_000L);
            }
            assertEquals(Set.of("e0", "e1", "e2", "e3", "e4", "e5", "e8", "e9"),
                    new HashSet<>(store.records(january, 5000 * 86_400_000L, EVERY_ROW).dataset().events().stream()
                            .map(Event::id).toList()), "every event but the open-ended ones");
            assertTrue(checked > 0);
        }
    }

    /** Checks a window's records lasting at most {@code longest} against all its records; returns how many. */
    private static int assertShortRecords(EventStore store, TimeWindow window, long longest) {
        Set<String> expected = new HashSet<>();
        for (Event event : store.records(window, EVERY_ROW).dataset().events()) {
            When when = event.when();
            if (!when.openStart() && !when.openEnd() && when.end() - when.start() <= longest) {
                expected.add(event.id());
            }
        }
        Records shortOnes = store.records(window, longest, EVERY_ROW);
        assertTrue(shortOnes.whole());
        assertEquals(expected.size(), shortOnes.events(), window + " " + longest);
        assertEquals(expected, new HashSet<>(shortOnes.dataset().events().stream().map(Event::id).toList()));
        for (Event event : shortOnes.dataset().events()) {
            event.citations().forEach(c -> assertTrue(shortOnes.dataset().source(c.source()).isPresent()));
        }
        if (!expected.isEmpty()) {
            Records tooMany = store.records(window, longest, expected.size() - 1);
            assertFalse(tooMany.whole());
            assertEquals(expected.size(), tooMany.events());
            assertTrue(tooMany.dataset().events().isEmpty());
        }
        return expected.size();
    }

    /** A window holding every event of a dataset without open dates. */
    private static TimeWindow wholeExtent(EventStore store) {
        return new TimeWindow(store.extent().minStart(), store.extent().maxEnd());
    }

    private List<EventRow> rows(TimeWindow window, EventSort sort, boolean ascending) {
        return generated.events(new EventQuery(Filter.NONE, window, sort, ascending, 0, EVERY_ROW)).rows();
    }

    private static void assertOrdered(List<EventRow> rows, Comparator<EventRow> order) {
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(order.compare(rows.get(i - 1), rows.get(i)) <= 0, rows.get(i - 1) + " before " + rows.get(i));
        }
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    private static List<String> ids(EventPage page) {
        List<String> ids = new ArrayList<>();
        page.rows().forEach(row -> ids.add(row.id()));
        return ids;
    }
}
