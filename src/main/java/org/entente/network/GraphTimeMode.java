package org.entente.network;

/** Which stretch of time the graph shows, relative to the timeline. */
public enum GraphTimeMode {
    VISIBLE_RANGE("Visible range"),
    AROUND_CURSOR("Around the cursor"),
    UP_TO_CURSOR("Up to the cursor");

    private final String label;

    GraphTimeMode(String label) {
        this.label = label;
    }

    /**
     * The half-open range [from, to) shown for a timeline window and cursor. "Up to the cursor" reaches
     * back to the beginning of time, so events with an open start count too.
     */
    public GraphRange range(long windowStart, long windowEnd, long cursor, GraphSpan span) {
        return switch (this) {
            case VISIBLE_RANGE -> new GraphRange(windowStart, windowEnd);
            case AROUND_CURSOR -> {
                long half = span.millis(windowEnd - windowStart);
                yield new GraphRange(cursor - half, cursor + half);
            }
            case UP_TO_CURSOR -> new GraphRange(Long.MIN_VALUE + 1, cursor + 1);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
