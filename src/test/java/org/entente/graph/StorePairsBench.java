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
 * of a year ({@link StorePairs#LIMIT} of them) and the count of its events, for years a year apart and for
 * a year moved on by a scrub step (18 days: 20 pixels of a view of four years). Prints the median and the
 * slowest of each, in milliseconds. Arguments: the store, and how many times to ask.
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
            time("year pairs", repeats, i -> store.pairs(Filter.NONE, year(middle, i * YEAR), StorePairs.LIMIT).size());
            time("year count", repeats, i -> store.count(Filter.NONE, year(middle, i * YEAR)));
            time("scrub pairs", repeats, i -> store.pairs(Filter.NONE, year(middle, i * 18 * DAY), StorePairs.LIMIT).size());
            time("scrub count", repeats, i -> store.count(Filter.NONE, year(middle, i * 18 * DAY)));
        }
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
            answer = question.ask(i % 2 == 0 ? i / 2 : -(i / 2) - 1);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, slowest %.1f ms (last answer %,d), all %s%n", name,
                sorted[repeats / 2], sorted[repeats - 1], answer, Arrays.toString(millis));
    }
}
