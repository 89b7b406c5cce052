package org.entente.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Reads one date (not an interval or a set): [q]year[q][-[q]month[q][-[q]day[q]]][Thh:mm...], where q is a
 * qualifier ?, ~ or %. With unspecified digits (X) the date covers every matching calendar date.
 */
final class DateParser {
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final String COMPONENT_CHARS = "0123456789X";

    private final int from;
    private final Cursor c;
    private boolean uncertain;
    private boolean approximate;

    private DateParser(String text, int from, int to) {
        this.from = from;
        this.c = new Cursor(text, from, to);
    }

    /** Parses text[from, to); error offsets refer to the whole text. */
    static EdtfDate parse(String text, int from, int to) throws EdtfException {
        return new DateParser(text, from, to).date();
    }

    private static long epochMillis(LocalDate date) {
        return Math.multiplyExact(date.toEpochDay(), MILLIS_PER_DAY);
    }

    private EdtfDate date() throws EdtfException {
        qualifier();
        YearField year = YearParser.parse(c);
        qualifier();
        DigitPattern month = null;
        DigitPattern day = null;
        if (c.peek('-')) {
            if (year.standalone() != null) {
                throw c.error(year.standalone() + " cannot have a month or day");
            }
            c.next();
            qualifier();
            month = month();
            qualifier();
            if (c.peek('-')) {
                if (isSeason(month)) {
                    throw c.error("a season (" + month.chars() + ") cannot have a day");
                }
                c.next();
                qualifier();
                day = day(year, month);
                qualifier();
            }
        }
        boolean unspecified = year.unspecified() || hasX(month) || hasX(day);
        TimeParser.Time time = c.peek('T') ? time(day, unspecified) : null;
        if (!c.atEnd()) {
            throw c.error("unexpected " + c.describeNext() + " after the date " + c.since(from)
                    + ": expected the end of the date");
        }
        return span(c.since(from), year, month, day, time, unspecified);
    }

    private EdtfDate span(String written, YearField year, DigitPattern month, DigitPattern day,
                          TimeParser.Time time, boolean unspecified) throws EdtfException {
        Precision precision = precision(year, month, day, time);
        if (isSeason(month)) {
            int code = month.value();
            LocalDate start = LocalDate.of(toInt(year.first()), Seasons.firstMonth(code), 1);
            LocalDate end = LocalDate.of(toInt(year.last()), Seasons.firstMonth(code), 1)
                    .plusMonths(Seasons.months(code));
            return new EdtfDate(written, epochMillis(start), epochMillis(end), precision,
                    uncertain, approximate, unspecified);
        }
        LocalDate earliest = find(year, month, day, true);
        if (earliest == null) {
            throw c.error("no calendar date matches " + written, from);
        }
        if (time != null) {
            long start = Math.addExact(epochMillis(earliest), time.startOfSpan());
            return new EdtfDate(written, start, start + time.length(), precision, uncertain, approximate, unspecified);
        }
        LocalDate latest = find(year, month, day, false);
        LocalDate end = day != null ? latest.plusDays(1) : month != null ? latest.plusMonths(1) : latest.plusYears(1);
        return new EdtfDate(written, epochMillis(earliest), epochMillis(end), precision,
                uncertain, approximate, unspecified);
    }

    private void qualifier() throws EdtfException {
        char q = c.peek();
        if (!isQualifier(q)) {
            return;
        }
        c.next();
        uncertain |= q == '?' || q == '%';
        approximate |= q == '~' || q == '%';
        if (isQualifier(c.peek())) {
            throw c.error("unexpected " + c.describeNext()
                    + ": only one qualifier may stand here; use % for uncertain and approximate");
        }
    }

    private static boolean isQualifier(char q) {
        return q == '?' || q == '~' || q == '%';
    }

    private DigitPattern month() throws EdtfException {
        int at = c.pos();
        DigitPattern month = component("month", "09");
        if (month.hasX()) {
            if (!matchesAny(month, 12)) {
                throw c.error("month '" + month.chars() + "' matches no month: expected 01–12 with X for unknown digits",
                        at);
            }
            return month;
        }
        int value = month.value();
        if (value > Seasons.LAST) {
            throw c.error("season " + month.chars() + " is out of range: expected 21–41 (or a month 01–12)", at);
        }
        if (value < 1 || (value > 12 && value < Seasons.FIRST)) {
            throw c.error("month " + month.chars() + " is out of range: expected 01–12 (or a season 21–41)", at);
        }
        return month;
    }

    private DigitPattern day(YearField year, DigitPattern month) throws EdtfException {
        int at = c.pos();
        DigitPattern day = component("day", "03");
        if (day.hasX()) {
            if (!matchesAny(day, 31)) {
                throw c.error("day '" + day.chars() + "' matches no day: expected 01–31 with X for unknown digits", at);
            }
            return day;
        }
        int value = day.value();
        if (value < 1 || value > 31) {
            throw c.error("day " + day.chars() + " is out of range: expected 01–31", at);
        }
        if (month.hasX()) {
            return day;
        }
        Month named = Month.of(month.value());
        String name = named.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (value > named.maxLength()) {
            throw c.error("day " + day.chars() + " is out of range: " + name + " has at most " + named.maxLength()
                    + " days", at);
        }
        if (!year.unspecified() && year.first() == year.last()) {
            int length = YearMonth.of(toInt(year.first()), named).lengthOfMonth();
            if (value > length) {
                throw c.error("day " + day.chars() + " is out of range: " + name + " " + year.first() + " has "
                        + length + " days (" + year.first() + " is not a leap year)", at);
            }
        }
        return day;
    }

    private DigitPattern component(String name, String example) throws EdtfException {
        int at = c.pos();
        String chars = c.run(COMPONENT_CHARS);
        if (chars.isEmpty()) {
            throw c.error("expected a 2-digit " + name + " but found " + c.describeNext());
        }
        if (chars.length() != 2) {
            throw c.error(name + " '" + chars + "' must have 2 digits, e.g. " + example, at);
        }
        return new DigitPattern(chars);
    }

    private TimeParser.Time time(DigitPattern day, boolean unspecified) throws EdtfException {
        if (uncertain || approximate) {
            throw c.error("a time cannot follow a qualified date: qualifiers ?, ~ and % apply to dates only");
        }
        if (day == null) {
            throw c.error("a time needs a complete date (YYYY-MM-DD) before 'T'");
        }
        if (unspecified) {
            throw c.error("a time cannot follow a date with unspecified digits (X)");
        }
        return TimeParser.parse(c);
    }

    private static Precision precision(YearField year, DigitPattern month, DigitPattern day, TimeParser.Time time) {
        if (year.precision() != Precision.YEAR) {
            return year.precision();
        }
        if (month == null || month.hasX()) {
            return Precision.YEAR;
        }
        if (isSeason(month)) {
            return Precision.SEASON;
        }
        if (day == null || day.hasX()) {
            return Precision.MONTH;
        }
        return time == null ? Precision.DAY : time.precision();
    }

    /** The earliest (or latest) calendar date that the components allow; null if there is none. */
    private static LocalDate find(YearField year, DigitPattern month, DigitPattern day, boolean earliest) {
        if (year.first() == year.last() && !hasX(month) && !hasX(day)) {
            return exact(toInt(year.first()), month, day);
        }
        long years = year.last() - year.first();
        for (long i = 0; i <= years; i++) {
            long y = earliest ? year.first() + i : year.last() - i;
            if (!year.matches(y)) {
                continue;
            }
            for (int m = 1; m <= 12; m++) {
                int monthValue = earliest ? m : 13 - m;
                if (month == null ? monthValue != 1 : !month.matches(monthValue)) {
                    continue;
                }
                int length = YearMonth.of(toInt(y), monthValue).lengthOfMonth();
                for (int d = 1; d <= 31; d++) {
                    int dayValue = earliest ? d : 32 - d;
                    if (dayValue <= length && (day == null ? dayValue == 1 : day.matches(dayValue))) {
                        return LocalDate.of(toInt(y), monthValue, dayValue);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Fully written dates, nearly all real ones, need no search over candidates: the earliest and the
     * latest are the same first day of the written unit.
     */
    private static LocalDate exact(int year, DigitPattern month, DigitPattern day) {
        int m = month != null ? month.value() : 1;
        if (m < 1 || m > 12) {
            return null;
        }
        int d = day != null ? day.value() : 1;
        return d >= 1 && d <= YearMonth.of(year, m).lengthOfMonth() ? LocalDate.of(year, m, d) : null;
    }

    private static boolean matchesAny(DigitPattern pattern, int max) {
        for (int value = 1; value <= max; value++) {
            if (pattern.matches(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeason(DigitPattern month) {
        return month != null && !month.hasX() && Seasons.isSeason(month.value());
    }

    private static boolean hasX(DigitPattern pattern) {
        return pattern != null && pattern.hasX();
    }

    private static int toInt(long year) {
        return Math.toIntExact(year);
    }
}
