package org.entente.graph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.store.DuckStore;
import org.entente.store.EventStore;

/**
 * What the graph asks a store for a time too large to fetch, timed on its own, outside the app: the pairs
 * of a year ({@link StorePairs#LIMIT} of them) and the count of its events, for years a year apart, and a
 * scrub: the year moved on step by step (18 days each: 20 pixels of a view of four years), each step from
 * the last, as a drag moves it. Prints the median and the slowest of each, in milliseconds. Arguments: the
 * store, and how many times to ask.
 */
public final class StorePairsBench {
    private static final long DAY = 86_400_000L;
    private static final long YEAR = 365 * DAY;

    private StorePairsBench() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = Integer.parseInt(args[1]);
        try (EventStore store = DuckStore.open(Path.of(args[0]))) {
            long middle = store.extent().minStart() + (store.extent().maxEnd() - store.extent().minStart()) / 2;
            time("year pairs", repeats, i -> store.pairs(Filter.NONE, year(middle, spread(i) * YEAR), StorePairs.LIMIT).size());
            time("year count", repeats, i -> store.count(Filter.NONE, year(middle, spread(i) * YEAR)));
            // The scrub starts from the year on show, as the app's does.
            store.pairs(Filter.NONE, year(middle, 0), StorePairs.LIMIT);
            time("scrub pairs", repeats, i -> store.pairs(Filter.NONE, year(middle, (i + 1) * 18 * DAY), StorePairs.LIMIT).size());
            time("scrub count", repeats, i -> store.count(Filter.NONE, year(middle, (i + 1) * 18 * DAY)));
        }
    }

    /** 0, -1, 1, -2, 2, …: years on either side of the middle by turns. */
    private static int spread(int index) {
        return index % 2 == 0 ? index / 2 : -(index / 2) - 1;
    }

    private static TimeWindow year(long middle, long shift) {
        return new TimeWindow(middle - YEAR / 2 + shift, middle + YEAR / 2 + shift);
    }

    private interface Question {
        int ask(int index);
    }

    private static void time(String name, int repeats, Question question) {
        double[] millis = new double[repeats];
        int answer = 0;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            answer = question.ask(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, slowest %.1f ms (last answer %,d), all %s%n", name,
                sorted[repeats / 2], sorted[repeats - 1], answer, Arrays.toString(millis));
    }
}
