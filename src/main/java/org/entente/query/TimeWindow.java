package org.entente.query;

/** A visible span of time, [start, end) in epoch milliseconds, never empty. */
public record TimeWindow(long start, long end) {
    /** The narrowest window the views allow: one second, so that zooming in never divides by zero. */
    public static final long MIN_SPAN = 1_000L;
    /**
     * The widest: about 126 million years. Windows stay within ±{@value #LIMIT} ms (about ±146 million
     * years), far enough from the limits of a long that no arithmetic on them overflows.
     */
    public static final long MAX_SPAN = 4_000_000_000_000_000_000L;
    public static final long LIMIT = 1L << 62;

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

    /** Whether the other window lies wholly within this one. */
    public boolean covers(TimeWindow other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(long spanStart, long spanEnd) {
        return spanStart < end && spanEnd > start;
    }

    /** The window zoomed by {@code factor} (below 1 zooms in) keeping {@code anchor} at the same place. */
    public TimeWindow zoom(double factor, long anchor) {
        long newSpan = Math.round(Math.max(MIN_SPAN, Math.min(MAX_SPAN, span() * factor)));
        double ratio = (double) (anchor - start) / span();
        return placed(anchor - Math.round(ratio * newSpan), newSpan);
    }

    public TimeWindow pan(long delta) {
        return placed(start + Math.max(-LIMIT, Math.min(LIMIT, delta)), span());
    }

    /** A window of the given span starting at {@code from}, moved back inside the supported range if needed. */
    private static TimeWindow placed(long from, long span) {
        long start = Math.max(-LIMIT, Math.min(LIMIT - span, from));
        return new TimeWindow(start, start + span);
    }

    /** A window around [from, to) with a margin on each side, for "fit" actions. */
    public static TimeWindow around(long from, long to, double margin) {
        return around(from, to, margin, margin);
    }

    /** A window around [from, to) with margins before and after, each a part of its span. */
    public static TimeWindow around(long from, long to, double before, double after) {
        long span = Math.max(MIN_SPAN, to - from);
        return new TimeWindow(from - Math.max(MIN_SPAN / 2, Math.round(span * before)),
                from + span + Math.max(MIN_SPAN / 2, Math.round(span * after)));
    }
}
