package org.entente.time;

import static org.entente.time.Instants.assertSpan;
import static org.entente.time.Instants.utc;
import static org.entente.time.Instants.yearStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EdtfYearRangeTest {

    @Test
    void negativeYearsAreAstronomical() throws EdtfException {
        long expected = LocalDate.of(-500, 1, 1).toEpochDay() * 86_400_000L;
        EdtfDate d = Edtf.parseDate("-0500");
        assertEquals(expected, d.start());
        assertEquals(LocalDate.of(-499, 1, 1).toEpochDay() * 86_400_000L, d.end());
        assertSpan(Edtf.parseDate("0000"), yearStart(0), yearStart(1), Precision.YEAR);
        assertSpan(Edtf.parseDate("-0001-12-31"), utc(-1, 12, 31), yearStart(0), Precision.DAY);
    }

    @Test
    void yearZeroIsALeapYearInTheProlepticCalendar() throws EdtfException {
        assertSpan(Edtf.parseDate("0000-02-29"), utc(0, 2, 29), utc(0, 3, 1), Precision.DAY);
        assertSpan(Edtf.parseDate("-0004-02-29"), utc(-4, 2, 29), utc(-4, 3, 1), Precision.DAY);
    }

    @Test
    void veryLongYears() throws EdtfException {
        assertEquals(LocalDate.of(-170_000_002, 1, 1).toEpochDay() * 86_400_000L,
                Edtf.parseDate("Y-170000002").start());
        assertEquals(LocalDate.of(-170_000_000, 1, 1).toEpochDay() * 86_400_000L,
                Edtf.parseDate("Y-17E7").start());
        assertSpan(Edtf.parseDate("Y200000000"), yearStart(200_000_000), yearStart(200_000_001), Precision.YEAR);
        assertSpan(Edtf.parseDate("Y-200000000"), yearStart(-200_000_000), yearStart(-199_999_999), Precision.YEAR);
    }

    @Test
    void yearsBeyondTwoHundredMillionAreRejected() {
        EdtfException e = assertThrows(EdtfException.class, () -> Edtf.parse("Y200000001"));
        assertTrue(e.getMessage().contains("year Y200000001 is outside the supported range ±200,000,000"),
                e.getMessage());
        assertThrows(EdtfException.class, () -> Edtf.parse("Y-21E7"));
    }

    @Test
    void leapYears() throws EdtfException {
        assertSpan(Edtf.parseDate("2024-02-29"), utc(2024, 2, 29), utc(2024, 3, 1), Precision.DAY);
        assertSpan(Edtf.parseDate("2000-02-29"), utc(2000, 2, 29), utc(2000, 3, 1), Precision.DAY);
        EdtfException e = assertThrows(EdtfException.class, () -> Edtf.parse("1900-02-29"));
        assertTrue(e.getMessage().contains("1900 is not a leap year"), e.getMessage());
        assertThrows(EdtfException.class, () -> Edtf.parse("2023-02-29"));
    }

    @Test
    void intervalAcrossTheEraBoundary() throws EdtfException {
        When w = Edtf.parse("-0009/0010");
        assertEquals(yearStart(-9), w.start());
        assertEquals(yearStart(11), w.end());
    }
}
