package org.entente.index;

import org.entente.model.Event;

/**
 * A time window over indexed events that tells what enters and what leaves it as it moves, for the views
 * that keep running totals over their window (the actor graph, the map).
 *
 * <p>Moving the window walks only the events that enter or leave it: each edge of the window moves in
 * turn, and the events whose start (or end) lies in the span it swept are found by rank in the time
 * index. A scrub step therefore costs what it changes, not the size of the dataset. When a jump would
 * touch more events than the new window holds, the totals are cleared and the window's own events
 * applied instead.
 */
public final class SlidingWindow {
    /** Receives the events that enter (+1) or leave (-1) the window. */
    @FunctionalInterface
    public interface Apply {
        void apply(int event, int sign);
    }

    private final TimeIndex time;
    private final Apply apply;
    private final Runnable clear;
    private long start;
    private long end;
    private boolean empty = true;

    /**
     * @param clear  empties the totals before a rebuild applies the window's events afresh
     */
    public SlidingWindow(TimeIndex time, Apply apply, Runnable clear) {
        this.time = time;
        this.apply = apply;
        this.clear = clear;
    }

    /** Applies the events that enter or leave as the window becomes [from, to). */
    public void moveTo(long from, long to) {
        if (empty || cost(from, to) > time.countOverlapping(from, to)) {
            rebuild(from, to);
            return;
        }
        if (to > end) {
            walkStarting(end, to, start, +1);
        } else if (to < end) {
            walkStarting(to, end, start, -1);
        }
        end = to;
        if (from > start) {
            walkEnding(start, from, end, -1);
        } else if (from < start) {
            walkEnding(from, start, end, +1);
        }
        start = from;
    }

    /** How many events the edge moves would walk: those starting or ending in the swept spans. */
    private long cost(long from, long to) {
        long walked = Math.abs((long) time.firstStartingAtOrAfter(to) - time.firstStartingAtOrAfter(end));
        walked += Math.abs((long) time.firstEndingAfter(from) - time.firstEndingAfter(start));
        return walked;
    }

    private void rebuild(long from, long to) {
        clear.run();
        IntList inWindow = new IntList(Math.max(16, time.countOverlapping(from, to)));
        time.overlapping(from, to, inWindow);
        for (int i = 0; i < inWindow.size(); i++) {
            apply.apply(inWindow.get(i), +1);
        }
        start = from;
        end = to;
        empty = false;
    }

    /** Applies the events starting in [from, to) that end after {@code after}: they enter (+1) or leave (-1). */
    private void walkStarting(long from, long to, long after, int sign) {
        for (int r = time.firstStartingAtOrAfter(from); r < time.size() && time.startAt(r) < to; r++) {
            if (time.endAt(r) > after) {
                apply.apply(time.eventAt(r), sign);
            }
        }
    }

    /** Applies the events ending in (from, to] that start before {@code before}. */
    private void walkEnding(long from, long to, long before, int sign) {
        for (int r = time.firstEndingAfter(from); r < time.size() && time.endByEndRank(r) <= to; r++) {
            if (time.startByEndRank(r) < before) {
                apply.apply(time.eventByEndRank(r), sign);
            }
        }
    }

    /** Whether the event's span overlaps the window, as the time index counts overlap. */
    public boolean holds(Event event) {
        long eventStart = event.when().start();
        return !empty && eventStart < end && Math.max(event.when().end(), eventStart) > start;
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }
}
