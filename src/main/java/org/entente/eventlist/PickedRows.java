package org.entente.eventlist;

import java.util.List;
import java.util.Objects;
import org.entente.index.IndexedDataset;
import org.entente.state.Selection;
import org.entente.state.ViewState;

/** Rows picked in a table of events, made the selection of every view. */
public final class PickedRows {
    private PickedRows() {
    }

    /**
     * Selects the events at the picked positions (a table's selected items): one event, or several.
     * Picking none leaves the selection alone, as a table clears its picks whenever its rows change.
     */
    public static void select(ViewState state, List<Integer> picked) {
        IndexedDataset data = state.getDataset();
        if (data == null) {
            return;
        }
        Selection selection = Selection.events(picked.stream().filter(Objects::nonNull)
                .map(position -> data.dataset().events().get(position).id()).toList());
        if (selection != Selection.NOTHING) {
            state.select(selection);
        }
    }
}
