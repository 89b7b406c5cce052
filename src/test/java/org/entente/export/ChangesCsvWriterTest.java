package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.network.PairIndex;
import org.entente.network.PeriodComparison;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangesCsvWriterTest {
    private static final long DAY = 86_400_000L;

    private static TimeWindow month(int month) {
        return new TimeWindow(LocalDate.of(2025, month, 1).toEpochDay() * DAY,
                LocalDate.of(2025, month + 1, 1).toEpochDay() * DAY);
    }

    @Test
    void everyTieOfEitherPeriodIsARowTheMostChangedFirst(@TempDir Path dir) throws IOException {
        IndexedDataset seed = IndexedDataset.of(new DatasetLoader(LoadMode.STRICT)
                .load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow());
        PeriodComparison compared = PeriodComparison.of(PairIndex.of(seed.dataset(), Filter.NONE), seed.time(),
                month(9), month(10));
        Path csv = dir.resolve("changes.csv");

        ChangesCsvWriter.write(compared, seed.dataset(), csv);

        List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(String.join(",", ChangesCsvWriter.HEADER), lines.get(0));
        assertEquals(compared.ties().size() + 1, lines.size());
        assertEquals("2025-09-01,2025-09-30,2025-10-01,2025-10-31,chn,China,rus,Russia,stronger,2,4,-1,2.333", lines.get(1),
                "China and Russia, the largest change; numbers bare, so that a spreadsheet sums them");
        assertTrue(lines.contains("2025-09-01,2025-09-30,2025-10-01,2025-10-31,kim-jong-un,Kim Jong Un,li-qiang,Li Qiang,"
                + "appeared,0,1,,4"), "no tone in A is an empty cell");
    }
}
