package org.entente.store;

import java.util.List;
import org.entente.model.Event;

/** One event in full, for the detail pane: the record and each of its citations with its source, in the event's order. */
public record EventDetail(Event event, List<CitedSource> citations) {
    public EventDetail {
        citations = List.copyOf(citations);
    }
}
