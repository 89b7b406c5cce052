package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Expected instants computed with java.time, independently of the parser. */
final class Instants {
    private Instants() {
    }

    static long utc(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static long utc(int year, int month, int day, int hour, int minute, int second, int millis) {
        return LocalDateTime.of(year, month, day, hour, minute, second, millis * 1_000_000)
                .toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    static long yearStart(int year) {
        return utc(year, 1, 1);
    }

    static void assertSpan(EdtfDate d, long start, long end, Precision precision) {
        assertAll(d.text(),
                () -> assertEquals(start, d.start(), "start"),
                () -> assertEquals(end, d.end(), "end"),
                () -> assertEquals(precision, d.precision(), "precision"));
    }

    static void assertFlags(EdtfDate d, boolean uncertain, boolean approximate, boolean unspecified) {
        assertAll(d.text(),
                () -> assertEquals(uncertain, d.uncertain(), "uncertain"),
                () -> assertEquals(approximate, d.approximate(), "approximate"),
                () -> assertEquals(unspecified, d.unspecified(), "unspecified"));
    }
}
