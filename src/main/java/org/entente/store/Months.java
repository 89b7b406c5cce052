package org.entente.store;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.entente.query.TimeWindow;

/**
 * Calendar months in UTC, numbered from January 1970, as the store's monthly counts number them: the months
 * that lie wholly inside a window, which those counts answer for, and the rest, which the events do.
 */
record Months(int first, int end) {

    /** The whole months of a window, [first, end); empty (first >= end) when it holds none. */
    static Months inside(TimeWindow window) {
        int first = id(window.start());
        if (start(first) < window.start()) {
            first++;
        }
        return new Months(first, id(window.end()));
    }

    boolean isEmpty() {
        return first >= end;
    }

    /** Instants past some three hundred thousand years are clamped there: no dataset's months lie beyond. */
    private static final long FAR = 10_000_000_000_000_000L;

    static int id(long instant) {
        long clamped = Math.max(-FAR, Math.min(FAR, instant));
        YearMonth month = YearMonth.from(Instant.ofEpochMilli(clamped).atZone(ZoneOffset.UTC));
        return (month.getYear() - 1970) * 12 + month.getMonthValue() - 1;
    }

    static long start(int id) {
        return YearMonth.of(1970 + Math.floorDiv(id, 12), Math.floorMod(id, 12) + 1).atDay(1)
                .atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
