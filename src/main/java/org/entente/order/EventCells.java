package org.entente.order;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Location;
import org.entente.time.WhenFormat;

/** What a cell of a list of events says about an event, shared by the cells and by sorting, so both agree. */
public final class EventCells {
    private EventCells() {
    }

    /** The text of the column's cell for the event. */
    public static String text(EventColumn column, Event event, Dataset dataset) {
        return switch (column) {
            case DATE -> WhenFormat.format(event.when());
            case TITLE -> event.title();
            case KIND -> event.kind() == null ? "" : event.kind();
            case ACTORS -> actors(event, dataset);
            case PLACE -> place(event);
            case TONE -> tone(event.tone());
            case SOURCES -> Integer.toString(sources(event));
        };
    }

    /** The participants' names, in the event's order. */
    /** A tone as the tables show it, signed with one decimal; nothing for none. */
    public static String tone(double tone) {
        return Double.isNaN(tone) ? "" : String.format("%+.1f", tone);
    }

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

    /** How many distinct sources an event cites. */
    public static int sources(Event event) {
        Set<String> ids = new HashSet<>();
        for (Citation citation : event.citations()) {
            ids.add(citation.source());
        }
        return ids.size();
    }
}
