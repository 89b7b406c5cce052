package org.entente.order;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.entente.model.Dataset;
import org.entente.model.Event;

/**
 * Orders events, given by dataset position, by a column, free of JavaFX so that it runs off the UI
 * thread. Every row gets two numbers, its rank in the column and its rank in time, packed into one
 * long, so that a million rows sort as a million primitives rather than through a comparator; texts are
 * ranked once per distinct text. Ties fall back to time, then to the dataset's order, whichever way the
 * column is sorted.
 */
public final class EventOrder {
    private static final long LOW = 0xFFFF_FFFFL;
    /** A value the row lacks (a tone): such rows come last whichever way the column is sorted. */
    private static final long MISSING = Long.MAX_VALUE;

    private EventOrder() {
    }

    /** The positions in the column's order, ascending or not, as a new array; the given one is left alone. */
    public static int[] sort(Dataset dataset, int[] positions, EventColumn column, boolean ascending) {
        int[] byTime = timeOrder(dataset.events(), positions);
        if (column == EventColumn.DATE) {
            return ascending ? byTime : reversed(byTime);
        }
        int[] timeRank = new int[positions.length];
        for (int r = 0; r < byTime.length; r++) {
            timeRank[r] = r;
        }
        long[] primary = primary(dataset, byTime, column);
        int[] rank = denseRanks(primary);
        int top = 0;
        for (int value : rank) {
            top = Math.max(top, value);
        }
        long[] keys = new long[byTime.length];
        for (int r = 0; r < byTime.length; r++) {
            long first = primary[r] == MISSING ? top + 1L : ascending ? rank[r] : top - rank[r];
            keys[r] = first << 32 | timeRank[r];
        }
        Arrays.sort(keys);
        int[] sorted = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            sorted[i] = byTime[(int) (keys[i] & LOW)];
        }
        return sorted;
    }

    /** The positions by start, then end, then dataset order; already so when they come from a time index. */
    private static int[] timeOrder(List<Event> events, int[] positions) {
        int[] order = positions.clone();
        Comparator<Integer> byTime = Comparator.comparingLong((Integer p) -> events.get(p).when().start())
                .thenComparingLong(p -> events.get(p).when().end()).thenComparingInt(p -> p);
        boolean sorted = true;
        for (int i = 1; i < order.length && sorted; i++) {
            sorted = byTime.compare(order[i - 1], order[i]) <= 0;
        }
        if (!sorted) {
            Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, byTime);
            for (int i = 0; i < boxed.length; i++) {
                order[i] = boxed[i];
            }
        }
        return order;
    }

    private static int[] reversed(int[] order) {
        int[] reversed = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            reversed[i] = order[order.length - 1 - i];
        }
        return reversed;
    }

    /** Each row's value in the column, as a long that orders as the column does. */
    private static long[] primary(Dataset dataset, int[] rows, EventColumn column) {
        List<Event> events = dataset.events();
        long[] keys = new long[rows.length];
        switch (column) {
            case TITLE -> words(rows, p -> events.get(p).title(), keys);
            case KIND -> words(rows, p -> events.get(p).kind(), keys);
            case ACTORS -> words(rows, p -> EventCells.actors(events.get(p), dataset), keys);
            case PLACE -> words(rows, p -> EventCells.place(events.get(p)), keys);
            case TONE -> {
                for (int i = 0; i < rows.length; i++) {
                    keys[i] = toneKey(events.get(rows[i]).tone());
                }
            }
            case SOURCES -> {
                for (int i = 0; i < rows.length; i++) {
                    keys[i] = EventCells.sources(events.get(rows[i]));
                }
            }
            case DATE -> {
                for (int i = 0; i < rows.length; i++) {
                    keys[i] = i;
                }
            }
        }
        return keys;
    }

    /**
     * Ranks the rows' texts as a reader would order them, case and accents aside: each distinct text is
     * folded and ranked once, so that the actors of a pair seen ten thousand times cost one ranking.
     */
    private static void words(int[] rows, IntFunction<String> text, long[] keys) {
        Map<String, Integer> ids = new HashMap<>();
        int[] idOf = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String value = text.apply(rows[i]);
            idOf[i] = ids.computeIfAbsent(value == null ? "" : value, unused -> ids.size());
        }
        String[] distinct = new String[ids.size()];
        ids.forEach((value, id) -> distinct[id] = value);
        String[] folded = new String[distinct.length];
        Integer[] order = new Integer[distinct.length];
        for (int id = 0; id < distinct.length; id++) {
            folded[id] = fold(distinct[id]);
            order[id] = id;
        }
        Arrays.sort(order, Comparator.comparing((Integer id) -> folded[id]));
        int[] rankOf = new int[distinct.length];
        int rank = -1;
        for (int r = 0; r < order.length; r++) {
            rank += r == 0 || !folded[order[r]].equals(folded[order[r - 1]]) ? 1 : 0;
            rankOf[order[r]] = rank;
        }
        for (int i = 0; i < rows.length; i++) {
            keys[i] = rankOf[idOf[i]];
        }
    }

    /** A text with case and accents set aside: "Élysée" and "elysee" fold alike. */
    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 128;
        }
        String letters = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return letters.toLowerCase(Locale.ROOT);
    }

    /** Dense ranks 0..k of the values, equal values sharing a rank. */
    private static int[] denseRanks(long[] values) {
        long[] distinct = values.clone();
        Arrays.sort(distinct);
        int k = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[k - 1]) {
                distinct[k++] = distinct[i];
            }
        }
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = Arrays.binarySearch(distinct, 0, k, values[i]);
        }
        return ranks;
    }

    /** A tone as a long that orders as the tone does, to a millionth. */
    private static long toneKey(double tone) {
        return Double.isNaN(tone) ? MISSING : Math.round(tone * 1_000_000);
    }
}
