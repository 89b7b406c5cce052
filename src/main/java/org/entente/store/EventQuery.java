package org.entente.store;

import org.entente.query.Filter;
import org.entente.query.TimeWindow;

/**
 * A page of the events of a window that pass a filter: rows {@code offset} to {@code offset + limit} of
 * them in the order of {@code sort}. Events without a tone come last when sorted by tone, either way.
 */
public record EventQuery(Filter filter, TimeWindow window, EventSort sort, boolean ascending, int offset, int limit) {
    public EventQuery {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset " + offset + " and limit " + limit + " must not be negative");
        }
    }
}
