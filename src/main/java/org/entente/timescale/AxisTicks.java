package org.entente.timescale;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.time.Precision;

/**
 * The time axis's ticks for a window: minor ticks at the finest step that leaves room for a label, and
 * major ticks one calendar level up (months under years, hours under days), each with its label. The
 * number of ticks depends on the width in pixels, never on the span of time.
 */
public final class AxisTicks {
    /** A tick at an instant, with its label and whether it is a major (upper-level) tick. */
    public record Tick(long time, String label, boolean major) {
    }

    private static final TickStep[] STEPS = TickStep.values();

    private AxisTicks() {
    }

    /**
     * Minor then major ticks within [scale.start, scale.end), minor ones at least {@code minSpacing} px
     * apart. No tick is finer than the data's {@code finest} precision: zoomed in past it (hours on data
     * known to the day), the axis keeps one level of ticks at that precision, fully labelled.
     */
    public static List<Tick> ticks(TimeScale scale, double minSpacing, Precision finest) {
        TickStep minor = stepFor(scale.millisPerPixel() * minSpacing);
        TickStep finestStep = stepOf(finest);
        List<Tick> ticks = new ArrayList<>();
        if (minor.compareTo(finestStep) < 0) {
            add(ticks, scale, finestStep, true);
            return ticks;
        }
        TickStep major = majorFor(minor);
        add(ticks, scale, minor, false);
        if (major != null) {
            add(ticks, scale, major, true);
        }
        return ticks;
    }

    /** The finest step that a date of this precision can tell apart. */
    static TickStep stepOf(Precision precision) {
        return switch (precision) {
            case MILLENNIUM -> TickStep.YEAR_1K;
            case CENTURY -> TickStep.YEAR_100;
            case DECADE -> TickStep.YEAR_10;
            case YEAR -> TickStep.YEAR_1;
            case SEASON, MONTH -> TickStep.MONTH_1;
            case DAY -> TickStep.DAY_1;
            case HOUR -> TickStep.HOUR_1;
            case MINUTE -> TickStep.MINUTE_1;
            case SECOND, MILLISECOND -> TickStep.SECOND_1;
        };
    }

    /** The finest step at least {@code millis} long; the coarsest step when none is. */
    static TickStep stepFor(double millis) {
        for (TickStep step : STEPS) {
            if (step.approxMillis() >= millis) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** The next calendar level: minutes under hours, hours under days, days under months, months under years. */
    static TickStep majorFor(TickStep minor) {
        return switch (minor.unit) {
            case SECOND -> TickStep.MINUTE_1;
            case MINUTE -> minor.count < 30 ? TickStep.HOUR_1 : TickStep.DAY_1;
            case HOUR -> TickStep.DAY_1;
            case DAY -> TickStep.MONTH_1;
            case MONTH -> TickStep.YEAR_1;
            case YEAR -> decadeAbove(minor);
        };
    }

    /** The next power of ten above the minor step: years under decades, decades under centuries. */
    private static TickStep decadeAbove(TickStep minor) {
        long count = 10;
        while (count <= minor.count) {
            count *= 10;
        }
        for (TickStep step : STEPS) {
            if (step.unit == TickStep.Unit.YEAR && step.count == count) {
                return step;
            }
        }
        return null;
    }

    private static void add(List<Tick> ticks, TimeScale scale, TickStep step, boolean major) {
        long limit = scale.end();
        int guard = 0;
        for (long t = step.firstAtOrAfter(scale.start()); t < limit && guard < 10_000; t = step.next(t), guard++) {
            ticks.add(new Tick(t, label(t, step, major), major));
        }
    }

    static String label(long t, TickStep step, boolean major) {
        LocalDateTime time = TickStep.dateTimeOf(t);
        String month = time.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        String year = yearLabel(time.getYear());
        return switch (step.unit) {
            case SECOND -> String.format(Locale.ROOT, "%02d:%02d:%02d", time.getHour(), time.getMinute(), time.getSecond());
            case MINUTE -> major ? time.getDayOfMonth() + " " + month + " " + year + " " + hhmm(time) : hhmm(time);
            case HOUR -> major ? time.getDayOfMonth() + " " + month + " " + year + " " + hhmm(time) : hhmm(time);
            case DAY -> major ? time.getDayOfMonth() + " " + month + " " + year : Integer.toString(time.getDayOfMonth());
            case MONTH -> major ? month + " " + year : month;
            case YEAR -> year;
        };
    }

    private static String hhmm(LocalDateTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    /** Historical numbering: astronomical year 0 is 1 BCE; years of five digits and more get separators. */
    public static String yearLabel(long astronomicalYear) {
        if (astronomicalYear >= 1) {
            return astronomicalYear >= 10_000 ? String.format(Locale.ROOT, "%,d", astronomicalYear)
                    : Long.toString(astronomicalYear);
        }
        long bce = 1 - astronomicalYear;
        return (bce >= 10_000 ? String.format(Locale.ROOT, "%,d", bce) : Long.toString(bce)) + " BCE";
    }
}
