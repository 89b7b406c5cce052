package org.entente.time;

import static org.entente.time.Instants.assertFlags;
import static org.entente.time.Instants.assertSpan;
import static org.entente.time.Instants.utc;
import static org.entente.time.Instants.yearStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EdtfLevel0Test {

    @Test
    void yearMonthAndDay() throws EdtfException {
        assertSpan(Edtf.parseDate("1985"), yearStart(1985), yearStart(1986), Precision.YEAR);
        assertSpan(Edtf.parseDate("1985-04"), utc(1985, 4, 1), utc(1985, 5, 1), Precision.MONTH);
        assertSpan(Edtf.parseDate("1985-04-12"), utc(1985, 4, 12), utc(1985, 4, 13), Precision.DAY);
        assertSpan(Edtf.parseDate("2025"), yearStart(2025), yearStart(2026), Precision.YEAR);
        assertSpan(Edtf.parseDate("2025-12"), utc(2025, 12, 1), yearStart(2026), Precision.MONTH);
        assertFlags(Edtf.parseDate("1985-04-12"), false, false, false);
    }

    @Test
    void singleDateIsAWhenWithOneSharedEndpoint() throws EdtfException {
        When w = Edtf.parse("2025-09-03");
        assertFalse(w.interval());
        assertSame(w.from(), w.to());
        assertEquals("2025-09-03", w.text());
        assertEquals("2025-09-03", w.from().text());
        assertEquals(utc(2025, 9, 3), w.start());
        assertEquals(utc(2025, 9, 4), w.end());
        assertEquals(Precision.DAY, w.precision());
        assertFalse(w.isUncertain());
        assertFalse(w.isApproximate());
    }

    @Test
    void timesWithoutZoneAreUtc() throws EdtfException {
        assertSpan(Edtf.parseDate("1985-04-12T23:20:30"),
                utc(1985, 4, 12, 23, 20, 30, 0), utc(1985, 4, 12, 23, 20, 31, 0), Precision.SECOND);
        assertSpan(Edtf.parseDate("1985-04-12T23:20:30Z"),
                utc(1985, 4, 12, 23, 20, 30, 0), utc(1985, 4, 12, 23, 20, 31, 0), Precision.SECOND);
    }

    @Test
    void minutePrecisionIsAOneMinuteSpan() throws EdtfException {
        assertSpan(Edtf.parseDate("2025-09-03T10:00"),
                utc(2025, 9, 3, 10, 0, 0, 0), utc(2025, 9, 3, 10, 1, 0, 0), Precision.MINUTE);
        assertSpan(Edtf.parseDate("2025-09-03T23:59Z"),
                utc(2025, 9, 3, 23, 59, 0, 0), utc(2025, 9, 4), Precision.MINUTE);
    }

    @Test
    void fractionalSecondsAreAOneMillisecondSpan() throws EdtfException {
        assertSpan(Edtf.parseDate("2025-09-03T10:00:00.5"),
                utc(2025, 9, 3, 10, 0, 0, 500), utc(2025, 9, 3, 10, 0, 0, 501), Precision.MILLISECOND);
        assertSpan(Edtf.parseDate("2025-09-03T10:00:00.123456Z"),
                utc(2025, 9, 3, 10, 0, 0, 123), utc(2025, 9, 3, 10, 0, 0, 124), Precision.MILLISECOND);
    }

    @Test
    void zoneOffsetsShiftTheInstants() throws EdtfException {
        assertSpan(Edtf.parseDate("2025-09-03T10:00:00+09:00"),
                utc(2025, 9, 3, 1, 0, 0, 0), utc(2025, 9, 3, 1, 0, 1, 0), Precision.SECOND);
        assertSpan(Edtf.parseDate("2025-09-03T10:00:00-05:30"),
                utc(2025, 9, 3, 15, 30, 0, 0), utc(2025, 9, 3, 15, 30, 1, 0), Precision.SECOND);
        assertSpan(Edtf.parseDate("1985-04-12T23:20:30-04"),
                utc(1985, 4, 13, 3, 20, 30, 0), utc(1985, 4, 13, 3, 20, 31, 0), Precision.SECOND);
        assertSpan(Edtf.parseDate("1985-04-12T10:00:00+05:30"),
                utc(1985, 4, 12, 4, 30, 0, 0), utc(1985, 4, 12, 4, 30, 1, 0), Precision.SECOND);
        assertSpan(Edtf.parseDate("2025-01-01T01:00+14:00"),
                utc(2024, 12, 31, 11, 0, 0, 0), utc(2024, 12, 31, 11, 1, 0, 0), Precision.MINUTE);
    }

    @Test
    void intervalsCoverTheWholeOfTheirEndDate() throws EdtfException {
        When w = Edtf.parse("2025-10-09/2025-10-11");
        assertTrue(w.interval());
        assertEquals(utc(2025, 10, 9), w.start());
        assertEquals(utc(2025, 10, 12), w.end());
        assertEquals("2025-10-09", w.from().text());
        assertEquals("2025-10-11", w.to().text());
        assertFalse(w.openStart());
        assertFalse(w.openEnd());
    }

    @Test
    void specificationIntervals() throws EdtfException {
        assertInterval("1964/2008", yearStart(1964), yearStart(2009), Precision.YEAR);
        assertInterval("2004-06/2006-08", utc(2004, 6, 1), utc(2006, 9, 1), Precision.MONTH);
        assertInterval("2004-02-01/2005-02-08", utc(2004, 2, 1), utc(2005, 2, 9), Precision.DAY);
        assertInterval("2004-02-01/2005-02", utc(2004, 2, 1), utc(2005, 3, 1), Precision.MONTH);
        assertInterval("2004-02-01/2005", utc(2004, 2, 1), yearStart(2006), Precision.YEAR);
        assertInterval("2005/2006-02", yearStart(2005), utc(2006, 3, 1), Precision.YEAR);
    }

    @Test
    void overlappingEndpointsAreAllowed() throws EdtfException {
        assertInterval("2025/2025-06", yearStart(2025), utc(2025, 7, 1), Precision.YEAR);
        assertInterval("2025-10-09/2025-10-09", utc(2025, 10, 9), utc(2025, 10, 10), Precision.DAY);
    }

    @Test
    void parseDateReturnsTheSameAsTheSingleDateOfParse() throws EdtfException {
        EdtfDate viaParse = Edtf.parse("2025-09-03T10:00:00Z").from();
        assertEquals(viaParse, Edtf.parseDate("2025-09-03T10:00:00Z"));
        assertNull(Edtf.parse("2011/..").to());
    }

    private static void assertInterval(String text, long start, long end, Precision precision) throws EdtfException {
        When w = Edtf.parse(text);
        assertTrue(w.interval(), text);
        assertEquals(start, w.start(), text + " start");
        assertEquals(end, w.end(), text + " end");
        assertEquals(precision, w.precision(), text + " precision");
    }
}
