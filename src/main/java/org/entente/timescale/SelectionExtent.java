package org.entente.timescale;

import java.util.Optional;
import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;

/** The window that shows a selection: its event, or every event of its actor or pair. */
public final class SelectionExtent {
    private static final double MARGIN = 0.08;
    private static final long MIN_SPAN = 2 * 86_400_000L;

    private SelectionExtent() {
    }

    /** Empty when nothing is selected or the selection has no dated events. One scan over the events, on demand. */
    public static Optional<TimeWindow> of(Dataset dataset, Selection selection) {
        if (selection instanceof Selection.OfEvent s) {
            return dataset.event(s.eventId()).flatMap(e -> extent(finite(e.when().start(), e.when().end()),
                    finite(e.when().end(), e.when().start())));
        }
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (Event e : dataset.events()) {
            if (shows(selection, e)) {
                from = Math.min(from, finite(e.when().start(), e.when().end()));
                to = Math.max(to, finite(e.when().end(), e.when().start()));
            }
        }
        return extent(from, to);
    }

    private static Optional<TimeWindow> extent(long from, long to) {
        if (from > to) {
            return Optional.empty();
        }
        long pad = Math.max(0, (MIN_SPAN - (to - from)) / 2);
        return Optional.of(TimeWindow.around(from - pad, to + pad, MARGIN));
    }

    /**
     * Whether the window holds any event of the selection. Looking costs the events in the window, so
     * past {@code limit} of them the answer is yes: a window that wide shows an actor's activity anyway.
     */
    public static boolean anyIn(Dataset dataset, TimeIndex index, Selection selection, TimeWindow window, int limit) {
        if (index.countOverlapping(window.start(), window.end()) > limit) {
            return true;
        }
        IntList inWindow = new IntList();
        index.overlapping(window.start(), window.end(), inWindow);
        for (int i = 0; i < inWindow.size(); i++) {
            if (shows(selection, dataset.events().get(inWindow.get(i)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an event belongs to the selection: it is selected, or it involves the selected actor or pair, a
     * member of the selected group, or a member of each of two selected groups.
     */
    public static boolean shows(Selection selection, Event e) {
        if (selection instanceof Selection.OfEvent || selection instanceof Selection.OfEvents) {
            return selection.includesEvent(e.id());
        }
        if (selection instanceof Selection.OfActor a) {
            return e.involves(a.actorId());
        }
        if (selection instanceof Selection.OfPair p) {
            return e.involves(p.first()) && e.involves(p.second());
        }
        if (selection instanceof Selection.OfGroup g) {
            return involvesAny(e, g);
        }
        if (selection instanceof Selection.OfGroupPair p) {
            return involvesAny(e, p.first()) && involvesAny(e, p.second());
        }
        return false;
    }

    private static boolean involvesAny(Event e, Selection.OfGroup group) {
        for (Participant p : e.participants()) {
            if (group.members().contains(p.actor())) {
                return true;
            }
        }
        return false;
    }

    /** An open end is replaced by the other end, so that "since 2011" zooms to 2011, not to infinity. */
    static long finite(long value, long other) {
        return value == Long.MIN_VALUE || value == Long.MAX_VALUE ? other : value;
    }
}
