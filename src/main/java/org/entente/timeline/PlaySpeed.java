package org.entente.timeline;

/** How fast Play moves the cursor, in time per second of playback. */
public enum PlaySpeed {
    HOUR("1 hour / s", 3_600_000L),
    DAY("1 day / s", 86_400_000L),
    WEEK("1 week / s", 7 * 86_400_000L),
    MONTH("1 month / s", 2_629_746_000L),
    YEAR("1 year / s", 31_556_952_000L),
    DECADE("10 years / s", 315_569_520_000L);

    private final String label;
    private final long millisPerSecond;

    PlaySpeed(String label, long millisPerSecond) {
        this.label = label;
        this.millisPerSecond = millisPerSecond;
    }

    public long millisPerSecond() {
        return millisPerSecond;
    }

    @Override
    public String toString() {
        return label;
    }
}
