package org.entente.network;

/** How far either side of the cursor the graph looks in the "cursor ± span" mode. */
public enum GraphSpan {
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

    public long millis() {
        return days * DAY;
    }

    @Override
    public String toString() {
        return label;
    }
}
