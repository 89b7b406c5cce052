package org.entente.index;

import org.entente.query.TimeWindow;

/**
 * Where a dataset opens: on the span where most of its events are, not on its full extent, so that a few
 * outliers (a war decades back in a dataset of this year's visits) do not squeeze the rest into a strip.
 *
 * <p>For each share of the events from all of them down to half (at most {@value #STEPS} shares, so a
 * few passes even over millions), the shortest run of that many events in start order is found in one
 * pass over the sorted starts; a run spans from its first start to the end of its last event. A share f
 * in a span s scores f⁶ / s: leaving events out pays only when it narrows the span much more than it loses
 * events (dropping a tenth must halve the span, dropping a third must narrow it elevenfold), so evenly
 * spread data opens on all of it. Among the shortest runs of a share the latest wins, because the latest
 * dense period is usually the story. Fit all still shows every event.
 */
public final class OpeningWindow {
    /** How many shares are tried: every count for small datasets, steps of 1/64 of the events for large ones. */
    private static final int STEPS = 64;
    /** The power of the share in the score; the higher, the more events it takes to leave some out. */
    private static final int RELUCTANCE = 6;
    private static final double MARGIN = 0.05;
    /**
     * After the last event, room for its label as well, when the events are few enough to be drawn one by
     * one ({@link #LABELLED}): labels are drawn to the right of their events, and with the margin alone the
     * seed opened with its latest and most told events, Li Qiang's visit and the parade of 10 October, cut
     * to "Li Qia..." and "Militar..." at the window's edge, and with 15% to "Li Qiang's visit to North...":
     * 22% leaves a 1,400-pixel timeline the 220 pixels a label may take. Events drawn as density have no
     * labels, and a wider margin would only leave the view's right empty.
     */
    private static final double LABEL_MARGIN = 0.22;
    /** At most this many events in the window, a timeline of the usual width draws them one by one, labelled. */
    private static final int LABELLED = 1_000;
    /** Spans shorter than this part of the full extent count as this long, so that ties at one instant do not win outright. */
    private static final double FLOOR = 1e-4;

    private OpeningWindow() {
    }

    /** The opening window for events with finite starts; {@code fallback} when there are none. */
    public static TimeWindow of(TimeIndex time, TimeWindow fallback) {
        int first = time.firstStartingAtOrAfter(Long.MIN_VALUE + 1);
        int n = time.size() - first;
        if (n <= 0) {
            return fallback;
        }
        double floor = Math.max(TimeWindow.MIN_SPAN, FLOOR * (time.startAt(time.size() - 1) - time.startAt(first)));
        int bestFrom = first;
        int bestCount = n;
        double bestScore = -1;
        int step = Math.max(1, n / STEPS);
        for (int count = n; count >= (n + 1) / 2; count -= step) {
            int from = shortest(time, first, count);
            double span = Math.max(floor, reach(time, from + count - 1) - time.startAt(from));
            double score = Math.pow((double) count / n, RELUCTANCE) / span;
            if (score > bestScore) {
                bestScore = score;
                bestFrom = from;
                bestCount = count;
            }
        }
        return TimeWindow.around(time.startAt(bestFrom), reach(time, bestFrom + bestCount - 1), MARGIN,
                bestCount <= LABELLED ? LABEL_MARGIN : MARGIN);
    }

    /**
     * Where a run of events that ends with the event at {@code rank} (in start order) reaches: that event's
     * end, so that a day of day-long events spans a day and not nothing; its start when its end is open.
     */
    private static long reach(TimeIndex time, int rank) {
        return time.endAt(rank) == Long.MAX_VALUE ? time.startAt(rank) : time.endAt(rank);
    }

    /** The rank of the first of {@code count} consecutive starts (from {@code first} on) that span the least time; the latest such. */
    private static int shortest(TimeIndex time, int first, int count) {
        int best = first;
        long bestSpan = Long.MAX_VALUE;
        for (int from = first; from + count <= time.size(); from++) {
            long span = reach(time, from + count - 1) - time.startAt(from);
            if (span <= bestSpan) {
                bestSpan = span;
                best = from;
            }
        }
        return best;
    }
}
