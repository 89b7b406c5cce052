package org.entente.timescale;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One spacing of the time axis: a count of a calendar unit. Steps of a second to a day are fixed lengths
 * aligned to UTC midnight; months and years follow the proleptic Gregorian calendar. Year steps count
 * historical years, so that BCE ticks fall on round numbers ("500 BCE", not astronomical -500).
 */
enum TickStep {
    SECOND_1(Unit.SECOND, 1), SECOND_5(Unit.SECOND, 5), SECOND_15(Unit.SECOND, 15), SECOND_30(Unit.SECOND, 30),
    MINUTE_1(Unit.MINUTE, 1), MINUTE_5(Unit.MINUTE, 5), MINUTE_15(Unit.MINUTE, 15), MINUTE_30(Unit.MINUTE, 30),
    HOUR_1(Unit.HOUR, 1), HOUR_3(Unit.HOUR, 3), HOUR_6(Unit.HOUR, 6), HOUR_12(Unit.HOUR, 12),
    DAY_1(Unit.DAY, 1), DAY_7(Unit.DAY, 7),
    MONTH_1(Unit.MONTH, 1), MONTH_3(Unit.MONTH, 3), MONTH_6(Unit.MONTH, 6),
    YEAR_1(Unit.YEAR, 1), YEAR_2(Unit.YEAR, 2), YEAR_5(Unit.YEAR, 5), YEAR_10(Unit.YEAR, 10),
    YEAR_20(Unit.YEAR, 20), YEAR_50(Unit.YEAR, 50), YEAR_100(Unit.YEAR, 100), YEAR_200(Unit.YEAR, 200),
    YEAR_500(Unit.YEAR, 500), YEAR_1K(Unit.YEAR, 1_000), YEAR_2K(Unit.YEAR, 2_000), YEAR_5K(Unit.YEAR, 5_000),
    YEAR_10K(Unit.YEAR, 10_000), YEAR_20K(Unit.YEAR, 20_000), YEAR_50K(Unit.YEAR, 50_000),
    YEAR_100K(Unit.YEAR, 100_000), YEAR_200K(Unit.YEAR, 200_000), YEAR_500K(Unit.YEAR, 500_000),
    YEAR_1M(Unit.YEAR, 1_000_000), YEAR_2M(Unit.YEAR, 2_000_000), YEAR_5M(Unit.YEAR, 5_000_000),
    YEAR_10M(Unit.YEAR, 10_000_000), YEAR_20M(Unit.YEAR, 20_000_000), YEAR_50M(Unit.YEAR, 50_000_000),
    YEAR_100M(Unit.YEAR, 100_000_000);

    enum Unit {
        SECOND(1_000L), MINUTE(60_000L), HOUR(3_600_000L), DAY(86_400_000L), MONTH(2_629_746_000L),
        YEAR(31_556_952_000L);

        final long approxMillis;

        Unit(long approxMillis) {
            this.approxMillis = approxMillis;
        }
    }

    private static final long DAY_MILLIS = Unit.DAY.approxMillis;

    final Unit unit;
    final int count;

    TickStep(Unit unit, int count) {
        this.unit = unit;
        this.count = count;
    }

    double approxMillis() {
        return (double) unit.approxMillis * count;
    }

    /** The first tick at or after {@code t}. */
    long firstAtOrAfter(long t) {
        long tick = floor(t);
        return tick < t ? next(tick) : tick;
    }

    /** The tick after {@code tick}, which must itself be a tick of this step. */
    long next(long tick) {
        return switch (unit) {
            case SECOND, MINUTE, HOUR, DAY -> tick + unit.approxMillis * count;
            case MONTH -> millis(dateOf(tick).plusMonths(count));
            case YEAR -> yearStart(nextTickYear(astronomicalYear(tick)));
        };
    }

    private long floor(long t) {
        return switch (unit) {
            case SECOND, MINUTE, HOUR -> Math.floorDiv(t, unit.approxMillis * count) * unit.approxMillis * count;
            case DAY -> {
                long day = Math.floorDiv(t, DAY_MILLIS);
                long daysSinceMonday = count == 7 ? Math.floorMod(day + 3, 7) : Math.floorMod(day, count);
                yield (day - daysSinceMonday) * DAY_MILLIS;
            }
            case MONTH -> {
                LocalDate date = dateOf(t);
                int month0 = date.getMonthValue() - 1;
                yield millis(LocalDate.of(date.getYear(), month0 - month0 % count + 1, 1));
            }
            case YEAR -> yearStart(tickYearAtOrBefore(astronomicalYear(t)));
        };
    }

    /**
     * The largest tick year at or before the astronomical year y. CE ticks are multiples of the count
     * (and 1 CE), BCE ticks are multiples of the count in historical numbering: 100 BCE is year -99.
     */
    private long tickYearAtOrBefore(long year) {
        if (year >= 1) {
            return Math.max(1, Math.floorDiv(year, count) * count);
        }
        long yearsBce = 1 - year;
        return 1 - Math.floorDiv(yearsBce + count - 1, count) * count;
    }

    private long nextTickYear(long year) {
        if (year >= 1) {
            return year == 1 && count > 1 ? count : year + count;
        }
        long nextBce = 1 - year - count;
        return nextBce >= 1 ? 1 - nextBce : 1;
    }

    static long astronomicalYear(long t) {
        return dateOf(t).getYear();
    }

    static LocalDate dateOf(long t) {
        return LocalDate.ofEpochDay(Math.floorDiv(t, DAY_MILLIS));
    }

    static LocalDateTime dateTimeOf(long t) {
        return LocalDateTime.ofEpochSecond(Math.floorDiv(t, 1000L), 0, ZoneOffset.UTC);
    }

    static long yearStart(long year) {
        return millis(LocalDate.of((int) year, 1, 1));
    }

    private static long millis(LocalDate date) {
        return date.toEpochDay() * DAY_MILLIS;
    }
}
