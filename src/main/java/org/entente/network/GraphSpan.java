package org.entente.network;

/**
 * How far either side of the cursor the graph looks in the "cursor ± span" mode: a fixed time, or an
 * eighth of the timeline's window, so that the graph covers a quarter of what the timeline shows and
 * zooming the timeline zooms the graph's time with it.
 */
public enum GraphSpan {
    FOLLOW_ZOOM("\u00BC of the view", 0),
    WEEK("\u00B1 1 week", 7),
    MONTH("\u00B1 1 month", 30),
    QUARTER("\u00B1 3 months", 91),
    YEAR("\u00B1 1 year", 365),
    FIVE_YEARS("\u00B1 5 years", 5 * 365 + 1);

    private static final long DAY = 86_400_000L;

    private final String label;
    private final long days;

    GraphSpan(String label, long days) {
        this.label = label;
        this.days = days;
    }

    /** How far either side of the cursor, for a timeline window that spans {@code windowSpan}. */
    public long millis(long windowSpan) {
        return this == FOLLOW_ZOOM ? Math.max(1, windowSpan / 8) : days * DAY;
    }

    @Override
    public String toString() {
        return label;
    }
}
