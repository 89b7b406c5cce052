package org.entente.table;

import java.util.stream.Collectors;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Location;

/** What a cell of the event table says about an event, shared by the cells and by sorting, so both agree. */
final class EventCells {
    private EventCells() {
    }

    /** The participants' names, in the event's order. */
    static String actors(Event event, Dataset dataset) {
        return event.participants().stream().map(p -> dataset.actorName(p.actor())).collect(Collectors.joining(", "));
    }

    /** The place's name, else its country, else nothing. */
    static String place(Event event) {
        Location location = event.location();
        if (location == null) {
            return "";
        }
        return location.name() != null ? location.name() : location.country() == null ? "" : location.country();
    }
}
