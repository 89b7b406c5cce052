package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.entente.generate.DatasetGenerator;
import org.entente.generate.GeneratorOptions;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.lanes.LaneMode;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Reliability;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.search.HitKind;
import org.entente.search.SearchHit;
import org.entente.seed.Seed;
import org.entente.strata.ColorMode;
import org.entente.time.Precision;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store on a query engine answers as the store in memory does, question by question, on a generated
 * dataset with ranged, open and imprecise dates: windows and bins of any size, every part of the filter,
 * every sort. Each engine's test extends it and says how it opens a store file that {@link StoreWriter} wrote.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreMatchesMemory {
    private Dataset dataset;
    private MemoryStore memory;
    private EventStore store;

    /** The store of a file {@link StoreWriter} wrote, on this test's engine. */
    protected abstract EventStore open(Path store) throws IOException;

    @BeforeAll
    void openStores(@TempDir Path dir) throws IOException {
        dataset = generated(dir, new GeneratorOptions(4_000, 150, 11));
        memory = new MemoryStore(IndexedDataset.of(dataset));
        StoreWriter.write(dir.resolve("generated.duckdb"), dataset);
        store = open(dir.resolve("generated.duckdb"));
    }

    /** A dataset of the generator's, written to a file in {@code dir} and loaded as the app loads one. */
    static Dataset generated(Path dir, GeneratorOptions options) throws IOException {
        Path json = dir.resolve("generated.json");
        try (OutputStream out = Files.newOutputStream(json)) {
            new DatasetGenerator().write(options, out);
        }
        return new DatasetLoader(LoadMode.STRICT).load(json).dataset().orElseThrow();
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void everyEventOfTheSeedComesBackWhole(@TempDir Path dir) throws IOException {
        Dataset seed = Seed.load();
        StoreWriter.write(dir.resolve("seed.duckdb"), seed);
        try (EventStore seedStore = open(dir.resolve("seed.duckdb"))) {
            for (Event event : seed.events()) {
                assertEquals(event, seedStore.event(event.id()).orElseThrow().event());
            }
            assertEquals(memory(seed).stats(), seedStore.stats());
        }
    }

    @Test
    void everyGeneratedEventComesBackWhole() {
        for (int i = 0; i < dataset.events().size(); i += 97) {
            Event event = dataset.events().get(i);
            assertEquals(event, store.event(event.id()).orElseThrow().event());
        }
        assertEquals(memory.stats(), store.stats());
        assertEquals(memory.extent(), store.extent());
    }

    /**
     * Below a day a bin, the events starting and ending on day boundaries are counted from their days and only
     * the rest in SQL: the two add up to the memory's bins, by kind and by tone, in a lane and with kinds filtered.
     */
    @Test
    void densitiesBelowADayABinMatchFromDaysAndRows() {
        SplittableRandom random = new SplittableRandom(9);
        Extent extent = memory.extent();
        String kind = dataset.events().stream().map(Event::kind).filter(k -> k != null).findFirst().orElseThrow();
        for (int trial = 0; trial < 24; trial++) {
            long a = extent.minStart() + (long) (random.nextDouble() * (extent.maxEnd() - extent.minStart()));
            TimeWindow window = new TimeWindow(a, a + 1 + (long) (random.nextDouble() * 400 * DayCounts.DAY));
            int bins = (int) Math.min(1_600, 1 + (window.end() - window.start()) / DayCounts.DAY * (2 + random.nextInt(8)));
            Filter filter = trial % 4 == 3 ? Filter.NONE.withEventKinds(Set.of(kind)) : Filter.NONE;
            ColorMode colors = trial % 2 == 0 ? ColorMode.KIND : ColorMode.TONE;
            DensityRequest request = trial % 3 == 0
                    ? new DensityRequest(filter, window, bins, LaneMode.KIND, kind, ColorMode.KIND)
                    : DensityRequest.all(filter, window, bins, colors);
            Density expected = memory.density(request);
            Density actual = store.density(request);
            assertEquals(expected.groups(), actual.groups());
            for (int g = 0; g < expected.counts().length; g++) {
                assertArrayEquals(expected.counts()[g], actual.counts()[g], request::toString);
            }
        }
    }

    @Test
    void countsAndDensitiesMatchForAnyWindowAndFilter() {
        SplittableRandom random = new SplittableRandom(3);
        Extent extent = memory.extent();
        for (int trial = 0; trial < 40; trial++) {
            Filter filter = filters().get(trial % filters().size());
            long a = extent.minStart() + (long) (random.nextDouble() * (extent.maxEnd() - extent.minStart()));
            long span = (long) Math.pow(10, 5 + random.nextDouble() * 5.5);
            TimeWindow window = new TimeWindow(a, a + span);
            assertEquals(memory.count(filter, window), store.count(filter, window), () -> filter + " " + window);
            int bins = 1 + random.nextInt(300);
            ColorMode colors = trial % 2 == 0 ? ColorMode.KIND : ColorMode.TONE;
            // Bins finer than a day, or a filter beyond kinds, are counted by SQL, exactly.
            if (span / bins < DayCounts.DAY || !filter.withEventKinds(Set.of()).isEmpty()) {
                Density expected = memory.density(DensityRequest.all(filter, window, bins, colors));
                Density actual = store.density(DensityRequest.all(filter, window, bins, colors));
                assertEquals(expected.groups(), actual.groups());
                for (int g = 0; g < expected.counts().length; g++) {
                    assertArrayEquals(expected.counts()[g], actual.counts()[g], filter + " " + window + " " + bins);
                }
            }
        }
    }

    @Test
    void pairsCountriesLanesAndActorsMatch() {
        Extent extent = memory.extent();
        TimeWindow year = new TimeWindow(extent.minStart(), extent.minStart() + 365L * DayCounts.DAY);
        for (Filter filter : filters()) {
            assertPairs(memory.pairs(filter, year, 40), store.pairs(filter, year, 40), filter::toString);
            assertCountries(memory.countries(filter, year), store.countries(filter, year), filter::toString);
            for (LaneMode mode : LaneMode.values()) {
                assertEquals(memory.lanes(filter, mode), store.lanes(filter, mode), () -> mode + " " + filter);
            }
            String actor = dataset.actors().get(5).id();
            assertEquals(ids(memory.actorEvents(actor, filter, 3, 20)), ids(store.actorEvents(actor, filter, 3, 20)));
        }
    }

    @Test
    void pagesSortedEveryWayMatch() {
        TimeWindow all = new TimeWindow(memory.extent().minStart(), memory.extent().maxEnd());
        Filter filter = Filter.NONE.withTone(-5, 8);
        for (EventSort sort : EventSort.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                EventQuery query = new EventQuery(filter, all, sort, ascending, 30, 120);
                assertEquals(ids(memory.events(query)), ids(store.events(query)), () -> sort + " " + ascending);
            }
        }
    }

    /**
     * The store finds events by the words of their titles, earliest first, as a scan of the titles would, however
     * few it is asked for (the fewer, the more it narrows the titles it reads to the earliest events').
     */
    @Test
    void searchFindsTheEventsWhoseTitlesHaveAWordStartingSo() {
        List<Event> byTime = dataset.events().stream().sorted(Comparator
                .comparingLong((Event e) -> e.when().start()).thenComparingLong(e -> Math.max(e.when().end(), e.when().start())))
                .toList();
        for (String query : List.of("critic", "sanctions", "border talks")) {
            List<String> words = List.of(query.split(" "));
            List<String> expected = byTime.stream().filter(e -> words.stream().allMatch(w -> Arrays.stream(
                    e.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).anyMatch(t -> t.startsWith(w))))
                    .map(Event::id).toList();
            for (int limit : new int[] {3, 20, 500}) {
                List<String> found = store.search(query, limit).stream().filter(h -> h.kind() == HitKind.EVENT)
                        .map(SearchHit::id).toList();
                assertEquals(expected.subList(0, found.size()), found, query);
                assertFalse(found.isEmpty(), query);
            }
        }
    }

    /** Tags are found by the start of any of their words, folded as the search field folds them. */
    @Test
    void searchingATagFindsTheTagsTheMemoryFinds() {
        List<String> tags = dataset.events().stream().flatMap(e -> e.tags().stream()).distinct().sorted().limit(5).toList();
        assertFalse(tags.isEmpty());
        for (String tag : tags) {
            String query = "#" + tag.substring(0, Math.min(4, tag.length())).toUpperCase(Locale.ROOT);
            assertEquals(tagHits(memory.search(query, 50)), tagHits(store.search(query, 50)), query);
            assertTrue(tagHits(store.search(query, 50)).contains(tag), query);
        }
    }

    private static Set<String> tagHits(List<SearchHit> hits) {
        return hits.stream().filter(h -> h.kind() == HitKind.TAG).map(SearchHit::id).collect(Collectors.toSet());
    }

    /**
     * Events a little out of time order are kept as they came, unsorted: pages in time order, an actor's
     * events and search still come earliest first, with ties in the dataset's order.
     */
    @Test
    void eventsNearlyInOrderAreKeptAsTheyCameAndStillListedInTimeOrder(@TempDir Path dir) throws IOException {
        List<Event> nearly = new ArrayList<>(dataset.events().stream().filter(e -> e.when().precision().compareTo(
                Precision.DAY) >= 0 && !e.when().openStart()).sorted(Comparator.comparingLong(
                (Event e) -> e.when().start())).toList());
        for (int i = 0; i + 1 < nearly.size(); i += 2) {
            Collections.swap(nearly, i, i + 1);
        }
        Dataset swapped = new Dataset(dataset.title(), dataset.description(), dataset.sources(), dataset.actors(), nearly,
                dataset.relations(), dataset.periods(), dataset.extras());
        MemoryStore expected = memory(swapped);
        Path file = dir.resolve("nearly.duckdb");
        StoreWriter.write(file, swapped);
        try (EventStore nearlyStore = open(file)) {
            TimeWindow all = new TimeWindow(expected.extent().minStart(), expected.extent().maxEnd());
            for (boolean ascending : new boolean[] {true, false}) {
                assertEquals(ids(expected.events(new EventQuery(Filter.NONE, all, EventSort.DATE, ascending, 10, 300))),
                        ids(nearlyStore.events(new EventQuery(Filter.NONE, all, EventSort.DATE, ascending, 10, 300))));
            }
            String actor = swapped.actors().get(3).id();
            assertEquals(ids(expected.actorEvents(actor, Filter.NONE, 0, 50)), ids(nearlyStore.actorEvents(actor, Filter.NONE, 0, 50)));
        }
    }

    /** Threads asking at once each get the answer to their own question. */
    @Test
    void questionsAskedAtOnceFromSeveralThreadsAreAnsweredAlike() throws Exception {
        Extent extent = memory.extent();
        ExecutorService askers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> answers = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                long a = extent.minStart() + t * 200L * DayCounts.DAY;
                TimeWindow window = new TimeWindow(a, a + 300L * DayCounts.DAY);
                answers.add(askers.submit(() -> {
                    assertEquals(memory.count(Filter.NONE.withTone(-3, 4), window), store.count(Filter.NONE.withTone(-3, 4), window));
                    assertPairs(memory.pairs(Filter.NONE, window, 20), store.pairs(Filter.NONE, window, 20), window::toString);
                }));
            }
            for (Future<?> answer : answers) {
                answer.get();
            }
        } finally {
            askers.shutdown();
        }
    }

    /**
     * The bounds the day counts give with no scan, by which a store refuses a window's records or fetches them
     * without counting them first, hold the window's events between them, for windows of hours to years
     * cutting days anywhere; and the bound on its events lasting a given span or less holds those.
     */
    @Test
    void theDayCountsBoundTheEventsOfAnyWindow() {
        SqlStore sql = (SqlStore) store;
        SplittableRandom random = new SplittableRandom(43);
        Extent extent = memory.extent();
        for (int trial = 0; trial < 40; trial++) {
            long a = extent.minStart() - 86_400_000L + (long) (random.nextDouble() * (extent.maxEnd() - extent.minStart()));
            TimeWindow window = new TimeWindow(a, a + 1 + (long) (Math.pow(10, 4 + 6 * random.nextDouble()) * 1_000));
            int events = memory.count(Filter.NONE, window);
            assertTrue(sql.atLeast(window) <= events, window::toString);
            assertTrue(sql.atMost(window) >= events, window::toString);
            long longest = (long) (Math.pow(10, 3 + 7 * random.nextDouble()) * 1_000);
            int within = memory.records(window, longest, Integer.MAX_VALUE).events();
            assertTrue(sql.startingAtMost(window, longest) >= within, () -> window + " lasting " + longest);
        }
    }

    /** Whole months come from the monthly counts and the rest from the events: any window adds up alike. */
    @Test
    void pairsAndCountriesOfWindowsCuttingMonthsMatch() {
        SplittableRandom random = new SplittableRandom(5);
        Extent extent = memory.extent();
        for (int trial = 0; trial < 12; trial++) {
            long a = extent.minStart() + (long) (random.nextDouble() * (extent.maxEnd() - extent.minStart()));
            TimeWindow window = new TimeWindow(a, a + (long) ((20 + random.nextInt(800)) * 86_400_000.0 * random.nextDouble()) + 1);
            assertPairs(memory.pairs(Filter.NONE, window, 60), store.pairs(Filter.NONE, window, 60),
                    window::toString);
            assertCountries(memory.countries(Filter.NONE, window), store.countries(Filter.NONE, window),
                    window::toString);
        }
    }

    /**
     * Events in reverse time order, before the actors and sources they name (as an importer may give them):
     * the store sorts them and works out their actors' countries and kinds and their sources' grades late.
     */
    @Test
    void eventsOutOfOrderAndBeforeTheirActorsAndSourcesAnswerAlike(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("late.duckdb");
        try (StoreWriter writer = StoreWriter.create(file)) {
            List<Event> reversed = new ArrayList<>(dataset.events());
            Collections.reverse(reversed);
            reversed.forEach(writer::event);
            dataset.actors().forEach(writer::actor);
            dataset.sources().forEach(writer::source);
            writer.end(dataset.title(), dataset.description(), dataset.extras());
            writer.finish(phase -> { });
        }
        try (EventStore late = open(file)) {
            Extent extent = memory.extent();
            TimeWindow year = new TimeWindow(extent.minStart(), extent.minStart() + 400L * DayCounts.DAY);
            for (Filter filter : filters()) {
                assertEquals(memory.count(filter, year), late.count(filter, year), filter::toString);
                assertPairs(memory.pairs(filter, year, 40), late.pairs(filter, year, 40), filter::toString);
                assertCountries(memory.countries(filter, year), late.countries(filter, year), filter::toString);
            }
            Event some = dataset.events().get(123);
            assertEquals(some, late.event(some.id()).orElseThrow().event());
        }
    }

    private List<Filter> filters() {
        Event some = dataset.events().get(17);
        return List.of(Filter.NONE,
                Filter.NONE.withEventKinds(Set.of(some.kind())),
                Filter.NONE.withTone(-3, 4),
                Filter.NONE.withTags(Set.copyOf(dataset.events().get(40).tags().isEmpty()
                        ? List.of("none") : dataset.events().get(40).tags())),
                Filter.NONE.withCountries(Set.of("CHN", "USA", "FRA")),
                Filter.NONE.withActorKinds(Set.of(ActorKind.ORGANIZATION)),
                Filter.NONE.withMinReliability(Reliability.B),
                Filter.NONE.withDateRange(new TimeWindow(some.when().start(), some.when().start() + 900L * DayCounts.DAY)));
    }

    private static void assertPairs(List<PairRow> expected, List<PairRow> actual, Supplier<String> message) {
        assertEquals(expected, Tones.pairsLike(expected, actual), message);
    }

    private static void assertCountries(List<CountryRow> expected, List<CountryRow> actual, Supplier<String> message) {
        assertEquals(expected, Tones.countriesLike(expected, actual), message);
    }

    /** A store numbers its rows its own way; the ids, their order and the total are what must agree. */
    private static List<Object> ids(EventPage page) {
        return List.of(page.total(), page.rows().stream().map(EventRow::id).toList());
    }

    private static MemoryStore memory(Dataset dataset) {
        return new MemoryStore(IndexedDataset.of(dataset));
    }
}
