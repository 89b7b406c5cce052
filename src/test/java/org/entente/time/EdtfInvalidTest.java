package org.entente.time;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EdtfInvalidTest {

    @ParameterizedTest(name = "\"{0}\" at {1}: {2}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "''                        | 0  | empty text",
            "2025-13                   | 5  | month 13 is out of range: expected 01–12 (or a season 21–41)",
            "2025-00                   | 5  | month 00 is out of range",
            "2025-20                   | 5  | month 20 is out of range",
            "2025-42                   | 5  | season 42 is out of range: expected 21–41",
            "2025-02-30                | 8  | day 30 is out of range: February has at most 29 days",
            "2023-02-29                | 8  | February 2023 has 28 days (2023 is not a leap year)",
            "1900-02-29                | 8  | February 1900 has 28 days",
            "2025-04-31                | 8  | April has at most 30 days",
            "2025-01-32                | 8  | day 32 is out of range: expected 01–31",
            "2025-01-00                | 8  | day 00 is out of range",
            "2025-09-3                 | 8  | day '3' must have 2 digits",
            "25-09-03                  | 0  | year '25' must have 4 digits",
            "2025-9                    | 5  | month '9' must have 2 digits",
            "20250                     | 0  | year '20250' has more than 4 digits",
            "2025/2025/2026            | 9  | exactly one '/'",
            "2025-09-03T25:00          | 11 | hour 25 is out of range: expected 00–23",
            "2025-09-03T10:61          | 14 | minute 61 is out of range: expected 00–59",
            "2025-09-03T10:00:60       | 17 | second 60 is out of range",
            "2025-09-03T10:00:00+25:00 | 19 | zone offset +25:00 is out of range",
            "2025-09-03T10:00:00-14:30 | 19 | zone offset -14:30 is out of range",
            "2025-09-03T10             | 13 | expected ':' and minutes",
            "2025-09-03T10:00:00.      | 20 | expected digits after the decimal point",
            "2025-09T10:00             | 7  | a time needs a complete date",
            "2025-09-03?T10:00         | 11 | a time cannot follow a qualified date",
            "2025-09-XXT10:00          | 10 | a time cannot follow a date with unspecified digits",
            "2025-09-03x               | 10 | unexpected 'x' after the date 2025-09-03",
            "'2025-09-03 '             | 10 | unexpected ' '",
            "??2025                    | 1  | only one qualifier",
            "2004-06-11?~              | 11 | only one qualifier",
            "y2025                     | 0  | lowercase 'y'",
            "Y2025                     | 0  | a Y-prefixed year needs more than 4 digits",
            "Y300000000                | 0  | year Y300000000 is outside the supported range ±200,000,000",
            "Y-200000001               | 0  | outside the supported range ±200,000,000",
            "Y-17E9                    | 0  | outside the supported range ±200,000,000",
            "Y1E99999                  | 0  | outside the supported range ±200,000,000",
            "Y1999999999S1             | 0  | outside the supported range ±200,000,000",
            "Y17X000000                | 3  | unspecified digits (X) are only supported in 4-digit years",
            "Y170000002-01             | 10 | a Y-prefixed year cannot have a month",
            "-0000                     | 0  | year -0000 is not valid",
            "1950S5                    | 0  | significant digits S5 are out of range: expected 1–4",
            "1950S0                    | 0  | significant digits S0 are out of range",
            "1950S2-01                 | 6  | significant digits (S) cannot have a month",
            "195XS2                    | 4  | significant digits (S) cannot be combined with unspecified digits",
            "XXXX-12-XX                | 0  | cannot be placed in time",
            "X985                      | 0  | cannot be placed in time",
            "2025-2X                   | 5  | month '2X' matches no month",
            "2025-01-4X                | 8  | day '4X' matches no day",
            "2025-02-3X                | 0  | no calendar date matches 2025-02-3X",
            "2001-21-03                | 7  | a season (21) cannot have a day",
            "..                        | 0  | an interval needs at least one date",
            "../..                     | 0  | an interval needs at least one date",
            "/                         | 0  | an interval needs at least one date",
            "../                       | 0  | an interval needs at least one date",
            "2025-10-11/2025-10-09     | 11 | interval ends (2025-10-09) before it starts (2025-10-11)",
            "2026/2025-06              | 5  | interval ends (2025-06) before it starts (2026)",
            "2025-10-11/...            | 11 | expected a year",
            "[..1760-12-03]            | 1  | unbounded: a set member cannot have an open start",
            "[1760-01..]               | 8  | unbounded: a set member cannot have an open end",
            "{..1984}                  | 1  | unbounded",
            "[1667, 1668               | 11 | a set opened with '[' must end with ']'",
            "[]                        | 1  | empty set member",
            "[1667,,1668]              | 6  | empty set member",
            "[1672..1670]              | 7  | range ends (1670) before it starts (1672)",
            "[1667]/2000               | 6  | a set must be the whole text and cannot be part of an interval",
            "2000/[1667]               | 5  | a set cannot be part of an interval",
            "abc                       | 0  | expected a year",
            "2025-                     | 5  | expected a 2-digit month but found the end of the text",
    })
    void rejectedWithAMessageNamingTheProblem(String text, int offset, String fragment) {
        EdtfException e = assertThrows(EdtfException.class, () -> Edtf.parse(text));
        assertAll(text,
                () -> assertTrue(e.getMessage().contains(fragment), "message was: " + e.getMessage()),
                () -> assertEquals(offset, e.offset(), "offset; message was: " + e.getMessage()));
    }

    @Test
    void parseDateRejectsIntervalsSayingSo() {
        EdtfException e = assertThrows(EdtfException.class, () -> Edtf.parseDate("2025-10-09/2025-10-11"));
        assertTrue(e.getMessage().contains("not an interval"), e.getMessage());
        assertEquals(10, e.offset());
        EdtfException open = assertThrows(EdtfException.class, () -> Edtf.parseDate(".."));
        assertTrue(open.getMessage().contains("single date"), open.getMessage());
        assertThrows(EdtfException.class, () -> Edtf.parseDate("2011/.."));
        assertThrows(EdtfException.class, () -> Edtf.parseDate(""));
    }
}
