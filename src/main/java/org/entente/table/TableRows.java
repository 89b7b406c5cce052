package org.entente.table;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
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
 * of what is in the window; other orders cost one key per row and a sort, done off the UI thread.
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
        Comparator<Integer> order = order(dataset, rows, column);
        Integer[] slots = new Integer[rows.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = i;
        }
        Arrays.sort(slots, ascending ? order : order.reversed());
        int[] sorted = new int[rows.length];
        for (int i = 0; i < slots.length; i++) {
            sorted[i] = rows[slots[i]];
        }
        return new TableRows(sorted);
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

    /**
     * How a column orders the rows, by slot. Each row's key is computed once, before sorting, so that a
     * million rows cost a million keys, not a key per comparison. Ties fall back to time, then to the
     * dataset's order, so sorting is stable.
     */
    private static Comparator<Integer> order(Dataset dataset, int[] rows, EventColumn column) {
        List<Event> events = dataset.events();
        long[] starts = new long[rows.length];
        long[] ends = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            starts[i] = events.get(rows[i]).when().start();
            ends[i] = events.get(rows[i]).when().end();
        }
        Comparator<Integer> byTime = Comparator.comparingLong((Integer i) -> starts[i]).thenComparingLong(i -> ends[i])
                .thenComparingInt(i -> rows[i]);
        Comparator<Integer> primary = switch (column) {
            case DATE -> byTime;
            case TITLE -> byWords(rows, p -> events.get(p).title());
            case KIND -> byWords(rows, p -> events.get(p).kind());
            case ACTORS -> byWords(rows, p -> EventCells.actors(events.get(p), dataset));
            case PLACE -> byWords(rows, p -> EventCells.place(events.get(p)));
            case TONE -> {
                double[] tones = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    tones[i] = toneKey(events.get(rows[i]).tone());
                }
                yield Comparator.comparingDouble((Integer i) -> tones[i]);
            }
            case SOURCES -> {
                int[] sources = new int[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    sources[i] = sources(events.get(rows[i]));
                }
                yield Comparator.comparingInt((Integer i) -> sources[i]);
            }
        };
        return primary.thenComparing(byTime);
    }

    /** Orders rows by a text, as a reader would (case and accents aside), through one collation key per row. */
    private static Comparator<Integer> byWords(int[] rows, IntFunction<String> text) {
        Collator words = Collator.getInstance(Locale.ROOT);
        words.setStrength(Collator.PRIMARY);
        CollationKey[] keys = new CollationKey[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String value = text.apply(rows[i]);
            keys[i] = words.getCollationKey(value == null ? "" : value);
        }
        return Comparator.comparing((Integer i) -> keys[i]);
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
