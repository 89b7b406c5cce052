package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.entente.index.IndexedDataset;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Source;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.seed.Seed;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB store keeps the contract every store keeps, and writes its file atomically. */
class DuckStoreTest extends EventStoreContract {
    private final List<Path> dirs = new ArrayList<>();

    @Override
    protected EventStore open(Dataset dataset) throws IOException {
        Path dir = Files.createTempDirectory("duckstore");
        dirs.add(dir);
        StoreWriter.write(dir.resolve("store.duckdb"), dataset);
        return DuckStore.open(dir.resolve("store.duckdb"));
    }

    @AfterAll
    void deleteFiles() throws IOException {
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @Test
    void theDayCountsBoundAnyWindowsEventsFromBelowWithoutReadingThem() throws IOException, EdtfException {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            events.add(new Event("long" + i, "Long " + i, Edtf.parse((2000 + i % 4) + "/" + (2010 + i % 3)), "meeting",
                    null, null, List.of(), Double.NaN, List.of(), List.of(), List.of(), Extras.NONE));
            events.add(new Event("short" + i, "Short " + i, Edtf.parse("2005-03-" + (10 + i % 10) + "T" + (10 + i % 9)
                    + ":00:00Z"), "meeting", null, null, List.of(), Double.NaN, List.of(), List.of(), List.of(), Extras.NONE));
        }
        try (SqlStore store = (SqlStore) open(new Dataset("Long and short", null, List.of(), List.of(), events, List.of(),
                Extras.NONE))) {
            long day = 86_400_000L;
            long march = Edtf.parse("2005-03-12").start();
            for (long from : new long[] {march, march + day / 3, march + 5 * day / 2}) {
                for (long span : new long[] {60_000L, day / 6, day, 3 * day / 2, 9 * day}) {
                    TimeWindow window = new TimeWindow(from, from + span);
                    int least = store.atLeast(window);
                    assertTrue(least <= store.count(Filter.NONE, window), window + ": " + least);
                    // Less the short events ending on the days around it, which the counts cannot tell from long ones.
                    assertTrue(least >= 40, window + " is crossed by the fifty long events: " + least);
                }
            }
        }
    }

    @Test
    void aStoreOpenedEarlyIsTakenOnceAndAFailedOneSaysWhyWhenOpened(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seed.duckdb");
        StoreWriter.write(file, Seed.load());
        DuckStore.openEarly(file);
        try (DuckStore early = DuckStore.open(file.toAbsolutePath()); DuckStore again = DuckStore.open(file)) {
            assertTrue(early != again, "the early store is taken once");
            assertEquals(23, early.extent().events());
            assertEquals(23, again.extent().events());
        }
        Path text = dir.resolve("not-a-store.duckdb");
        Files.writeString(text, "not a database");
        DuckStore.openEarly(text);
        IOException refused = assertThrows(IOException.class, () -> DuckStore.open(text));
        assertTrue(refused.getMessage().startsWith(text.toString()), refused.getMessage());
    }

    @Test
    void aStoreOfAnotherVersionIsRefusedWithWhatToDo(@TempDir Path dir) throws IOException, SQLException {
        Path file = dir.resolve("old.duckdb");
        StoreWriter.write(file, Seed.load());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE meta SET format = 'entente-store/1'");
        }
        IOException refused = assertThrows(IOException.class, () -> DuckStore.open(file));
        assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("built by another version of Entente (entente-store/1")
                && refused.getMessage().endsWith("convert its source to a store again"), refused.getMessage());
    }

    @Test
    void aStoreOfMoreSourcesThanAreKeptLooksUpThoseAWindowCites(@TempDir Path dir) throws IOException, EdtfException {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i <= StoreRecords.KEPT_SOURCES; i++) {
            sources.add(new Source("src-" + i, "Story " + i, null, null, null, null, Extras.NONE));
        }
        List<Event> events = new ArrayList<>();
        for (int day = 1; day <= 9; day++) {
            events.add(new Event("e" + day, "Event " + day, Edtf.parse("2020-03-0" + day), "meeting", null, null, List.of(),
                    Double.NaN, List.of(), List.of(), List.of(new Citation("src-" + day * 20_000, "quote " + day, null, 0)),
                    Extras.NONE));
        }
        Path file = dir.resolve("feed.duckdb");
        StoreWriter.write(file, new Dataset("A feed", null, sources, List.of(), events, List.of(), Extras.NONE));
        try (DuckStore store = DuckStore.open(file)) {
            assertTrue(store.stats().sources() > StoreRecords.KEPT_SOURCES);
            TimeWindow days = new TimeWindow(Edtf.parse("2020-03-02").start(), Edtf.parse("2020-03-05").start());
            Dataset records = store.records(days, 100).dataset();
            assertEquals(Set.of("src-40000", "src-60000", "src-80000"),
                    Set.copyOf(records.sources().stream().map(Source::id).toList()),
                    "the cited sources, looked up, and no others");
            assertEquals("Story 60000", records.source("src-60000").orElseThrow().title());
        }
    }

    @Test
    void aWriteThatFailsLeavesNoFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Dataset seed = Seed.load();
        Event first = seed.events().get(0);
        List<Event> events = new ArrayList<>(seed.events());
        events.add(new Event(first.id() + "-broken", first.title(), null, first.kind(), first.summary(), first.location(),
                first.participants(), first.tone(), first.codes(), first.tags(), first.citations(), first.extras()));
        Dataset broken = new Dataset(seed.title(), seed.description(), seed.sources(), seed.actors(), events,
                seed.relations(), seed.periods(), seed.extras());
        Path target = dir.resolve("broken.duckdb");
        assertThrows(RuntimeException.class, () -> StoreWriter.write(target, broken));
        assertFalse(Files.exists(target));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aCancelledWriteLeavesNothing(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("cancelled.duckdb");
        try (StoreWriter writer = StoreWriter.create(target)) {
            Seed.load().events().forEach(writer::event);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aWrittenStoreLeavesOnlyItsFileAndReopens(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("seed.duckdb");
        StoreWriter.write(target, Seed.load());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(target), left.toList());
        }
        try (DuckStore store = DuckStore.open(target)) {
            assertEquals(23, store.extent().events());
        }
    }

    /** Texts that would break a statement they were spliced into come back as written and filter as any text. */
    @Test
    void quotesAndSqlInTheDataAreOnlyEverData(@TempDir Path dir) throws IOException {
        Dataset seed = Seed.load();
        String hostile = "x'); DROP TABLE events; -- \\ \" %_";
        List<Event> events = new ArrayList<>();
        for (Event e : seed.events()) {
            events.add(new Event(e.id() + hostile, e.title() + hostile, e.when(), e.kind() + hostile, e.summary(),
                    e.location(), e.participants(), e.tone(), e.codes(), List.of("tag" + hostile), e.citations(), e.extras()));
        }
        Path target = dir.resolve("hostile.duckdb");
        StoreWriter.write(target, withEvents(seed, seed.title() + hostile, events));
        try (DuckStore store = DuckStore.open(target)) {
            assertEquals(23, store.extent().events());
            Event parade = events.stream().filter(e -> e.id().startsWith("ev-beijing-parade-2025")).findFirst().orElseThrow();
            assertEquals(parade, store.event(parade.id()).orElseThrow().event());
            TimeWindow all = new TimeWindow(store.extent().minStart(), store.extent().maxEnd());
            assertEquals(2, store.count(Filter.NONE.withEventKinds(Set.of("parade" + hostile)), all), "both parades");
            assertEquals(23, store.count(Filter.NONE.withTags(Set.of("tag" + hostile)), all));
            assertEquals(seed.title() + hostile, store.stats().title());
            assertTrue(store.search("drop table", 50).stream().anyMatch(hit -> hit.id().equals(parade.id())));
        }
    }

    /**
     * Texts come back as the UTF-8 bytes they were written as (read as bytes, not through the driver's text
     * decoding): letters with accents, Hangul and Han, an emoji outside the Basic Multilingual Plane and the
     * control characters JSON escapes, in every text of an event and its citations.
     */
    @Test
    void aWindowsRecordsReadBackEveryTextAsWritten(@TempDir Path dir) throws IOException {
        Dataset seed = Seed.load();
        String text = " Pyŏngyang 평양 北京 Brasília \uD83C\uDDF0\uD83C\uDDF5 «tab\tnew\nline»";
        List<Event> events = new ArrayList<>();
        for (Event e : seed.events()) {
            Location place = new Location("Place" + text, e.location() == null ? null : e.location().country(), Double.NaN,
                    Double.NaN);
            List<Citation> citations = e.citations().stream()
                    .map(c -> new Citation(c.source(), c.quote() + text, c.claimedWhen(), c.credibility())).toList();
            events.add(new Event(e.id() + "-ŏ", e.title() + text, e.when(), e.kind(), "Summary" + text, place,
                    e.participants(), e.tone(), e.codes(), e.tags(), citations, new Extras(Map.of("note", "x" + text))));
        }
        Path target = dir.resolve("texts.duckdb");
        StoreWriter.write(target, withEvents(seed, seed.title(), events));
        try (DuckStore store = DuckStore.open(target)) {
            TimeWindow all = new TimeWindow(store.extent().minStart(), store.extent().maxEnd());
            List<Event> read = store.records(all, 100).dataset().events();
            assertEquals(events.size(), read.size());
            for (Event written : events) {
                assertEquals(written, read.stream().filter(e -> e.id().equals(written.id())).findFirst().orElseThrow());
                assertEquals(written, store.event(written.id()).orElseThrow().event());
            }
        }
    }

    /**
     * The bound on a window's short events counts those that started days before it and end in it: an hour
     * of the seed's days, and events of up to a week, hold the ranged events ending then; a store that
     * fetched the hour's records without counting them, on a bound that left those out, could fetch more
     * than its limit.
     */
    @Test
    void theBoundOnShortEventsCountsThoseStartedBeforeTheWindow(@TempDir Path dir) throws IOException {
        Dataset seed = Seed.load();
        Path target = dir.resolve("seed.duckdb");
        StoreWriter.write(target, seed);
        MemoryStore memory = new MemoryStore(IndexedDataset.of(seed));
        long week = 7 * 86_400_000L;
        int checked = 0;
        try (DuckStore store = DuckStore.open(target)) {
            for (Event e : seed.events()) {
                long span = e.when().end() - e.when().start();
                if (span > 86_400_000L && span <= week) {
                    TimeWindow hour = new TimeWindow(e.when().end() - 3_600_000L, e.when().end());
                    int within = memory.records(hour, week, Integer.MAX_VALUE).events();
                    assertTrue(within >= 1 && store.startingAtMost(hour, week) >= within, e.id());
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "the seed has events of a few days");
    }

    /** The seed under another title with other events: its actors, sources, relations and periods kept. */
    private static Dataset withEvents(Dataset seed, String title, List<Event> events) {
        return new Dataset(title, seed.description(), seed.sources(), seed.actors(), events, seed.relations(),
                seed.periods(), seed.extras());
    }

    /** A question overtaken while its query runs stops soon after, instead of running to its end. */
    @Test
    void anOvertakenQuestionStopsItsQuery(@TempDir Path dir) throws Exception {
        try (DuckStore store = seedStore(dir)) {
            AtomicBoolean overtaken = new AtomicBoolean();
            CompletableFuture<Object> asked = CompletableFuture.supplyAsync(() -> store.unlessCancelled(overtaken::get, () -> {
                store.query(new Sql("SELECT count(*) FROM range(100000000000)"), row -> { });
                return "answered";
            }));
            Thread.sleep(300);
            assertFalse(asked.isDone(), "a query of a hundred billion rows is still running");
            long overtakenAt = System.nanoTime();
            overtaken.set(true);
            ExecutionException stopped = assertThrows(ExecutionException.class, () -> asked.get(10, TimeUnit.SECONDS));
            assertTrue(stopped.getCause() instanceof CancellationException, stopped::toString);
            assertTrue(System.nanoTime() - overtakenAt < TimeUnit.SECONDS.toNanos(2), "stopped within two seconds");
            assertEquals(23, store.extent().events(), "and the store still answers");
        }
    }

    /** A question overtaken while its answer's rows are read stops reading them, as DuckDB has finished its part. */
    @Test
    void anOvertakenQuestionStopsReadingItsRows(@TempDir Path dir) throws Exception {
        try (DuckStore store = seedStore(dir)) {
            AtomicBoolean overtaken = new AtomicBoolean();
            int[] read = {0};
            assertThrows(CancellationException.class, () -> store.unlessCancelled(overtaken::get, () -> {
                store.query(new Sql("SELECT range FROM range(200000)"), row -> {
                    read[0]++;
                    overtaken.set(true);
                });
                return "answered";
            }));
            assertTrue(read[0] <= 1_024, read[0] + " rows read after the question was overtaken");
            assertEquals(23, store.extent().events(), "and the store still answers");
        }
    }

    private static DuckStore seedStore(Path dir) throws IOException {
        Path target = dir.resolve("seed.duckdb");
        StoreWriter.write(target, Seed.load());
        return DuckStore.open(target);
    }

    @Test
    void aFileThatIsNotAStoreIsRefusedWithItsName(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("seed.json");
        Files.writeString(json, "{\"format\": \"entente/1\"}");
        IOException refused = assertThrows(IOException.class, () -> DuckStore.open(json));
        assertTrue(refused.getMessage().startsWith(json.toString()), refused.getMessage());
    }
}
