package org.entente.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.entente.bench.BenchResult;
import org.entente.bench.LoadedDatasets;
import org.entente.index.IndexedDataset;
import org.entente.order.EventColumn;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;

/**
 * The event table's rows for a window holding the whole dataset, in each column's order: the work the
 * table does off the UI thread after the window stops or a heading is clicked. Each takes up to seconds
 * at a million rows, so it is timed directly (warm-up, repeats, median) rather than through JMH.
 */
public final class TableRowsBench {
    private static final List<EventColumn> TIMED = List.of(EventColumn.DATE, EventColumn.TITLE, EventColumn.ACTORS,
            EventColumn.TONE);

    private TableRowsBench() {
    }

    public static List<BenchResult> run(Path events, int repeats) {
        IndexedDataset data = LoadedDatasets.get(events.toString());
        TimeWindow all = ViewState.fitAll(data.time());
        List<BenchResult> results = new ArrayList<>();
        for (EventColumn column : TIMED) {
            TableRows.of(data, all, Filter.NONE, column, true, () -> false);
            double[] seconds = new double[repeats];
            int rows = 0;
            for (int i = 0; i < repeats; i++) {
                long start = System.nanoTime();
                rows = TableRows.of(data, all, Filter.NONE, column, true, () -> false).size();
                seconds[i] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(seconds);
            results.add(new BenchResult("event table rows of the whole dataset, sorted by "
                    + column.name().toLowerCase(Locale.ROOT) + ", off the UI thread",
                    seconds[repeats / 2] * 1000, "ms", "", rows));
        }
        return results;
    }
}
