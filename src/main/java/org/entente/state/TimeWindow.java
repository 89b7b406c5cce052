package org.entente.state;

/** A visible span of time, [start, end) in epoch milliseconds, never empty. */
public record TimeWindow(long start, long end) {
    /** The narrowest window the views allow: one second, so that zooming in never divides by zero. */
    public static final long MIN_SPAN = 1_000L;

    public TimeWindow {
        if (end - start < MIN_SPAN || end < start) {
            throw new IllegalArgumentException("a time window must span at least " + MIN_SPAN + " ms: ["
                    + start + ", " + end + ")");
        }
    }

    public long span() {
        return end - start;
    }

    public boolean contains(long t) {
        return t >= start && t < end;
    }

    public boolean overlaps(long spanStart, long spanEnd) {
        return spanStart < end && spanEnd > start;
    }

    /** The window zoomed by {@code factor} (below 1 zooms in) keeping {@code anchor} at the same place. */
    public TimeWindow zoom(double factor, long anchor) {
        double newSpan = Math.max(MIN_SPAN, span() * factor);
        double ratio = (anchor - (double) start) / span();
        long newStart = Math.round(anchor - ratio * newSpan);
        return new TimeWindow(newStart, newStart + Math.round(newSpan));
    }

    public TimeWindow pan(long delta) {
        return new TimeWindow(start + delta, end + delta);
    }

    /** A window around [from, to) with a margin on each side, for "fit" actions. */
    public static TimeWindow around(long from, long to, double margin) {
        long span = Math.max(MIN_SPAN, to - from);
        long pad = Math.max(MIN_SPAN / 2, Math.round(span * margin));
        return new TimeWindow(from - pad, from + span + pad);
    }
}
