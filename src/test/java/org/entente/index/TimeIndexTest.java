package org.entente.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Checks every answer of the index against a brute-force scan of the same spans. */
class TimeIndexTest {
    private static final long YEAR = 365L * 86_400_000L;
    private static final long T0 = 946_684_800_000L;

    /** Points, short and long ranges, ties, bursts and open ends, as real event data has them. */
    private static long[][] randomSpans(Random random, int n) {
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            long start = random.nextInt(10) == 0 ? T0 + 5 * YEAR + random.nextInt(86_400_000)
                    : T0 + (long) (random.nextDouble() * 30 * YEAR);
            long length = switch (random.nextInt(5)) {
                case 0 -> 1;
                case 1 -> 86_400_000L;
                case 2 -> (long) (random.nextDouble() * YEAR);
                case 3 -> (long) (random.nextDouble() * 10 * YEAR);
                default -> random.nextInt(1000) + 1;
            };
            starts[i] = random.nextInt(200) == 0 ? Long.MIN_VALUE : start;
            ends[i] = random.nextInt(200) == 0 ? Long.MAX_VALUE : start + length;
        }
        return new long[][] {starts, ends};
    }

    private static List<Integer> bruteOverlapping(long[] s, long[] e, long t0, long t1) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            if (s[i] < t1 && Math.max(e[i], s[i]) > t0) {
                hits.add(i);
            }
        }
        hits.sort((a, b) -> s[a] != s[b] ? Long.compare(s[a], s[b]) : Integer.compare(a, b));
        return hits;
    }

    @RepeatedTest(20)
    void overlapQueriesMatchABruteForceScan() {
        Random random = new Random(System.nanoTime());
        int n = 1 + random.nextInt(3000);
        long[][] spans = randomSpans(random, n);
        TimeIndex index = TimeIndex.of(spans[0], spans[1]);
        IntList out = new IntList();
        for (int q = 0; q < 200; q++) {
            long a = T0 - YEAR + (long) (random.nextDouble() * 32 * YEAR);
            long b = a + (long) (random.nextDouble() * (random.nextBoolean() ? 86_400_000L : 5 * YEAR)) + 1;
            out.clear();
            int added = index.overlapping(a, b, out);
            List<Integer> expected = bruteOverlapping(spans[0], spans[1], a, b);
            assertEquals(expected.size(), added);
            List<Integer> actual = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                actual.add(out.get(i));
            }
            assertEquals(expected, actual, "hits in start order for [" + a + ", " + b + ")");
            assertEquals(expected.size(), index.countOverlapping(a, b));
        }
    }

    @RepeatedTest(10)
    void densityCountsMatchABruteForceCountPerBin() {
        Random random = new Random(System.nanoTime());
        long[][] spans = randomSpans(random, 1 + random.nextInt(2000));
        TimeIndex index = TimeIndex.of(spans[0], spans[1]);
        for (int q = 0; q < 20; q++) {
            long a = T0 - YEAR + (long) (random.nextDouble() * 32 * YEAR);
            long b = a + (long) (random.nextDouble() * 40 * YEAR) + 100;
            int[] counts = new int[1 + random.nextInt(300)];
            index.density(a, b, counts);
            double width = ((double) b - a) / counts.length;
            long edge = a;
            for (int i = 0; i < counts.length; i++) {
                long next = i == counts.length - 1 ? b : a + Math.round(width * (i + 1));
                assertEquals(bruteOverlapping(spans[0], spans[1], edge, next).size(), counts[i], "bin " + i);
                edge = next;
            }
        }
    }

    @RepeatedTest(5)
    void eventsCanBeWalkedInOrderOfTheirEnds() {
        Random random = new Random(System.nanoTime());
        long[][] spans = randomSpans(random, 1 + random.nextInt(500));
        TimeIndex index = TimeIndex.of(spans[0], spans[1]);
        long t = T0 + (long) (random.nextDouble() * 30 * YEAR);
        int first = index.firstEndingAfter(t);
        for (int r = 0; r < index.size(); r++) {
            int position = index.eventByEndRank(r);
            long end = Math.max(spans[1][position], spans[0][position]);
            assertEquals(end, index.endByEndRank(r));
            assertEquals(r >= first, end > t, "rank " + r);
            assertTrue(r == 0 || index.endByEndRank(r - 1) <= end);
        }
        int starting = index.firstStartingAtOrAfter(t);
        assertTrue(starting == index.size() || index.startAt(starting) >= t);
        assertTrue(starting == 0 || index.startAt(starting - 1) < t);
    }

    @Test
    void rangedEventsAreFoundFromInsideTheirSpan() {
        long[] starts = {0, 10, 20, 1_000};
        long[] ends = {5_000, 11, 21, 1_001};
        TimeIndex index = TimeIndex.of(starts, ends);
        IntList out = new IntList();

        index.overlapping(2_000, 2_001, out);

        assertArrayEquals(new int[] {0}, out.toArray(), "a long range covers a window that starts long after it");
    }

    @Test
    void steppingFindsTheNeighbouringEventStarts() {
        TimeIndex index = TimeIndex.of(new long[] {30, 10, 20, 20}, new long[] {31, 11, 21, 22});

        assertEquals(10, index.startAt(index.firstStartingAfter(0)));
        assertEquals(30, index.startAt(index.firstStartingAfter(20)));
        assertEquals(-1, index.firstStartingAfter(30));
        assertEquals(20, index.startAt(index.lastStartingBefore(30)));
        assertEquals(-1, index.lastStartingBefore(10));
        assertEquals(1, index.eventAt(0), "rank 0 is the earliest event, at position 1 in the dataset");
    }

    @Test
    void anEmptyIndexAnswersNothing() {
        TimeIndex index = TimeIndex.of(new long[0], new long[0]);
        int[] counts = new int[4];
        index.density(0, 100, counts);
        assertArrayEquals(new int[4], counts);
        assertEquals(0, index.overlapping(0, 100, new IntList()));
        assertEquals(-1, index.firstStartingAfter(0));
    }

    @Test
    void aSubsetIndexReportsTheEventsDatasetPositions() {
        org.entente.model.Dataset d = new org.entente.io.DatasetLoader(org.entente.io.LoadMode.STRICT)
                .load(java.nio.file.Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow();
        IntList some = new IntList();
        some.add(d.eventPosition("ev-korean-war"));
        some.add(d.eventPosition("ev-li-qiang-visit-2025"));
        TimeIndex subset = TimeIndex.of(d.events(), some);

        IntList out = new IntList();
        subset.overlapping(Long.MIN_VALUE + 1, Long.MAX_VALUE, out);

        assertArrayEquals(new int[] {d.eventPosition("ev-korean-war"), d.eventPosition("ev-li-qiang-visit-2025")},
                out.toArray());
    }
}
