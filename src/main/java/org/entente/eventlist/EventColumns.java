package org.entente.eventlist;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.entente.model.Dataset;
import org.entente.order.EventCells;
import org.entente.order.EventColumn;

/**
 * The columns of a table of events whose rows are dataset positions, as the event table and the event
 * list show them: each column says what {@link EventCells} says, and carries its {@link EventColumn} so
 * that a sort by it can be done by {@link org.entente.order.EventOrder}, off the UI thread.
 */
public final class EventColumns {
    private EventColumns() {
    }

    /** Which column a table is sorted by first, and which way. */
    public record Sorting(EventColumn column, boolean ascending) {
    }

    /** The text of a row's cell in a column, the row being whatever position the table's items are. */
    @FunctionalInterface
    public interface CellText {
        String text(EventColumn column, int row);
    }

    /** One column for each {@link EventColumn}, in their order, reading the events of {@code dataset}. */
    public static Map<EventColumn, TableColumn<Integer, String>> create(Supplier<Dataset> dataset) {
        return create((key, row) -> {
            Dataset events = dataset.get();
            return EventCells.text(key, events.events().get(row), events);
        });
    }

    /** One column for each {@link EventColumn}, in their order, each cell saying what {@code cells} says. */
    public static Map<EventColumn, TableColumn<Integer, String>> create(CellText cells) {
        Map<EventColumn, TableColumn<Integer, String>> columns = new EnumMap<>(EventColumn.class);
        columns.put(EventColumn.DATE, column("Date", EventColumn.DATE, 120, cells));
        columns.put(EventColumn.TITLE, column("Title", EventColumn.TITLE, 260, cells));
        columns.put(EventColumn.KIND, column("Kind", EventColumn.KIND, 110, cells));
        columns.put(EventColumn.ACTORS, column("Actors", EventColumn.ACTORS, 200, cells));
        columns.put(EventColumn.PLACE, column("Place", EventColumn.PLACE, 110, cells));
        columns.put(EventColumn.TONE, column("Tone", EventColumn.TONE, 64, cells));
        columns.put(EventColumn.SOURCES, column("Sources", EventColumn.SOURCES, 64, cells));
        return columns;
    }

    private static TableColumn<Integer, String> column(String title, EventColumn key, double width, CellText cells) {
        TableColumn<Integer, String> column = new TableColumn<>(title);
        column.setUserData(key);
        column.setPrefWidth(width);
        // Every column keeps room for its heading and a readable value when the table is narrow; a date needs most.
        column.setMinWidth(key == EventColumn.DATE ? 96 : Math.min(width, 80));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(cells.text(key, row.getValue())));
        return column;
    }

    /** The first column of the table's sort order, made by {@link #create}; empty when it is sorted by none. */
    public static Optional<Sorting> sorting(TableView<Integer> table) {
        if (table.getSortOrder().isEmpty()) {
            return Optional.empty();
        }
        TableColumn<Integer, ?> first = table.getSortOrder().get(0);
        return Optional.of(new Sorting((EventColumn) first.getUserData(),
                first.getSortType() == TableColumn.SortType.ASCENDING));
    }
}
