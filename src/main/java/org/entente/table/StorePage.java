package org.entente.table;

import java.util.List;
import org.entente.order.EventCells;
import org.entente.order.EventColumn;
import org.entente.store.EventRow;
import org.entente.store.EventSort;
import org.entente.time.WhenFormat;

/**
 * The first rows of a window of a store too many to fetch one by one, as the store pages them: enough to
 * read what happened first (or last, or most negative) in a time of a hundred million events. A store's
 * page carries no actors or places, which come with the records once the window holds few enough.
 */
record StorePage(List<EventRow> rows, int total) {
    /** The rows a page holds at most. */
    static final int SIZE = 1_000;

    String text(EventColumn column, int row) {
        EventRow event = rows.get(row);
        return switch (column) {
            case DATE -> WhenFormat.format(event.when());
            case TITLE -> event.title();
            case KIND -> event.kind() == null ? "" : event.kind();
            case TONE -> EventCells.tone(event.tone());
            case SOURCES -> Integer.toString(event.sources());
            case ACTORS, PLACE -> "";
        };
    }

    /** How the store sorts what the table is sorted by: by date for a column it cannot sort by. */
    static EventSort sort(EventColumn column) {
        return switch (column) {
            case TITLE -> EventSort.TITLE;
            case KIND -> EventSort.KIND;
            case TONE -> EventSort.TONE;
            case SOURCES -> EventSort.SOURCES;
            case DATE, ACTORS, PLACE -> EventSort.DATE;
        };
    }
}
