package org.entente.state;

import org.entente.query.TimeWindow;

/**
 * What the records of a store on show cover: the stretch of time whose events they hold, those lasting
 * {@code longest} or less ({@link Long#MAX_VALUE}: all of them), and at least how many of its events last
 * longer and are left out ({@code longer}, 0 when unknown or none). A store so large that every window is
 * crossed by too many long events is shown by the events happening within the window, while the long ones
 * are drawn as the timeline's counts; the views say so from this. While the rest of a busy window's events
 * are being fetched, the records hold a first page of them, the most cited, and {@code firstPageOf} says how
 * many there are in all (0 when all are held).
 */
public record RecordsCover(TimeWindow window, long longest, int longer, int firstPageOf) {

    /** The records of every event of {@code window}. */
    public static RecordsCover whole(TimeWindow window) {
        return new RecordsCover(window, Long.MAX_VALUE, 0, 0);
    }

    public RecordsCover {
        if (window == null || longest < 0 || longer < 0 || firstPageOf < 0) {
            throw new IllegalArgumentException("a cover needs a window, a span and counts of none or more");
        }
    }

    /** The same cover, of the first page only of its {@code events} events. */
    public RecordsCover firstPageOf(int events) {
        return new RecordsCover(window, longest, longer, events);
    }

    /** Whether every event of the window is held, however long it lasts. */
    public boolean isWhole() {
        return longest == Long.MAX_VALUE && !isFirstPage();
    }

    /** Whether the records are a first page of the events they cover, the rest on their way. */
    public boolean isFirstPage() {
        return firstPageOf > 0;
    }
}
