package org.entente.eventlist;

import java.util.EnumMap;
import java.util.List;
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
    /**
     * The columns in the order they give way in a narrow table, the last first: the event table sits in the
     * side pane, some 560 px wide, where seven columns at their least width cut every title after a word or
     * two ("Foreign Affairs ...", "Aso Taro — Ma...").
     */
    private static final List<EventColumn> BY_IMPORTANCE = List.of(EventColumn.DATE, EventColumn.TITLE, EventColumn.PLACE,
            EventColumn.ACTORS, EventColumn.KIND, EventColumn.TONE, EventColumn.SOURCES);

    private EventColumns() {
    }

    /** The width at which a column reads. */
    private static double readable(EventColumn column) {
        return switch (column) {
            case DATE, PLACE -> 110;
            case TITLE -> 240;
            case ACTORS -> 160;
            case KIND -> 100;
            case TONE -> 56;
            case SOURCES -> 64;
        };
    }

    /**
     * Shows the columns that fit {@code width} each at its readable width, the date and the title always and
     * then the others in order of what they tell, and hides those after the first that does not fit.
     */
    public static void fit(Map<EventColumn, TableColumn<Integer, String>> columns, double width) {
        double used = 0;
        boolean room = true;
        for (EventColumn key : BY_IMPORTANCE) {
            used += readable(key);
            room &= used <= width || key == EventColumn.DATE || key == EventColumn.TITLE;
            columns.get(key).setVisible(room);
        }
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
