package org.entente.timescale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.entente.time.Precision;
import org.junit.jupiter.api.Test;

class CursorFormatTest {
    private static final long T = LocalDateTime.parse("2024-12-31T11:16:42").toInstant(ZoneOffset.UTC).toEpochMilli();
    private static final double CLOSE = 100;
    private static final double MINUTES = 60_000;
    private static final double DAYS = 3_600_000;
    private static final double MONTHS = 86_400_000 * 3.0;
    private static final double YEARS = 86_400_000 * 60.0;

    @Test
    void onPreciseDataTheZoomDecides() {
        assertEquals("31 Dec 2024 11:16:42 UTC", CursorFormat.format(T, CLOSE, Precision.MILLISECOND));
        assertEquals("31 Dec 2024 11:16 UTC", CursorFormat.format(T, MINUTES, Precision.SECOND));
        assertEquals("31 Dec 2024", CursorFormat.format(T, DAYS, Precision.SECOND));
        assertEquals("Dec 2024", CursorFormat.format(T, MONTHS, Precision.SECOND));
        assertEquals("2024", CursorFormat.format(T, YEARS, Precision.SECOND));
    }

    @Test
    void onDayPrecisionDataNoZoomShowsHoursOrMinutes() {
        assertEquals("31 Dec 2024", CursorFormat.format(T, CLOSE, Precision.DAY));
        assertEquals("31 Dec 2024", CursorFormat.format(T, MINUTES, Precision.DAY));
        assertEquals("Dec 2024", CursorFormat.format(T, MONTHS, Precision.DAY));
        assertEquals("2024", CursorFormat.format(T, YEARS, Precision.DAY));
    }

    @Test
    void coarserDataShowsNoMoreThanItKnows() {
        assertEquals("31 Dec 2024 11:00 UTC", CursorFormat.format(T, CLOSE, Precision.HOUR));
        assertEquals("Dec 2024", CursorFormat.format(T, CLOSE, Precision.MONTH));
        assertEquals("Dec 2024", CursorFormat.format(T, CLOSE, Precision.SEASON));
        assertEquals("2024", CursorFormat.format(T, CLOSE, Precision.YEAR));
        assertEquals("2024", CursorFormat.format(T, CLOSE, Precision.CENTURY));
    }
}
