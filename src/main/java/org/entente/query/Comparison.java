package org.entente.query;

import org.entente.time.DayFormat;

/**
 * The two periods the user compares, A (the earlier one, usually) and B. Either may still be unset while
 * the user picks them one at a time; the comparison runs only once both are set.
 */
public record Comparison(TimeWindow a, TimeWindow b) {
    /** A comparison with only period A chosen so far. */
    public static Comparison ofA(TimeWindow a) {
        return new Comparison(a, null);
    }

    public Comparison withA(TimeWindow value) {
        return new Comparison(value, b);
    }

    public Comparison withB(TimeWindow value) {
        return new Comparison(a, value);
    }

    /** B compared with A: what appeared becomes what vanished. */
    public Comparison swapped() {
        return new Comparison(b, a);
    }

    /** Whether both periods are set, so that there is something to compare. */
    public boolean isComplete() {
        return a != null && b != null;
    }

    /** A period as the days it covers, "1 Jan 2019 to 31 Dec 2019"; its end is exclusive, so the last day is the one before. */
    public static String days(TimeWindow period) {
        String from = DayFormat.day(period.start());
        String to = DayFormat.day(period.end() - 1);
        return from.equals(to) ? from : from + " to " + to;
    }
}
