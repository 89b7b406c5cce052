package org.entente.table;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Skin;
import org.entente.state.ViewState;
import org.entente.view.LinkedView;

/**
 * The event table, a linked view: the events of the timeline's visible window that the filter lets
 * through, one a row, sortable by every column, with rows picked here selected in every view and the
 * rows shown exportable as CSV. It reads and changes only the shared {@link ViewState}.
 */
public class EventTableView extends LinkedView {
    public EventTableView(ViewState viewState) {
        super(viewState, "event-table-view", AccessibleRole.NODE, "event table");
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EventTableSkin(this);
    }

    /** How many rows the table holds now: the events of the window that pass the filter, or a store's first of them. */
    public int getRowCount() {
        return getSkin() instanceof EventTableSkin skin ? skin.rowCount() : 0;
    }

    /** The ids of the events in the rows, top to bottom, as shown. */
    public List<String> getRowEventIds() {
        return getSkin() instanceof EventTableSkin skin ? skin.rowEventIds() : List.of();
    }
}
