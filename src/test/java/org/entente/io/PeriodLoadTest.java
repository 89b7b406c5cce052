package org.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.model.Dataset;
import org.entente.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodLoadTest {
    @TempDir
    Path dir;

    private LoadResult load(String periods, LoadMode mode) throws IOException {
        Path file = Files.writeString(dir.resolve("periods.json"), """
                {"format": "entente/1", "title": "T",
                 "periods": [%s]}
                """.formatted(periods));
        return new DatasetLoader(mode).load(file);
    }

    @Test
    void periodsAreReadWithTheirDatesAndUnknownFields() throws IOException {
        LoadResult result = load("""
                {"id": "cold-war", "title": "Cold War", "when": "1947/1991", "colour": "blue"},
                {"id": "now", "title": "Since 2011", "when": "2011/..", "colour": "red"},
                {"id": "y", "title": "A year", "when": "-0499"}
                """, LoadMode.STRICT);

        assertEquals(0, result.errorCount(), result.problems()::toString);
        assertEquals(1, result.problems().size(), "one warning for the unknown field, not one per period");
        assertTrue(result.problems().get(0).message().startsWith("unknown field \"colour\" in a period"));
        Dataset d = result.dataset().orElseThrow();
        assertEquals(List.of("cold-war", "now", "y"), d.periods().stream().map(Period::id).toList());
        Period coldWar = d.periods().get(0);
        assertEquals("Cold War", coldWar.title());
        assertEquals("1947/1991", coldWar.when().text());
        assertEquals("\"blue\"", coldWar.extras().fields().get("colour"));
        assertTrue(d.periods().get(1).when().openEnd());
    }

    @Test
    void aPeriodWithoutTitleOrWithADuplicateIdIsAnErrorAtItsPath() throws IOException {
        LoadResult result = load("""
                {"id": "p", "title": "First", "when": "2020"},
                {"id": "p", "title": "Again", "when": "2021"},
                {"id": "q", "when": "2022"}
                """, LoadMode.LENIENT);

        assertEquals(List.of("/periods/1/id", "/periods/2"),
                result.problems().stream().map(Problem::path).toList());
        assertTrue(result.problems().get(0).message().startsWith("duplicate id \"p\": an earlier period has it"));
        assertTrue(result.problems().get(1).message().startsWith("missing required field \"title\": a period needs"));
        assertEquals(List.of("p"), result.dataset().orElseThrow().periods().stream().map(Period::id).toList());
        assertEquals(2, result.skippedRecords());
    }
}
