package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventIdsTest {
    @Test
    void anIdIsNewOnceWhetherIdsComeInSequenceOrScattered() {
        EventIds ids = new EventIds();
        Set<Long> expected = new HashSet<>();
        Random random = new Random(16);
        for (int i = 0; i < 300_000; i++) {
            long id = switch (random.nextInt(4)) {
                case 0 -> 1_000_000_000L + i;
                case 1 -> 1_000_000_000L + random.nextInt(i + 1);
                case 2 -> random.nextLong();
                default -> random.nextInt(200) - 100;
            };
            assertEquals(expected.add(id), ids.add(id), "id " + id);
        }
    }
}
