package org.entente.time;

import static org.entente.time.Instants.assertFlags;
import static org.entente.time.Instants.assertSpan;
import static org.entente.time.Instants.utc;
import static org.entente.time.Instants.yearStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfLevel1Test {

    @Test
    void qualifiersAtTheEnd() throws EdtfException {
        EdtfDate uncertain = Edtf.parseDate("1984?");
        assertSpan(uncertain, yearStart(1984), yearStart(1985), Precision.YEAR);
        assertFlags(uncertain, true, false, false);

        EdtfDate approximate = Edtf.parseDate("2004-06~");
        assertSpan(approximate, utc(2004, 6, 1), utc(2004, 7, 1), Precision.MONTH);
        assertFlags(approximate, false, true, false);

        EdtfDate both = Edtf.parseDate("2004-06-11%");
        assertSpan(both, utc(2004, 6, 11), utc(2004, 6, 12), Precision.DAY);
        assertFlags(both, true, true, false);

        assertFlags(Edtf.parseDate("2004-06-11?"), true, false, false);
        assertFlags(Edtf.parseDate("1984~"), false, true, false);
        assertFlags(Edtf.parseDate("2004-06%"), true, true, false);
    }

    @Test
    void unspecifiedDigitsOnTheRight() throws EdtfException {
        EdtfDate decade = Edtf.parseDate("201X");
        assertSpan(decade, yearStart(2010), yearStart(2020), Precision.DECADE);
        assertFlags(decade, false, false, true);
        assertSpan(Edtf.parseDate("197X"), yearStart(1970), yearStart(1980), Precision.DECADE);
        assertSpan(Edtf.parseDate("20XX"), yearStart(2000), yearStart(2100), Precision.CENTURY);
        assertSpan(Edtf.parseDate("19XX"), yearStart(1900), yearStart(2000), Precision.CENTURY);
        assertSpan(Edtf.parseDate("2004-XX"), yearStart(2004), yearStart(2005), Precision.YEAR);
        assertSpan(Edtf.parseDate("1985-04-XX"), utc(1985, 4, 1), utc(1985, 5, 1), Precision.MONTH);
        assertSpan(Edtf.parseDate("1985-XX-XX"), yearStart(1985), yearStart(1986), Precision.YEAR);
        assertFlags(Edtf.parseDate("1985-04-XX"), false, false, true);
    }

    @Test
    void unspecifiedDayRespectsTheLengthOfTheMonth() throws EdtfException {
        assertSpan(Edtf.parseDate("2023-02-XX"), utc(2023, 2, 1), utc(2023, 3, 1), Precision.MONTH);
        assertSpan(Edtf.parseDate("2024-02-XX"), utc(2024, 2, 1), utc(2024, 3, 1), Precision.MONTH);
    }

    @Test
    void longYearsWithYPrefix() throws EdtfException {
        EdtfDate future = Edtf.parseDate("Y170000002");
        assertSpan(future, yearStart(170_000_002), yearStart(170_000_003), Precision.YEAR);
        assertFlags(future, false, false, false);
        assertSpan(Edtf.parseDate("Y-170000002"), yearStart(-170_000_002), yearStart(-170_000_001),
                Precision.YEAR);
        assertSpan(Edtf.parseDate("Y-200000"), yearStart(-200_000), yearStart(-199_999), Precision.YEAR);
    }

    @Test
    void negativeYear() throws EdtfException {
        assertSpan(Edtf.parseDate("-1985"), yearStart(-1985), yearStart(-1984), Precision.YEAR);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // code, start month, start year offset, end month, end year offset
            "2001-21, 3, 0, 6, 0",
            "2001-22, 6, 0, 9, 0",
            "2001-23, 9, 0, 12, 0",
            "2001-24, 12, 0, 3, 1",
    })
    void seasons(String text, int startMonth, int startYearOffset, int endMonth, int endYearOffset)
            throws EdtfException {
        EdtfDate d = Edtf.parseDate(text);
        assertSpan(d, utc(2001 + startYearOffset, startMonth, 1), utc(2001 + endYearOffset, endMonth, 1),
                Precision.SEASON);
        assertFlags(d, false, false, false);
    }

    @Test
    void openIntervals() throws EdtfException {
        When since = Edtf.parse("2011/..");
        assertTrue(since.interval());
        assertTrue(since.openEnd());
        assertFalse(since.openStart());
        assertNull(since.to());
        assertEquals(yearStart(2011), since.start());
        assertEquals(Long.MAX_VALUE, since.end());
        assertEquals(Precision.YEAR, since.precision());

        When until = Edtf.parse("../2019");
        assertTrue(until.openStart());
        assertFalse(until.openEnd());
        assertNull(until.from());
        assertEquals(Long.MIN_VALUE, until.start());
        assertEquals(yearStart(2020), until.end());

        assertEquals(utc(1985, 4, 12), Edtf.parse("1985-04-12/..").start());
        assertEquals(utc(1985, 4, 1), Edtf.parse("1985-04/..").start());
        assertEquals(yearStart(1985), Edtf.parse("1985/..").start());
        assertEquals(utc(1985, 4, 13), Edtf.parse("../1985-04-12").end());
        assertEquals(utc(1985, 5, 1), Edtf.parse("../1985-04").end());
        assertEquals(yearStart(1986), Edtf.parse("../1985").end());
    }

    @Test
    void unknownEndsFallBackToTheKnownDate() throws EdtfException {
        When unknownEnd = Edtf.parse("2011/");
        assertTrue(unknownEnd.interval());
        assertNull(unknownEnd.to());
        assertFalse(unknownEnd.openEnd());
        assertEquals(yearStart(2011), unknownEnd.start());
        assertEquals(yearStart(2012), unknownEnd.end());

        When unknownStart = Edtf.parse("/2019");
        assertNull(unknownStart.from());
        assertFalse(unknownStart.openStart());
        assertEquals(yearStart(2019), unknownStart.start());
        assertEquals(yearStart(2020), unknownStart.end());

        assertEquals(utc(1985, 4, 13), Edtf.parse("1985-04-12/").end());
        assertEquals(utc(1985, 5, 1), Edtf.parse("1985-04/").end());
        assertEquals(utc(1985, 4, 12), Edtf.parse("/1985-04-12").start());
        assertEquals(utc(1985, 4, 1), Edtf.parse("/1985-04").start());
        assertEquals(yearStart(1985), Edtf.parse("/1985").start());
    }

    @Test
    void qualifiedIntervalEndpoints() throws EdtfException {
        When w = Edtf.parse("2004-06~/2004-07?");
        assertTrue(w.from().approximate());
        assertFalse(w.from().uncertain());
        assertTrue(w.to().uncertain());
        assertFalse(w.to().approximate());
        assertTrue(w.isUncertain());
        assertTrue(w.isApproximate());
        assertEquals(utc(2004, 6, 1), w.start());
        assertEquals(utc(2004, 8, 1), w.end());

        assertEquals(Precision.YEAR, Edtf.parse("1984~/2004-06").precision());
        assertTrue(Edtf.parse("1984/2004-06~").isApproximate());
        assertFalse(Edtf.parse("1984/2004-06~").isUncertain());
        assertTrue(Edtf.parse("1984~/2004~").isApproximate());
        When mixed = Edtf.parse("1984?/2004%");
        assertTrue(mixed.from().uncertain());
        assertTrue(mixed.to().uncertain() && mixed.to().approximate());
        assertTrue(Edtf.parse("1984-06?/2004-08?").isUncertain());
        When days = Edtf.parse("1984-06-02?/2004-08-08~");
        assertEquals(utc(1984, 6, 2), days.start());
        assertEquals(utc(2004, 8, 9), days.end());
        assertTrue(Edtf.parse("1984-06-02?/").isUncertain());
        assertTrue(Edtf.parse("2019-12/2020%").isApproximate());
    }
}
