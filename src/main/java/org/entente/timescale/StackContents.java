package org.entente.timescale;

import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.model.Dataset;
import org.entente.query.TimeWindow;
import org.entente.time.When;

/**
 * What a click on a stack of events opens (a "+N more" badge, or a cluster of density): the window that
 * shows exactly their span, or, when zooming could not part them (they all fall on one instant or one
 * day, or their span is most of the window already), the list of them.
 *
 * @param events the events of the stack, by dataset position in start order
 * @param zoom   the window to zoom to, or null when the events are to be listed
 * @param from   where their span starts, clipped to the stack
 * @param to     where it ends
 */
public record StackContents(int[] events, TimeWindow zoom, long from, long to) {
    public static final long DAY = 86_400_000L;
    /** Either side of the events' span, so that the marks at its ends are not cut by the edges. */
    private static final double MARGIN = 0.05;

    /** Zooming in to less than this part of the window would not part the events: they are listed. */
    private static final double LEAST_ZOOM = 0.8;

    /** The events of a lane's index that overlap [from, to), and what opening them means in this window. */
    public static StackContents of(Dataset dataset, TimeIndex index, long from, long to, TimeWindow window) {
        IntList found = new IntList();
        index.overlapping(from, Math.max(to, from + 1), found);
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int k = 0; k < found.size(); k++) {
            When when = dataset.events().get(found.get(k)).when();
            first = Math.min(first, SelectionExtent.finite(when.start(), when.end()));
            last = Math.max(last, SelectionExtent.finite(when.end(), when.start()));
        }
        long lo = Math.max(from, first);
        long hi = Math.max(lo, Math.min(to, last));
        TimeWindow zoom = TimeWindow.around(lo, hi, MARGIN);
        boolean oneDay = Math.floorDiv(lo, DAY) == Math.floorDiv(Math.max(lo, hi - 1), DAY);
        if (found.size() == 0 || oneDay || zoom.span() >= window.span() * LEAST_ZOOM) {
            return new StackContents(found.toArray(), null, lo, hi);
        }
        return new StackContents(found.toArray(), zoom, lo, hi);
    }

    public boolean listed() {
        return zoom == null;
    }
}
