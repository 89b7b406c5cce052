package org.entente.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.generate.GeneratedDatasets;
import org.entente.generate.GeneratorOptions;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.network.GraphSpan;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.store.EventQuery;
import org.entente.store.EventRow;
import org.entente.store.EventSort;
import org.entente.store.ObservedStore;
import org.entente.store.EventStore;
import org.entente.store.MemoryStore;
import org.entente.store.Records;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lens as a user meets it through the views: a store opens on counts alone, zooming in to a window of
 * few enough events brings every one of them in full, a window of too many brings the graph's time
 * instead, and opening another dataset closes the store. Jobs run at once, so each step's answer is there
 * when the step returns.
 */
class StoreLensTest {
    private static final int LIMIT = 400;
    private static final long DAY = 86_400_000L;
    private static IndexedDataset generated;

    @BeforeAll
    static void generate() throws IOException {
        generated = GeneratedDatasets.inMemory(new GeneratorOptions(4_000, 150, 11));
    }

    private static ViewState showing(EventStore store) {
        ViewState state = new ViewState();
        new StoreLens(state, Runnable::run, Runnable::run, LIMIT);
        Records head = store.records(new TimeWindow(store.extent().minStart(), store.extent().maxEnd()), 0);
        state.show(store, head.dataset());
        return state;
    }

    @Test
    void theWholeStoreIsCountsAndAWindowOfFewEventsComesInFull() {
        MemoryStore store = new MemoryStore(generated);
        ViewState state = showing(store);
        assertFalse(state.holdsRecordsOf(state.getWindow()), "four thousand events are more than the limit");
        TimeWindow week = weekOf(store);
        state.setWindow(week);
        assertTrue(state.holdsRecordsOf(week));
        assertFalse(state.isRecordsComing());
        Set<String> held = new HashSet<>(state.getDataset().dataset().events().stream().map(Event::id).toList());
        int inWeek = store.count(Filter.NONE, week);
        assertTrue(inWeek > 0);
        assertTrue(held.size() >= inWeek);
        for (EventRow row : store.events(new EventQuery(Filter.NONE, week, EventSort.DATE, true, 0, Integer.MAX_VALUE)).rows()) {
            assertTrue(held.contains(row.id()), row.id());
        }
        assertEquals(store.stats(), state.getDataset().stats(), "colours and counts stay the store's");
        state.setGraphSpan(GraphSpan.WEEK);
        state.setCursor(week.end() + 400 * DAY);
        assertTrue(state.holdsRecordsOf(week), "the timeline's window comes first");
        assertTrue(StoreLens.notice(state, state.getGraphWindow()).contains("outside"), "the graph's time is elsewhere");
    }

    @Test
    void theWindowItselfComesFirstAndItsSurroundingsAfterShowRecordsWithoutAsking() {
        List<TimeWindow> asked = new ArrayList<>();
        EventStore store = askingRecords(new MemoryStore(generated), asked);
        ViewState state = showing(store);
        TimeWindow week = weekOf(store);
        asked.clear();
        state.setWindow(week);
        assertEquals(week, asked.get(0), "the store is asked for the window on show, not a wider one");
        assertEquals(week, state.getRecordsWindow(), "the window's own records are shown");
        assertEquals(2, asked.size(), "then its surroundings, kept aside: " + asked);
        assertTrue(asked.get(1).covers(week) && asked.get(1).span() == 2 * week.span(), asked.get(1).toString());
        TimeWindow later = new TimeWindow(week.start() + 3 * DAY, week.end() + 3 * DAY);
        state.setWindow(later);
        assertTrue(state.holdsRecordsOf(later), "panning within the surroundings shows their records");
        assertEquals(asked.get(1), state.getRecordsWindow());
        assertTrue(asked.size() == 3 && asked.get(2).covers(later) && asked.get(2).span() == 2 * later.span(),
                "nothing is asked before they show, only the surroundings of the new window after: " + asked);
        Set<String> held = new HashSet<>(state.getDataset().dataset().events().stream().map(Event::id).toList());
        for (EventRow row : store.events(new EventQuery(Filter.NONE, later, EventSort.DATE, true, 0, Integer.MAX_VALUE)).rows()) {
            assertTrue(held.contains(row.id()), row.id());
        }
    }

    /**
     * In the app the surroundings are asked a quarter of a second after the answer shows, once its frame is
     * drawn, and a window moved meanwhile asks its own records first and the old window's surroundings never.
     */
    @Test
    void theSurroundingsWaitForTheFrameAndAMoveMeanwhileDropsThem() throws InterruptedException {
        List<TimeWindow> asked = Collections.synchronizedList(new ArrayList<>());
        EventStore store = askingRecords(new MemoryStore(generated), asked);
        BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        ViewState state = new ViewState();
        new StoreLens(state, Runnable::run, StoreLens.afterTheFrame(Runnable::run), ui::add, LIMIT, LIMIT);
        state.show(store, store.records(new TimeWindow(store.extent().minStart(), store.extent().maxEnd()), 0).dataset());
        drain(ui);
        TimeWindow week = weekOf(store);
        TimeWindow later = new TimeWindow(week.start() + 30 * DAY, week.end() + 30 * DAY);
        asked.clear();
        long shown = System.nanoTime();
        state.setWindow(week);
        drain(ui);
        assertEquals(List.of(week), asked, "the window's own records, and nothing more yet");
        assertTrue(state.holdsRecordsOf(week));
        state.setWindow(later);
        drain(ui);
        assertEquals(List.of(week, later), asked);
        ui.take().run();
        assertTrue(System.nanoTime() - shown >= 250_000_000L, "the surroundings wait a quarter of a second");
        assertEquals(3, asked.size(), asked::toString);
        assertTrue(asked.get(2).covers(later) && !asked.get(2).covers(week), "the later window's surroundings only: " + asked);
        Thread.sleep(400);
        drain(ui);
        assertEquals(3, asked.size(), "the first window's surroundings are never asked: " + asked);
    }

    /**
     * A window of more events than a first page shows its most cited at once, says that the rest are
     * coming, and then shows them all; a window moved before they come drops them.
     */
    @Test
    void aBusyWindowShowsItsMostCitedFirstAndAllOfThemAfter() {
        List<TimeWindow> asked = Collections.synchronizedList(new ArrayList<>());
        MemoryStore memory = new MemoryStore(generated);
        EventStore store = askingRecords(memory, asked);
        BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
        ViewState state = new ViewState();
        int first = 10;
        new StoreLens(state, Runnable::run, Runnable::run, ui::add, LIMIT, first);
        state.show(store, store.records(new TimeWindow(store.extent().minStart(), store.extent().maxEnd()), 0).dataset());
        drain(ui);
        TimeWindow week = weekOf(store);
        int inWeek = store.count(Filter.NONE, week);
        assertTrue(inWeek > first, "the week holds " + inWeek);
        state.setWindow(week);
        ui.remove().run();
        assertTrue(state.holdsRecordsOf(week), "the first page is shown");
        assertTrue(state.getRecordsCover().isFirstPage());
        assertEquals(ids(memory.records(week, Long.MAX_VALUE, LIMIT, first).dataset().events()), ids(state.getDataset()
                .dataset().events()), "the week's most cited events");
        assertTrue(state.isRecordsComing());
        assertEquals("Shown first: the 10 most cited of the " + inWeek + " events of this time; the rest are coming\u2026",
                StoreLens.partial(state, week));
        assertNull(StoreLens.notice(state, week), "the views show the page");
        ui.remove().run();
        assertTrue(state.getRecordsCover().isWhole(), "then all of them");
        assertEquals(ids(memory.records(week, LIMIT).dataset().events()), ids(state.getDataset().dataset().events()));
        assertFalse(state.isRecordsComing());
        assertNull(StoreLens.partial(state, week));
        drain(ui);
        TimeWindow later = new TimeWindow(week.start() + 300 * DAY, week.end() + 300 * DAY);
        TimeWindow further = new TimeWindow(later.start() + 300 * DAY, later.end() + 300 * DAY);
        assertTrue(store.count(Filter.NONE, later) > first && store.count(Filter.NONE, further) > first);
        state.setWindow(later);
        ui.remove().run();
        assertTrue(state.getRecordsCover().isFirstPage());
        asked.clear();
        state.setWindow(further);
        drain(ui);
        assertEquals(List.of(further, further), asked.subList(0, 2), "the new window's page and rest: " + asked);
        assertEquals(3, asked.size(), "then its surroundings, all at once: " + asked);
        assertEquals(RecordsCover.whole(further), state.getRecordsCover(), "the later window's rest never shows");
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    /** A store that answers as {@code inner} and notes the window of each question for records. */
    private static EventStore askingRecords(EventStore inner, List<TimeWindow> asked) {
        return ObservedStore.of(inner, (method, args) -> {
            if (method.getName().equals("records")) {
                asked.add((TimeWindow) args[0]);
            }
        });
    }

    private static void drain(BlockingQueue<Runnable> ui) {
        for (Runnable task = ui.poll(); task != null; task = ui.poll()) {
            task.run();
        }
    }

    @Test
    void aWindowOfTooManyBringsTheGraphsTimeAndGivesWayWhenThatIsTooMany() {
        MemoryStore store = new MemoryStore(generated);
        ViewState state = showing(store);
        state.setGraphSpan(GraphSpan.WEEK);
        state.setCursor(weekOf(store).start() + 3 * DAY);
        TimeWindow graph = state.getGraphWindow();
        assertNotNull(state.getRecordsWindow(), "the graph's week is few enough");
        assertTrue(state.getRecordsWindow().covers(graph));
        assertFalse(state.holdsRecordsOf(state.getWindow()));
        assertFalse(state.getDataset().dataset().events().isEmpty());
        assertNull(StoreLens.notice(state, graph), "the graph shows its time");
        assertTrue(StoreLens.notice(state, state.getWindow()).contains("more events than the store fetches"),
                "the table does not show its window, whose records are too many");
        state.setGraphSpan(GraphSpan.FIVE_YEARS);
        assertNull(state.getRecordsWindow(), "five years either side hold too many");
        assertTrue(state.getDataset().dataset().events().isEmpty(), "no part is shown as if it were all");
        assertTrue(StoreLens.notice(state, state.getGraphWindow()).contains("more events than the store fetches"));
        state.show(generated);
        assertNull(StoreLens.notice(state, state.getWindow()), "a dataset in memory shows all its time");
    }

    @Test
    void aTimeCrossedByTooManyLongEventsShowsTheEventsHappeningWithinIt() throws EdtfException {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            events.add(event("long" + i, (2000 + i % 5) + "/" + (2008 + i % 3)));
        }
        for (int day = 1; day <= 28; day++) {
            events.add(event("feb" + day, String.format("2005-02-%02d", day)));
        }
        events.add(event("fortnight", "2005-02-03/2005-02-17"));
        MemoryStore store = new MemoryStore(IndexedDataset.of(new Dataset("Long and short", null, List.of(), List.of(),
                events, List.of(), Extras.NONE)));
        ViewState state = showing(store);
        TimeWindow week = new TimeWindow(Edtf.parse("2005-02-10").start(), Edtf.parse("2005-02-17").start());
        state.setWindow(week);
        assertTrue(state.holdsRecordsOf(week), "the week's own events are few enough");
        RecordsCover cover = state.getRecordsCover();
        assertFalse(cover.isWhole());
        assertEquals(week.span(), cover.longest());
        Set<String> held = new HashSet<>(state.getDataset().dataset().events().stream().map(Event::id).toList());
        assertTrue(held.containsAll(Set.of("feb10", "feb11", "feb16")), held.toString());
        assertFalse(held.contains("fortnight"), "two weeks last longer than the week");
        assertTrue(held.stream().noneMatch(id -> id.startsWith("long")), "no long event is fetched");
        assertTrue(cover.longer() >= 600, "the long ones are counted: " + cover.longer());
        String partial = StoreLens.partial(state, week);
        assertTrue(partial.contains("lasting 7 days or less") && partial.contains("601"),
                "the long ones and the fortnight: " + partial);
        assertNull(StoreLens.notice(state, week), "the views show the week's events");
        TimeWindow day = new TimeWindow(week.start() + DAY, week.start() + 2 * DAY);
        state.setWindow(day);
        assertEquals(cover, state.getRecordsCover(), "a day within the week holds too many in all: the week's stay");
        state.setWindow(new TimeWindow(Edtf.parse("1995").start(), Edtf.parse("2015").start()));
        assertNull(state.getRecordsCover(), "twenty years' events are too many, long or short");
        assertTrue(state.getDataset().dataset().events().isEmpty());
        assertNull(StoreLens.partial(state, state.getWindow()));
    }

    private static Event event(String id, String when) throws EdtfException {
        return new Event(id, id, Edtf.parse(when), "meeting", null, null, List.of(), Double.NaN, List.of(), List.of(),
                List.of(), Extras.NONE);
    }

    @Test
    void anotherDatasetClosesTheStore() {
        AtomicInteger closed = new AtomicInteger();
        MemoryStore memory = new MemoryStore(generated);
        EventStore store = ObservedStore.counting(memory, "close", closed);
        ViewState state = showing(store);
        state.show(generated);
        assertEquals(1, closed.get());
        assertNull(state.getStore());
        assertTrue(state.holdsRecordsOf(state.getWindow()), "a dataset in memory holds all its events");
    }

    /** A week in the middle of the store, which holds some of its events but far fewer than the limit. */
    private static TimeWindow weekOf(EventStore store) {
        long middle = store.extent().minStart() + (store.extent().maxEnd() - store.extent().minStart()) / 2;
        long start = Math.floorDiv(middle, DAY) * DAY;
        TimeWindow week = new TimeWindow(start, start + 7 * DAY);
        assertTrue(store.count(Filter.NONE, week) * 2 <= LIMIT, "the week holds " + store.count(Filter.NONE, week));
        return week;
    }
}
