package org.entente.filter;

import java.util.ArrayDeque;
import java.util.Deque;
import org.entente.query.Filter;

/** The filters before the latest changes, so that a change can be undone, and the one before it too. */
final class FilterUndo {
    /** Enough to walk back through a session's worth of clicks without keeping every filter ever set. */
    private static final int LIMIT = 50;

    private final Deque<Filter> earlier = new ArrayDeque<>();

    /** Remembers the filter a change left. */
    void changed(Filter before) {
        earlier.addLast(before);
        if (earlier.size() > LIMIT) {
            earlier.removeFirst();
        }
    }

    /** The filter before the last change, forgotten as it is given back; null when there is none. */
    Filter undo() {
        return earlier.pollLast();
    }

    boolean canUndo() {
        return !earlier.isEmpty();
    }

    void clear() {
        earlier.clear();
    }
}
