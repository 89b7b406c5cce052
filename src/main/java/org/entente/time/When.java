package org.entente.time;

/**
 * A date or an interval as written.
 * <p>Single date: {@code interval == false} and {@code from == to} (the same object).
 * Interval: {@code from} is null when the start is open ("..", {@code openStart == true}) or unknown
 * (empty, {@code openStart == false}); likewise {@code to} and {@code openEnd}.
 */
public record When(String text, EdtfDate from, EdtfDate to, boolean interval, boolean openStart, boolean openEnd) {

    /** Earliest instant, inclusive. */
    public long start() {
        if (from != null) {
            return from.start();
        }
        return openStart ? Long.MIN_VALUE : to.start();
    }

    /** Latest instant, exclusive. */
    public long end() {
        if (to != null) {
            return to.end();
        }
        return openEnd ? Long.MAX_VALUE : from.end();
    }

    public boolean isUncertain() {
        return (from != null && from.uncertain()) || (to != null && to.uncertain());
    }

    public boolean isApproximate() {
        return (from != null && from.approximate()) || (to != null && to.approximate());
    }

    /** The coarser precision of the known endpoints. */
    public Precision precision() {
        if (from == null) {
            return to.precision();
        }
        if (to == null) {
            return from.precision();
        }
        return from.precision().compareTo(to.precision()) <= 0 ? from.precision() : to.precision();
    }
}
