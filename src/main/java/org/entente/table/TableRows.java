package org.entente.table;

import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.entente.index.IndexedDataset;
import org.entente.index.IntList;
import org.entente.model.Dataset;
import org.entente.order.EventColumn;
import org.entente.order.EventOrder;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;

/**
 * The rows of the event table, free of JavaFX: the dataset positions of the events in a window that the
 * filter lets through, in the order of a column. The time index gives them in start order at the cost
 * of what is in the window; other orders cost one key per row and a sort (EventOrder), done off the UI
 * thread.
 */
record TableRows(int[] positions) {
    static final TableRows EMPTY = new TableRows(new int[0]);

    /** The events overlapping the window that pass the filter, sorted by the column, ascending or not. */
    static TableRows of(IndexedDataset data, TimeWindow window, Filter filter, EventColumn column, boolean ascending,
                        BooleanSupplier cancelled) {
        Dataset dataset = data.dataset();
        IntList overlapping = new IntList();
        data.time().overlapping(window.start(), window.end(), overlapping);
        IntList kept = new IntList(overlapping.size());
        for (int i = 0; i < overlapping.size(); i++) {
            int position = overlapping.get(i);
            if (filter.isEmpty() || filter.matches(dataset.events().get(position), dataset)) {
                kept.add(position);
            }
            if ((i & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                return EMPTY;
            }
        }
        int[] rows = kept.toArray();
        if (column == EventColumn.DATE && ascending) {
            return new TableRows(rows);
        }
        return new TableRows(EventOrder.sort(dataset, rows, column, ascending));
    }

    int size() {
        return positions.length;
    }

    /** The rows whose events have these ids, in row order. */
    int[] rowsOf(Dataset dataset, List<String> eventIds) {
        Set<Integer> wanted = eventIds.stream().map(dataset::eventPosition).filter(p -> p >= 0).collect(Collectors.toSet());
        IntList rows = new IntList();
        for (int row = 0; row < positions.length && rows.size() < wanted.size(); row++) {
            if (wanted.contains(positions[row])) {
                rows.add(row);
            }
        }
        return rows.toArray();
    }
}
