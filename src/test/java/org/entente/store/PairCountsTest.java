package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The pairs' counts of a scrub hold what a map of the same steps holds, through growth, removals and copies. */
class PairCountsTest {
    @Test
    void stepsAddingAndTakingCountsHoldWhatAMapHolds() {
        SplittableRandom random = new SplittableRandom(41);
        PairCounts counts = new PairCounts();
        Map<Long, int[]> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            // Few actors, so that keys collide and removals shift runs of slots back.
            int x = random.nextInt(60);
            int y = x + 1 + random.nextInt(60);
            long key = ((long) x << 32) | y;
            int[] held = expected.get(key);
            boolean take = held != null && random.nextInt(3) == 0;
            int events = take ? held[0] - random.nextInt(held[0]) : 1 + random.nextInt(3);
            counts.add(x, y, take ? -1 : 1, events, events * 0.5, events, events / 2);
            int left = (held == null ? 0 : held[0]) + (take ? -events : events);
            if (left == 0) {
                expected.remove(key);
            } else {
                expected.put(key, new int[] {left});
            }
            if (step % 20_000 == 0) {
                PairCounts copy = counts.copy();
                copy.add(200, 201, 1, 5, 0, 0, 0);
                assertEquals(expected.size() + 1, copy.size(), "a copy's changes are its own");
                assertHolds(expected, counts);
            }
        }
        assertHolds(expected, counts);
    }

    private static void assertHolds(Map<Long, int[]> expected, PairCounts counts) {
        assertEquals(expected.size(), counts.size());
        Map<Long, Integer> held = new HashMap<>();
        counts.forEach((x, y, events, toneSum, tones, weak) -> {
            held.put(((long) x << 32) | y, events);
            assertEquals(events * 0.5, toneSum, 1e-6);
            assertEquals(events, tones);
        });
        Map<Long, Integer> want = new HashMap<>();
        expected.forEach((key, value) -> want.put(key, value[0]));
        assertEquals(want, held);
    }
}
