package org.entente.time;

import static org.entente.time.Instants.assertFlags;
import static org.entente.time.Instants.assertSpan;
import static org.entente.time.Instants.utc;
import static org.entente.time.Instants.yearStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfLevel2Test {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // text, uncertain, approximate
            "2004?-06-11, true, false",
            "2004-06~-11, false, true",
            "2004-06-~11, false, true",
            "2004-?06-11, true, false",
            "2004-%06-11, true, true",
            "?2004-06-~11, true, true",
            "2004?-06-~11, true, true",
            "?2004-06-11, true, false",
            "2004-06-11%, true, true",
    })
    void componentQualifiersFlagTheWholeDate(String text, boolean uncertain, boolean approximate)
            throws EdtfException {
        EdtfDate d = Edtf.parseDate(text);
        assertSpan(d, utc(2004, 6, 11), utc(2004, 6, 12), Precision.DAY);
        assertFlags(d, uncertain, approximate, false);
    }

    @Test
    void unspecifiedDigitsAnywhere() throws EdtfException {
        EdtfDate christmas = Edtf.parseDate("156X-12-25");
        assertSpan(christmas, utc(1560, 12, 25), utc(1569, 12, 26), Precision.DECADE);
        assertFlags(christmas, false, false, true);
        assertSpan(Edtf.parseDate("15XX-12-XX"), utc(1500, 12, 1), yearStart(1600), Precision.CENTURY);
        assertSpan(Edtf.parseDate("1XXX-XX"), yearStart(1000), yearStart(2000), Precision.MILLENNIUM);
        assertSpan(Edtf.parseDate("1XXX"), yearStart(1000), yearStart(2000), Precision.MILLENNIUM);
        assertSpan(Edtf.parseDate("1XXX-12"), utc(1000, 12, 1), yearStart(2000), Precision.MILLENNIUM);
        assertSpan(Edtf.parseDate("1984-1X"), utc(1984, 10, 1), yearStart(1985), Precision.YEAR);
        assertSpan(Edtf.parseDate("1984-0X"), yearStart(1984), utc(1984, 10, 1), Precision.YEAR);
        assertSpan(Edtf.parseDate("1984-12-3X"), utc(1984, 12, 30), yearStart(1985), Precision.MONTH);
        assertSpan(Edtf.parseDate("1X99"), yearStart(1099), yearStart(2000), Precision.MILLENNIUM);
        assertSpan(Edtf.parseDate("-01XX"), yearStart(-199), yearStart(-99), Precision.CENTURY);
    }

    @Test
    void unspecifiedDigitsSkipDatesThatDoNotExist() throws EdtfException {
        // Only leap years have 29 February: 1904 is the first and 1908 the last in the 1900s pattern 190X.
        assertSpan(Edtf.parseDate("190X-02-29"), utc(1904, 2, 29), utc(1908, 3, 1), Precision.DECADE);
        // No February has a 30th, so February is skipped for the day pattern 3X.
        assertSpan(Edtf.parseDate("2025-0X-3X"), utc(2025, 1, 30), utc(2025, 10, 1), Precision.YEAR);
    }

    /** A year whose first digit is unknown spans 10,000 years at least, which no timeline can place. */
    @Test
    void fullyUnspecifiedYearIsRejectedBecauseItCannotBePlacedInTime() {
        EdtfException e = assertThrows(EdtfException.class, () -> Edtf.parse("XXXX-12-XX"));
        assertTrue(e.getMessage().contains("cannot be placed in time"), e.getMessage());
        assertEquals(0, e.offset());
        assertThrows(EdtfException.class, () -> Edtf.parse("X999"));
    }

    @Test
    void exponentialYears() throws EdtfException {
        assertSpan(Edtf.parseDate("Y-17E7"), yearStart(-170_000_000), yearStart(-169_999_999), Precision.YEAR);
        assertSpan(Edtf.parseDate("Y17E7"), yearStart(170_000_000), yearStart(170_000_001), Precision.YEAR);
        assertSpan(Edtf.parseDate("Y2E8"), yearStart(200_000_000), yearStart(200_000_001), Precision.YEAR);
    }

    @Test
    void significantDigits() throws EdtfException {
        EdtfDate century = Edtf.parseDate("1950S2");
        assertSpan(century, yearStart(1900), yearStart(2000), Precision.CENTURY);
        assertFlags(century, false, false, false);
        assertSpan(Edtf.parseDate("1950S3"), yearStart(1950), yearStart(1960), Precision.DECADE);
        assertSpan(Edtf.parseDate("1950S4"), yearStart(1950), yearStart(1951), Precision.YEAR);
        assertSpan(Edtf.parseDate("Y171010000S3"), yearStart(171_000_000), yearStart(172_000_000),
                Precision.MILLENNIUM);
        assertSpan(Edtf.parseDate("Y3388E2S3"), yearStart(338_000), yearStart(339_000), Precision.MILLENNIUM);
        assertSpan(Edtf.parseDate("-1950S2"), yearStart(-1999), yearStart(-1899), Precision.CENTURY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // text, start year, start month, end year, end month
            "2001-25, 2001, 3, 2001, 6",
            "2001-26, 2001, 6, 2001, 9",
            "2001-27, 2001, 9, 2001, 12",
            "2001-28, 2001, 12, 2002, 3",
            "2001-29, 2001, 9, 2001, 12",
            "2001-30, 2001, 12, 2002, 3",
            "2001-31, 2001, 3, 2001, 6",
            "2001-32, 2001, 6, 2001, 9",
            "2001-33, 2001, 1, 2001, 4",
            "2001-34, 2001, 4, 2001, 7",
            "2001-35, 2001, 7, 2001, 10",
            "2001-36, 2001, 10, 2002, 1",
            "2001-37, 2001, 1, 2001, 5",
            "2001-38, 2001, 5, 2001, 9",
            "2001-39, 2001, 9, 2002, 1",
            "2001-40, 2001, 1, 2001, 7",
            "2001-41, 2001, 7, 2002, 1",
    })
    void extendedSeasons(String text, int startYear, int startMonth, int endYear, int endMonth)
            throws EdtfException {
        assertSpan(Edtf.parseDate(text), utc(startYear, startMonth, 1), utc(endYear, endMonth, 1), Precision.SEASON);
    }

    @Test
    void qualifiedSeasonAndSeasonOfAnUnspecifiedYear() throws EdtfException {
        EdtfDate d = Edtf.parseDate("2001-21?");
        assertSpan(d, utc(2001, 3, 1), utc(2001, 6, 1), Precision.SEASON);
        assertFlags(d, true, false, false);
        assertSpan(Edtf.parseDate("201X-24"), utc(2010, 12, 1), utc(2020, 3, 1), Precision.DECADE);
    }

    @Test
    void oneOfSetSpansItsMembersAndIsUncertain() throws EdtfException {
        EdtfDate d = Edtf.parseDate("[1667, 1668, 1670..1672]");
        assertEquals("[1667, 1668, 1670..1672]", d.text());
        assertSpan(d, yearStart(1667), yearStart(1673), Precision.YEAR);
        assertFlags(d, true, false, false);
        assertSpan(Edtf.parseDate("[1667,1760-12]"), yearStart(1667), yearStart(1761), Precision.YEAR);
        assertSpan(Edtf.parseDate("[1760-01, 1760-02, 1760-12]"), utc(1760, 1, 1), yearStart(1761),
                Precision.MONTH);
    }

    @Test
    void allOfSetSpansItsMembers() throws EdtfException {
        EdtfDate d = Edtf.parseDate("{1960, 1961-12}");
        assertSpan(d, yearStart(1960), yearStart(1962), Precision.YEAR);
        assertFlags(d, false, false, false);
        assertSpan(Edtf.parseDate("{1667,1668,1670..1672}"), yearStart(1667), yearStart(1673), Precision.YEAR);
        assertFlags(Edtf.parseDate("{1960~, 196X}"), false, true, true);
        When w = Edtf.parse("{1960, 1961-12}");
        assertFalse(w.interval());
        assertEquals(yearStart(1962), w.end());
    }

    @Test
    void levelTwoIntervals() throws EdtfException {
        When w = Edtf.parse("2004-06-~01/2004-06-~20");
        assertEquals(utc(2004, 6, 1), w.start());
        assertEquals(utc(2004, 6, 21), w.end());
        assertTrue(w.isApproximate());
        When unspecified = Edtf.parse("2004-06-XX/2004-07-03");
        assertEquals(utc(2004, 6, 1), unspecified.start());
        assertEquals(utc(2004, 7, 4), unspecified.end());
        assertEquals(Precision.MONTH, unspecified.precision());
        assertTrue(unspecified.from().unspecified());
    }
}
