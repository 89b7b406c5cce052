package org.entente.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.model.Dataset;
import org.entente.network.PairIndex;
import org.entente.network.WindowGraph;

/**
 * The pairs of a window as the graph counts them: a fresh {@link WindowGraph} over the filter's pairs, moved
 * to the window once. The graph is built per query because it is mutable and the store is asked from
 * several threads; moving it there costs the window's events, and ranking costs its active pairs.
 */
final class WindowPairs {
    private static final Comparator<PairRow> MOST_EVENTS_FIRST = Comparator.comparingInt(PairRow::events).reversed()
            .thenComparing(PairRow::first).thenComparing(PairRow::second);

    private WindowPairs() {
    }

    static List<PairRow> top(PairIndex pairs, TimeIndex time, long from, long to, int limit) {
        WindowGraph graph = new WindowGraph(pairs, time);
        graph.moveTo(from, to);
        Dataset dataset = pairs.dataset();
        IntList active = graph.activePairs();
        List<PairRow> rows = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            int pair = active.get(i);
            if (graph.events(pair) > 0) {
                rows.add(row(dataset.actors().get(pairs.first(pair)).id(), dataset.actors().get(pairs.second(pair)).id(),
                        graph.events(pair), graph.meanTone(pair), graph.weakEvents(pair)));
            }
        }
        rows.sort(MOST_EVENTS_FIRST);
        return List.copyOf(rows.subList(0, Math.min(limit, rows.size())));
    }

    /** The graph orders a pair's actors by their place in the dataset; a row orders them by id, as any engine can. */
    private static PairRow row(String a, String b, int events, double meanTone, int weakEvents) {
        return a.compareTo(b) <= 0 ? new PairRow(a, b, events, meanTone, weakEvents)
                : new PairRow(b, a, events, meanTone, weakEvents);
    }
}
