package org.entente.store;

import java.util.List;

/** Some rows of a longer list, and how many rows the whole list has, so that a view can size its scroll bar. */
public record EventPage(List<EventRow> rows, int total) {
    public EventPage {
        rows = List.copyOf(rows);
    }
}
