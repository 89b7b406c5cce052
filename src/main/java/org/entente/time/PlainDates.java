package org.entente.time;

/**
 * A direct path for the dates nearly every dataset is made of: {@code YYYY}, {@code YYYY-MM},
 * {@code YYYY-MM-DD}, with a UTC time {@code THH:MM[:SS][Z]}, and intervals of two of them. It reads the digits in place and does calendar
 * arithmetic on longs, so a million events do not each build a parser and a pile of temporary objects.
 * Anything else, or anything wrong, returns null and goes to the full parser, which knows every form and
 * every message.
 */
final class PlainDates {
    private static final long DAY = 86_400_000L;

    private PlainDates() {
    }

    static When parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            EdtfDate date = date(text, 0, text.length());
            return date == null ? null : new When(text, date, date, false, false, false);
        }
        EdtfDate from = date(text, 0, slash);
        EdtfDate to = from == null ? null : date(text, slash + 1, text.length());
        if (to == null || to.end() <= from.start()) {
            return null;
        }
        return new When(text, from, to, true, false, false);
    }

    private static EdtfDate date(String text, int from, int to) {
        int length = to - from;
        if (length != 4 && length != 7 && length != 10 && length != 16 && length != 17 && length != 19 && length != 20) {
            return null;
        }
        int year = digits(text, from, 4);
        if (year < 0) {
            return null;
        }
        if (length == 4) {
            return new EdtfDate(text.substring(from, to), startOfYear(year), startOfYear(year + 1),
                    Precision.YEAR, false, false, false);
        }
        int month = text.charAt(from + 4) == '-' ? digits(text, from + 5, 2) : -1;
        if (month < 1 || month > 12) {
            return null;
        }
        if (length == 7) {
            return new EdtfDate(text.substring(from, to), startOfMonth(year, month), startOfMonth(year, month + 1),
                    Precision.MONTH, false, false, false);
        }
        int day = text.charAt(from + 7) == '-' ? digits(text, from + 8, 2) : -1;
        if (day < 1 || day > daysIn(year, month)) {
            return null;
        }
        long start = daysFromCivil(year, month, day) * DAY;
        if (length == 10) {
            return new EdtfDate(text.substring(from, to), start, start + DAY, Precision.DAY, false, false, false);
        }
        return timed(text, from, to, start);
    }

    /** A time of day after the date at {@code from}: minutes or seconds, in UTC ('Z' or no zone). */
    private static EdtfDate timed(String text, int from, int to, long dayStart) {
        int length = to - from;
        boolean zoned = length == 17 || length == 20;
        if (zoned && text.charAt(to - 1) != 'Z' || text.charAt(from + 10) != 'T' || text.charAt(from + 13) != ':') {
            return null;
        }
        int hour = digits(text, from + 11, 2);
        int minute = digits(text, from + 14, 2);
        boolean seconds = length >= 19;
        int second = seconds && text.charAt(from + 16) == ':' ? digits(text, from + 17, 2) : seconds ? -1 : 0;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        long start = dayStart + hour * 3_600_000L + minute * 60_000L + second * 1_000L;
        return new EdtfDate(text.substring(from, to), start, start + (seconds ? 1_000L : 60_000L),
                seconds ? Precision.SECOND : Precision.MINUTE, false, false, false);
    }

    /** The value of {@code count} decimal digits at {@code at}, or -1 if any is not a digit. */
    private static int digits(String text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static long startOfYear(int year) {
        return daysFromCivil(year, 1, 1) * DAY;
    }

    private static long startOfMonth(int year, int month) {
        return month > 12 ? startOfYear(year + 1) : daysFromCivil(year, month, 1) * DAY;
    }

    private static int daysIn(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
}
