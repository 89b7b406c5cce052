package org.entente.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.query.TimeWindow;
import org.entente.state.StoreLens;
import org.entente.store.DuckStore;
import org.entente.store.EventStore;
import org.entente.store.Records;

/**
 * What the store lens asks of a store as the user zooms in: a window's records in full (refused at once
 * when the window holds too many), else the window's events lasting no longer than it, at windows of half
 * a day to a year, each at ten places spread over the store's time, the events lasting no longer asked
 * twice (the first visit reads the store's blocks from disk, which a return finds in memory), first pages
 * of windows as wide elsewhere, and at the end a day at each place three more times, warm. Prints the
 * median and 95th percentile of each, and how many events came.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.entente.bench.RecordsBench STORE</pre>
 */
public final class RecordsBench {
    private static final long DAY = 86_400_000L;
    private static final int PLACES = 10;

    private RecordsBench() {
    }

    public static void main(String[] args) throws IOException {
        try (EventStore store = DuckStore.open(Path.of(args[0]))) {
            long from = store.extent().minStart();
            long span = store.extent().maxEnd() - from;
            // The first answer reads what the store keeps for every window (its relations, its sources).
            store.records(new TimeWindow(from + span / 2, from + span / 2 + DAY), DAY, StoreLens.LIMIT);
            long[] widths = {DAY / 2, DAY, 3 * DAY, 7 * DAY, 30 * DAY, 365 * DAY};
            for (int w = 0; w < widths.length; w++) {
                long width = widths[w];
                // Pages of windows no other visit has read, so that their blocks come from disk as a first visit's do.
                long elsewhere = (40 + 800 * w) * DAY;
                List<double[]> whole = new ArrayList<>();
                List<double[]> within = new ArrayList<>();
                List<double[]> again = new ArrayList<>();
                List<double[]> wholePage = new ArrayList<>();
                List<double[]> withinPage = new ArrayList<>();
                for (int place = 0; place < PLACES; place++) {
                    long start = from + span / (PLACES + 1) * (place + 1) + DAY / 3;
                    TimeWindow window = new TimeWindow(start, start + width);
                    Records[] answer = new Records[2];
                    whole.add(new double[] {BenchResult.millis(() -> answer[0] = store.records(window, StoreLens.LIMIT)),
                        answer[0].whole() ? answer[0].events() : -1});
                    within.add(new double[] {BenchResult.millis(() -> answer[1] = store.records(window, width, StoreLens.LIMIT)),
                        answer[1].whole() ? answer[1].events() : -1});
                    // Back to a place seen: its blocks read and decompressed once, as when the user returns.
                    again.add(new double[] {BenchResult.millis(() -> answer[1] = store.records(window, width, StoreLens.LIMIT)),
                        answer[1].whole() ? answer[1].events() : -1});
                    wholePage.add(page(store, new TimeWindow(window.start() + elsewhere, window.end() + elsewhere), Long.MAX_VALUE));
                    withinPage.add(page(store, new TimeWindow(window.start() + elsewhere + 400 * DAY,
                            window.end() + elsewhere + 400 * DAY), width));
                }
                print(String.format(Locale.ROOT, "%s, every event", label(width)), whole);
                print(String.format(Locale.ROOT, "%s, events lasting no longer", label(width)), within);
                print(String.format(Locale.ROOT, "%s, events lasting no longer, again", label(width)), again);
                print(String.format(Locale.ROOT, "%s, every event, first page (elsewhere)", label(width)), wholePage);
                print(String.format(Locale.ROOT, "%s, events lasting no longer, first page (elsewhere)", label(width)), withinPage);
            }
            // A day once more at each place, three times over, as a user moving about a store for a while asks it:
            // the visits above are each a place's first or second, in a JVM still compiling the code they run.
            List<double[]> warm = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (int place = 0; place < PLACES; place++) {
                    long start = from + span / (PLACES + 1) * (place + 1) + DAY / 3;
                    TimeWindow window = new TimeWindow(start, start + DAY);
                    Records[] answer = new Records[1];
                    warm.add(new double[] {BenchResult.millis(() -> answer[0] = store.records(window, DAY, StoreLens.LIMIT)),
                        answer[0].whole() ? answer[0].events() : -1});
                }
            }
            print("a day, events lasting no longer, warm (three more visits each)", warm);
        }
    }

    /**
     * A window's first page ({@link StoreLens#FIRST}), as the lens asks it before the rest, at a place not
     * visited yet; how many events it holds (all of them when they are that few), or -1 when refused.
     */
    private static double[] page(EventStore store, TimeWindow window, long longest) {
        Records[] answer = new Records[1];
        double millis = BenchResult.millis(() -> answer[0] = store.records(window, longest, StoreLens.LIMIT, StoreLens.FIRST));
        return new double[] {millis, answer[0].dataset().events().isEmpty() && !answer[0].whole() ? -1
                : answer[0].dataset().events().size()};
    }

    private static String label(long width) {
        return width < DAY ? width / 3_600_000L + " hours" : width == DAY ? "a day" : width / DAY + " days";
    }

    /** The times of the windows fetched and of those refused (too many), apart: they differ a hundredfold. */
    private static void print(String what, List<double[]> runs) {
        double[] fetched = runs.stream().filter(r -> r[1] >= 0).mapToDouble(r -> r[0]).toArray();
        double[] refused = runs.stream().filter(r -> r[1] < 0).mapToDouble(r -> r[0]).toArray();
        double events = runs.stream().filter(r -> r[1] >= 0).mapToDouble(r -> r[1]).average().orElse(0);
        StringBuilder line = new StringBuilder(what).append(':');
        if (fetched.length > 0) {
            line.append(String.format(Locale.ROOT, " fetched at %d of %d places, %,.0f events on average, %s;",
                    fetched.length, runs.size(), events, times(fetched)));
        }
        if (refused.length > 0) {
            line.append(String.format(Locale.ROOT, " too many at %d, refused in %s", refused.length, times(refused)));
        }
        System.out.println(line);
    }

    private static String times(double[] millis) {
        BenchResult result = BenchResult.ofMillis("", millis, "", 0);
        return result.name().substring(2).replace(", p95", "") + String.format(Locale.ROOT, ", p95 %.1f ms", result.value());
    }
}
