package org.entente.order;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.entente.model.Dataset;
import org.entente.model.Event;

/**
 * Orders events, given by dataset position, by a column, free of JavaFX so that it runs off the UI
 * thread. Each row's key is computed once, before sorting, so that a million rows cost a million keys,
 * not a key per comparison. Ties fall back to time, then to the dataset's order, so sorting is stable.
 */
public final class EventOrder {
    private EventOrder() {
    }

    /** The positions in the column's order, ascending or not, as a new array; the given one is left alone. */
    public static int[] sort(Dataset dataset, int[] positions, EventColumn column, boolean ascending) {
        Comparator<Integer> order = order(dataset, positions, column);
        Integer[] slots = new Integer[positions.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = i;
        }
        Arrays.sort(slots, ascending ? order : order.reversed());
        int[] sorted = new int[positions.length];
        for (int i = 0; i < slots.length; i++) {
            sorted[i] = positions[slots[i]];
        }
        return sorted;
    }

    /** How a column orders the rows, by slot. */
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
                    sources[i] = EventCells.sources(events.get(rows[i]));
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
}
