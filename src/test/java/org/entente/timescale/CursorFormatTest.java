package org.entente.timescale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.entente.time.Precision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cursor's date at 11:16:42 on 31 Dec 2024, by the zoom (ms per pixel) and by the data's finest precision. */
class CursorFormatTest {
    private static final long T = LocalDateTime.parse("2024-12-31T11:16:42").toInstant(ZoneOffset.UTC).toEpochMilli();

    @ParameterizedTest(name = "{1} ms/px on {2} data: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            31 Dec 2024 11:16:42 UTC | 100         | MILLISECOND
            31 Dec 2024 11:16 UTC    | 60000       | SECOND
            31 Dec 2024              | 3600000     | SECOND
            Dec 2024                 | 259200000   | SECOND
            2024                     | 5184000000  | SECOND
            31 Dec 2024              | 100         | DAY
            31 Dec 2024              | 60000       | DAY
            Dec 2024                 | 259200000   | DAY
            2024                     | 5184000000  | DAY
            31 Dec 2024 11:00 UTC    | 100         | HOUR
            Dec 2024                 | 100         | MONTH
            Dec 2024                 | 100         | SEASON
            2024                     | 100         | YEAR
            2024                     | 100         | CENTURY
            """)
    void theCoarserOfTheZoomAndTheDataDecides(String expected, double millisPerPixel, Precision finest) {
        assertEquals(expected, CursorFormat.format(T, millisPerPixel, finest));
    }
}
