package org.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.time.Precision;
import org.junit.jupiter.api.Test;

class DatasetStatsTest {
    @Test
    void theFinestPrecisionIsThatOfTheMostPreciseDate() {
        Dataset seed = new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json"))
                .dataset().orElseThrow();

        assertEquals(Precision.DAY, DatasetStats.of(seed).finest(), "the seed is dated to the day at best");
    }

    @Test
    void withoutEventsNothingIsCapped() {
        Dataset empty = new Dataset("empty", "", List.of(), List.of(), List.of(), List.of(), Extras.NONE);

        assertEquals(Precision.MILLISECOND, DatasetStats.of(empty).finest());
    }
}
