package org.entente.generate;

import java.time.LocalDate;

/** Writes days as EDTF (ISO 8601) strings and as prose ("3 May 2019"). */
final class DateText {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private DateText() {
    }

    static String day(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).toString();
    }

    static String month(long epochDay) {
        return day(epochDay).substring(0, 7);
    }

    static String year(long epochDay) {
        return day(epochDay).substring(0, 4);
    }

    /** The day and a time of day to the minute, in UTC, e.g. {@code 2019-05-03T14:30:00Z}. */
    static String dayAndTime(long epochSecond) {
        long secondOfDay = Math.floorMod(epochSecond, 86_400L);
        long hour = secondOfDay / 3600;
        long minute = secondOfDay / 60 % 60;
        return day(Math.floorDiv(epochSecond, 86_400L)) + "T" + (hour < 10 ? "0" : "") + hour + ":"
                + (minute < 10 ? "0" : "") + minute + ":00Z";
    }

    static String prose(long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
