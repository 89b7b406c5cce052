package org.entente.bench;

import org.entente.index.TimeIndex;

/**
 * A cursor that scrubs a dataset a day per step, from its middle, bouncing back a year short of either
 * end, so that a benchmark repeats the same kind of step however many it runs.
 */
public final class ScrubCursor {
    public static final long DAY = 86_400_000L;
    public static final long YEAR = 365 * DAY;

    private final long first;
    private final long last;
    private long cursor;
    private long step = DAY;

    public ScrubCursor(TimeIndex time) {
        first = time.minStart() + YEAR;
        last = time.maxEnd() - YEAR;
        cursor = first + (last - first) / 2;
    }

    public long at() {
        return cursor;
    }

    /** Moves a day on, turning at the ends; returns the new position. */
    public long next() {
        if (cursor + step > last || cursor + step < first) {
            step = -step;
        }
        cursor += step;
        return cursor;
    }
}
