package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.entente.generate.GeneratorOptions;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The top pairs counted as candidates and moved by scrub steps ({@link StorePairs}) are the pairs the store in
 * memory counts, on a dataset of few actors, whose pairs are many enough a year for {@code pair_years} to tell
 * the candidates: windows cutting years, quarters and months, and scrubs forwards, backwards, growing and
 * shrinking. So are those of every pair kept for a window of few events, as a store of a million events keeps
 * a year's. Each engine's test extends it and says how it opens a store file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StorePairsMatchMemory {
    private static final long DAY = DayCounts.DAY;
    private static final int LIMIT = 4;

    private MemoryStore memory;
    private SqlStore store;
    private Extent extent;

    /** The store of a file {@link StoreWriter} wrote, on this test's engine. */
    protected abstract SqlStore open(Path store) throws IOException;

    @BeforeAll
    void openStores(@TempDir Path dir) throws IOException {
        Dataset dataset = StoreMatchesMemory.generated(dir, new GeneratorOptions(60_000, 24, 3));
        memory = new MemoryStore(IndexedDataset.of(dataset));
        StoreWriter.write(dir.resolve("generated.duckdb"), dataset);
        store = open(dir.resolve("generated.duckdb"));
        extent = memory.extent();
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void candidatesOfWindowsCuttingYearsAndMonthsAreTheTopPairs() {
        store.keepEveryPairUpTo(0);
        SplittableRandom random = new SplittableRandom(17);
        for (int trial = 0; trial < 16; trial++) {
            TimeWindow window = window(random, 400 + random.nextInt(700));
            store.forgetPairs();
            assertSame(window);
            assertNotNull(store.keptPairs(), () -> "counted as candidates: " + window);
        }
    }

    @Test
    void scrubStepsMoveTheCountsAndStayTheTopPairs() {
        store.keepEveryPairUpTo(0);
        SplittableRandom random = new SplittableRandom(23);
        for (int scrub = 0; scrub < 4; scrub++) {
            TimeWindow window = window(random, 365);
            store.forgetPairs();
            assertSame(window);
            int moved = 0;
            int candidatesOnly = 0;
            for (int step = 0; step < 25; step++) {
                long start = window.start() + (random.nextInt(41) - 20) * DAY + random.nextInt(86_400_000);
                long end = step % 5 == 0 ? window.end() + (random.nextInt(21) - 10) * DAY : start + window.end() - window.start();
                window = new TimeWindow(start, end);
                StorePairs.Tally before = store.keptPairs();
                assertSame(window);
                StorePairs.Tally after = store.keptPairs();
                if (before != null && after != null && after != before && after.window().equals(window)) {
                    moved++;
                    if (after.bounded()) {
                        candidatesOnly++;
                    }
                }
            }
            assertTrue(moved > 15, "most steps are moved rather than counted again: " + moved);
            assertTrue(candidatesOnly > 5, "steps within the candidates' years count only theirs: " + candidatesOnly);
        }
    }

    /** Steps whose ends fall at midnight, where the generated events start and end: an event on an edge is counted once. */
    @Test
    void scrubStepsWithEndsAtMidnightCountTheEventsOnTheirEdgesOnce() {
        store.keepEveryPairUpTo(0);
        SplittableRandom random = new SplittableRandom(29);
        TimeWindow first = window(random, 365);
        TimeWindow window = new TimeWindow(Math.floorDiv(first.start(), DAY) * DAY, Math.floorDiv(first.end(), DAY) * DAY);
        store.forgetPairs();
        assertSame(window);
        int moved = 0;
        for (int step = 0; step < 20; step++) {
            long days = (random.nextInt(21) - 10) * DAY;
            window = new TimeWindow(window.start() + days, window.end() + days);
            StorePairs.Tally before = store.keptPairs();
            assertSame(window);
            if (before != null && store.keptPairs() != before && store.keptPairs().window().equals(window)) {
                moved++;
            }
        }
        assertTrue(moved > 10, "most steps are moved rather than counted again: " + moved);
    }

    /**
     * A window of few events keeps every pair, and each step moves them all: the top pairs, and all of them
     * when fewer than asked for, are the memory's, and the pairs kept are those with events in the window. A
     * year holds nearly every pair of the dataset's actors; a fortnight's pairs come and go at each step.
     */
    @Test
    void everyPairOfAWindowOfFewEventsIsKeptAndMovedByEachStep() {
        store.keepEveryPairUpTo(Integer.MAX_VALUE);
        SplittableRandom random = new SplittableRandom(31);
        for (int days : new int[] {365, 14}) {
            TimeWindow window = window(random, days);
            store.forgetPairs();
            int moved = 0;
            int fewest = Integer.MAX_VALUE;
            int most = 0;
            for (int step = 0; step < 40; step++) {
                StorePairs.Tally before = store.keptPairs();
                assertSame(window);
                StorePairs.Tally after = store.keptPairs();
                String asked = window.toString();
                assertTrue(after.everyPair(), "every pair kept: " + asked);
                int pairs = memory.pairs(Filter.NONE, window, Integer.MAX_VALUE).size();
                assertEquals(pairs, after.counts().size(), () -> "only the pairs with events in " + asked);
                fewest = Math.min(fewest, pairs);
                most = Math.max(most, pairs);
                if (before != null && after != before) {
                    moved++;
                }
                int reach = Math.min(20, days / 2);
                long start = window.start() + (random.nextInt(2 * reach + 1) - reach) * DAY + random.nextInt(86_400_000);
                long end = step % 5 == 0 ? window.end() + (random.nextInt(2 * reach + 1) - reach) * DAY
                        : start + window.end() - window.start();
                window = new TimeWindow(start, Math.max(start + DAY, end));
            }
            assertTrue(moved > 30, "most steps are moved rather than counted again: " + moved);
            if (days < 30) {
                assertTrue(fewest < most, "pairs come and go: " + fewest + " to " + most);
            }
        }
    }

    /** Windows of many events count their candidates; the others keep every pair, each as the memory counts them. */
    @Test
    void onlyWindowsOfFewEventsKeepEveryPair() {
        SplittableRandom random = new SplittableRandom(37);
        TimeWindow few = window(random, 30);
        int events = memory.count(Filter.NONE, few);
        store.keepEveryPairUpTo(events);
        store.forgetPairs();
        assertSame(few);
        assertTrue(store.keptPairs().everyPair(), few::toString);
        TimeWindow many = window(random, 700);
        store.forgetPairs();
        assertSame(many);
        assertNotNull(store.keptPairs(), many::toString);
        assertTrue(!store.keptPairs().everyPair() && store.keptPairs().counts().size() < 276,
                () -> "the candidates of " + many + ": " + store.keptPairs().counts().size());
    }

    private void assertSame(TimeWindow window) {
        assertSame(window, LIMIT);
        assertSame(window, 1_000);
    }

    private void assertSame(TimeWindow window, int limit) {
        List<PairRow> expected = memory.pairs(Filter.NONE, window, limit);
        assertEquals(expected, Tones.pairsLike(expected, store.pairs(Filter.NONE, window, limit)), window::toString);
    }

    /** A window of about {@code days} days starting anywhere but the dataset's last years, at any time of day. */
    private TimeWindow window(SplittableRandom random, int days) {
        long span = extent.maxEnd() - extent.minStart() - 4 * 365 * DAY;
        long start = extent.minStart() + 365 * DAY + (long) (random.nextDouble() * span);
        return new TimeWindow(start, start + days * DAY + random.nextInt(86_400_000));
    }
}
