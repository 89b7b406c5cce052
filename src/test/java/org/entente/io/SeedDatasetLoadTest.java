package org.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedDatasetLoadTest {
    @Test
    void theSeedDatasetLoadsWithZeroProblems() {
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json"));

        assertEquals(List.of(), result.problems());
        assertEquals(0, result.skippedRecords());
        result.dataset().orElseThrow();
    }
}
