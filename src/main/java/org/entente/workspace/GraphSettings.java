package org.entente.workspace;

import java.util.List;
import org.entente.network.GraphLimits;
import org.entente.network.GroupBy;
import org.entente.network.NodeColoring;
import org.entente.network.NodeSizing;

/**
 * How the actor graph shows its time: its limits (how many actors, the least weight of a tie), how actors are
 * grouped, what a node's colour and size say, the actor it focuses on (null for none) and how far around it,
 * the actors the analyst pinned where they put them, and where the graph looks, in the layout's units (null:
 * fitted to what is on show).
 */
public record GraphSettings(GraphLimits limits, GroupBy groupBy, boolean memberships, NodeColoring coloring,
                            NodeSizing sizing, String focusActor, int focusDepth, List<Pin> pinned, Viewport view) {
    public GraphSettings {
        pinned = List.copyOf(pinned);
    }

    /** An actor pinned at a place in the graph's layout units. */
    public record Pin(String actor, double x, double y) {
    }
}
