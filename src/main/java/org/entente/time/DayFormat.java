package org.entente.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;

/** Instants as the days they fall on, in UTC: "3 Sep 2025" for reading, "2025-09-03" for typing. */
public final class DayFormat {
    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private DayFormat() {
    }

    /** "3 Sep 2025", with historical years ("44 BCE") before year 1. */
    public static String day(long millis) {
        ZonedDateTime t = at(millis);
        return t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + year(t.getYear());
    }

    /** The day, and the time of day when it is not midnight. */
    public static String dayAndTime(long millis) {
        ZonedDateTime t = at(millis);
        boolean midnight = t.getHour() == 0 && t.getMinute() == 0 && t.getSecond() == 0;
        return midnight ? day(millis) : day(millis) + String.format(Locale.ROOT, " %02d:%02d", t.getHour(), t.getMinute());
    }

    /** "2025-09-03", which the EDTF parser reads back; a year alone ("44 BCE" as "-0043") before year 1. */
    public static String iso(long millis) {
        ZonedDateTime t = at(millis);
        if (t.getYear() <= 0) {
            return String.format(Locale.ROOT, "-%04d", -t.getYear());
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth());
    }

    private static ZonedDateTime at(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC);
    }

    private static String year(int year) {
        return year > 0 ? Integer.toString(year) : (1 - year) + " BCE";
    }
}
