package org.entente.network;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The actor graph as the user sees it, for writing to a file: its nodes and edges with their attributes
 * and spells, the graph's time [{@code from}, {@code to}) in epoch milliseconds, and the dataset it shows.
 * {@code counted} says that the edges are a store's counted pairs, whose events were never fetched: they
 * then carry no kinds, and their spells are the graph's whole time.
 */
public record ShownGraph(String dataset, long from, long to, GroupBy grouping, boolean counted, List<ShownNode> nodes,
                         List<ShownEdge> edges) {

    public ShownGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** What the file holds, in a sentence or two a reader of the file (or of Gephi's project) can trust. */
    public String description() {
        String what = "The actor graph of \u201c" + dataset + "\u201d as shown by Entente, from " + Instant.ofEpochMilli(from)
                + " to " + Instant.ofEpochMilli(to) + " (end exclusive): " + nodes.size() + " nodes ("
                + (grouping == GroupBy.NONE ? "actors" : "actors grouped by " + grouping.name().toLowerCase(Locale.ROOT))
                + ") and " + edges.size() + " edges.";
        if (counted) {
            return what + " The graph's time held too many events to fetch, so the edges are the store's counted pairs:"
                    + " they have no event kinds, and every spell is the graph's whole time.";
        }
        return what + " Each edge's spells are the periods of the events, relations and memberships behind it,"
                + " merged where they overlap or touch; a node's, those of its edges.";
    }
}
