package org.entente.places;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;

/** The open-addressing map against a HashMap, through puts and removals that leave long probe runs. */
class LongIntMapTest {
    private static int seed;

    @RepeatedTest(5)
    void agreesWithAHashMapThroughPutsAndRemovals() {
        Random random = new Random(seed++);
        LongIntMap map = new LongIntMap();
        Map<Long, Integer> expected = new HashMap<>();
        // Few distinct keys among many operations: the map fills, empties and collides.
        long range = 1 + random.nextInt(2_000);
        for (int op = 0; op < 50_000; op++) {
            long key = random.nextBoolean() ? random.nextLong(range) : random.nextLong(range) << 32;
            if (random.nextInt(3) == 0) {
                map.remove(key);
                expected.remove(key);
            } else {
                int value = random.nextInt(1_000_000);
                map.put(key, value);
                expected.put(key, value);
            }
            assertEquals(expected.size(), map.size());
        }
        for (long key = 0; key < range; key++) {
            assertEquals(expected.getOrDefault(key, LongIntMap.ABSENT), map.get(key), "key " + key);
            assertEquals(expected.getOrDefault(key << 32, LongIntMap.ABSENT), map.get(key << 32), "key " + key + " << 32");
        }
        map.clear();
        assertEquals(0, map.size());
        assertEquals(LongIntMap.ABSENT, map.get(0));
    }
}
