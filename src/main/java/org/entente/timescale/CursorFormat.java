package org.entente.timescale;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** The cursor's date as text, as precise as the zoom makes meaningful: seconds when close, years when far. */
public final class CursorFormat {
    private static final double SECOND = 1_000;
    private static final double MINUTE = 60_000;
    private static final double DAY = 86_400_000;
    private static final double MONTH = 30 * DAY;
    private static final double YEAR = 365.2425 * DAY;

    private CursorFormat() {
    }

    /** {@code millisPerPixel} is the zoom: how much time one pixel of the timeline covers. */
    public static String format(long t, double millisPerPixel) {
        LocalDateTime time = TickStep.dateTimeOf(t);
        String month = time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String year = AxisTicks.yearLabel(time.getYear());
        String day = time.getDayOfMonth() + " " + month + " " + year;
        if (millisPerPixel < SECOND) {
            return day + String.format(Locale.ROOT, " %02d:%02d:%02d UTC", time.getHour(), time.getMinute(), time.getSecond());
        }
        if (millisPerPixel < MINUTE * 10) {
            return day + String.format(Locale.ROOT, " %02d:%02d UTC", time.getHour(), time.getMinute());
        }
        if (millisPerPixel < DAY) {
            return day;
        }
        if (millisPerPixel < MONTH / 2) {
            return month + " " + year;
        }
        return year;
    }
}
