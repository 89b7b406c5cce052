package org.entente.timescale;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import org.entente.time.Precision;

/**
 * The cursor's date as text, as precise as both the zoom and the data make meaningful: seconds when close,
 * years when far, and never finer than the finest date in the data (no hours on data known to the day).
 */
public final class CursorFormat {
    private static final double SECOND = 1_000;
    private static final double MINUTE = 60_000;
    private static final double DAY = 86_400_000;
    private static final double MONTH = 30 * DAY;

    private CursorFormat() {
    }

    /** {@code millisPerPixel} is the zoom: how much time one pixel of the timeline covers. */
    public static String format(long t, double millisPerPixel, Precision finest) {
        Precision zoom = zoomPrecision(millisPerPixel);
        Precision shown = zoom.compareTo(finest) < 0 ? zoom : finest;
        LocalDateTime time = TickStep.dateTimeOf(t);
        String month = time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String year = AxisTicks.yearLabel(time.getYear());
        String day = time.getDayOfMonth() + " " + month + " " + year;
        return switch (shown) {
            case MILLENNIUM, CENTURY, DECADE, YEAR -> year;
            case SEASON, MONTH -> month + " " + year;
            case DAY -> day;
            case HOUR -> day + String.format(Locale.ROOT, " %02d:00 UTC", time.getHour());
            case MINUTE -> day + String.format(Locale.ROOT, " %02d:%02d UTC", time.getHour(), time.getMinute());
            case SECOND, MILLISECOND -> day + String.format(Locale.ROOT, " %02d:%02d:%02d UTC",
                    time.getHour(), time.getMinute(), time.getSecond());
        };
    }

    /** The finest unit worth naming at this zoom. */
    private static Precision zoomPrecision(double millisPerPixel) {
        if (millisPerPixel < SECOND) {
            return Precision.SECOND;
        }
        if (millisPerPixel < MINUTE * 10) {
            return Precision.MINUTE;
        }
        if (millisPerPixel < DAY) {
            return Precision.DAY;
        }
        if (millisPerPixel < MONTH / 2) {
            return Precision.MONTH;
        }
        return Precision.YEAR;
    }
}
