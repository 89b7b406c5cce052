package org.entente.graph;

import java.util.function.Supplier;
import org.entente.network.ShownGraph;
import org.entente.network.ShownGraphs;
import org.entente.query.TimeWindow;

/**
 * The graph as the user sees it, for an export: the scene of the graph's time under the filter, the
 * grouping, the limits and the focus, made of a dataset's events or of a store's counted pairs.
 */
final class GraphOnShow {
    private GraphOnShow() {
    }

    /**
     * What builds the graph on show, on any thread; null when nothing shows, or while two periods are
     * compared, whose edges are changes between them rather than ties of one time.
     */
    static Supplier<ShownGraph> of(LiveGraph graph, String dataset, boolean memberships, boolean relations) {
        if (!graph.hasData() || graph.isComparing()) {
            return null;
        }
        StoreGraphData store = graph.store();
        if (store == null) {
            return ShownGraphs.ofEvents(dataset, graph.data().window(), graph.scene(), graph.groups(), memberships,
                    relations);
        }
        StoreRoster roster = store.roster();
        TimeWindow time = store.answer().question().window();
        ShownGraph counted = ShownGraphs.ofCounted(dataset, time.start(), time.end(), graph.scene(),
                node -> new ShownGraphs.NodeFacts(roster.id(node), roster.name(node),
                        roster.kind(node) == null ? null : roster.kind(node).id(), roster.country(node), false, 1,
                        store.nodeEvents(node)));
        return () -> counted;
    }
}
