package org.entente.table;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.entente.index.IndexedDataset;
import org.entente.index.IntList;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;

/**
 * The rows of the event table, free of JavaFX: the dataset positions of the events in a window that the
 * filter lets through, in the order of a column. The time index gives them in start order at the cost
 * of what is in the window; other orders cost a sort of those rows, done off the UI thread.
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
        Comparator<Integer> order = order(dataset, column);
        Integer[] boxed = Arrays.stream(rows).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, ascending ? order : order.reversed());
        return new TableRows(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
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

    /** How a column orders events; ties fall back to time, then to the dataset's order, so sorting is stable. */
    private static Comparator<Integer> order(Dataset dataset, EventColumn column) {
        List<Event> events = dataset.events();
        Collator words = Collator.getInstance(Locale.ROOT);
        words.setStrength(Collator.PRIMARY);
        Comparator<Integer> byTime = Comparator.comparingLong((Integer p) -> events.get(p).when().start())
                .thenComparingLong(p -> events.get(p).when().end()).thenComparingInt(p -> p);
        Comparator<Integer> primary = switch (column) {
            case DATE -> byTime;
            case TITLE -> Comparator.comparing((Integer p) -> text(events.get(p).title()), words);
            case KIND -> Comparator.comparing((Integer p) -> text(events.get(p).kind()), words);
            case ACTORS -> Comparator.comparing((Integer p) -> EventCells.actors(events.get(p), dataset), words);
            case PLACE -> Comparator.comparing((Integer p) -> EventCells.place(events.get(p)), words);
            case TONE -> Comparator.comparingDouble((Integer p) -> toneKey(events.get(p).tone()));
            case SOURCES -> Comparator.comparingInt((Integer p) -> sources(events.get(p)));
        };
        return primary.thenComparing(byTime);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Events without a tone sort after every toned event, whichever way the column is sorted first. */
    private static double toneKey(double tone) {
        return Double.isNaN(tone) ? Double.MAX_VALUE : tone;
    }

    /** How many distinct sources an event cites. */
    static int sources(Event event) {
        Set<String> ids = new HashSet<>();
        for (Citation citation : event.citations()) {
            ids.add(citation.source());
        }
        return ids.size();
    }
}
