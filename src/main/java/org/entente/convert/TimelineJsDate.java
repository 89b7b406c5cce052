package org.entente.convert;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A TimelineJS date object ({@code year, month, day, hour, minute, second, millisecond}) as EDTF text, at
 * the precision it gives: the first absent part ends the date, so a year alone is {@code 1951} and a year
 * and month {@code 1943-07}. TimelineJS counts years before the common era as negative with no year 0
 * (-500 is 500 BCE); EDTF counts astronomically (0000 is 1 BCE), so -500 becomes {@code -0499}. An hour
 * without minutes is dropped, since EDTF has no hour-only time.
 */
final class TimelineJsDate {
    /** Why a date object could not be read. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private TimelineJsDate() {
    }

    static String toEdtf(JsonNode date) throws Unreadable {
        if (date == null || !date.isObject()) {
            throw new Unreadable("no date object");
        }
        Long year = part(date, "year", Long.MIN_VALUE, Long.MAX_VALUE);
        if (year == null) {
            throw new Unreadable("no year");
        }
        if (year == 0) {
            throw new Unreadable("year 0: TimelineJS has no year 0 (1 BCE is -1)");
        }
        StringBuilder edtf = new StringBuilder(year(year < 0 ? year + 1 : year));
        Long month = part(date, "month", 1, 12);
        Long day = month == null ? null : part(date, "day", 1, 31);
        if (month != null) {
            edtf.append('-').append(twoDigits(month));
        }
        if (day != null) {
            edtf.append('-').append(twoDigits(day));
            time(date, edtf);
        }
        return edtf.toString();
    }

    private static void time(JsonNode date, StringBuilder edtf) throws Unreadable {
        Long hour = part(date, "hour", 0, 23);
        Long minute = hour == null ? null : part(date, "minute", 0, 59);
        if (minute == null) {
            return;
        }
        edtf.append('T').append(twoDigits(hour)).append(':').append(twoDigits(minute));
        Long second = part(date, "second", 0, 59);
        if (second != null) {
            edtf.append(':').append(twoDigits(second));
            Long millisecond = part(date, "millisecond", 0, 999);
            if (millisecond != null) {
                edtf.append('.').append(String.format("%03d", millisecond));
            }
        }
    }

    /** Years beyond four digits take EDTF's Y prefix; the others are written with four digits and a sign. */
    private static String year(long astronomical) {
        if (Math.abs(astronomical) > 9999) {
            return "Y" + astronomical;
        }
        return (astronomical < 0 ? "-" : "") + String.format("%04d", Math.abs(astronomical));
    }

    private static String twoDigits(long value) {
        return String.format("%02d", value);
    }

    /** A part given as a number or as text (TimelineJS spreadsheets give text); null when absent or empty. */
    private static Long part(JsonNode date, String name, long min, long max) throws Unreadable {
        JsonNode node = date.get(name);
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            return null;
        }
        String text = node.asText().strip();
        long value;
        try {
            value = node.isIntegralNumber() ? node.asLong() : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new Unreadable(name + " " + ProblemText.quote(text) + " is not a whole number");
        }
        if (value < min || value > max) {
            throw new Unreadable(name + " " + value + " is out of range " + min + ".." + max);
        }
        return value;
    }
}
