package org.entente.graph;

import org.entente.model.ActorKind;
import org.entente.network.NodeColoring;
import org.entente.network.PeriodComparison;

/**
 * Everything one frame of the graph draws: the scene and what still fades, where each actor stands on
 * screen, how it looks, and what the user points at or has selected. Node arrays are indexed by node: the
 * actors, then as many places for groups (see ActorGroups).
 * While two periods are compared, {@code comparison} is what the legend counts; otherwise it is null.
 */
record GraphFrame(double width, double height, GraphViewport viewport, GraphFades fades, double[] x, double[] y,
                  NodeLooks looks, String[] names, ActorKind[] kinds, boolean[] pinned, GraphPalette palette,
                  NodeColoring coloring, Emphasis emphasis, boolean legend, int edgeBudget,
                  PeriodComparison comparison) {

    double screenX(int actor) {
        return viewport.screenX(x[actor], width);
    }

    double screenY(int actor) {
        return viewport.screenY(y[actor], height);
    }

    /** Whether a node is a group of actors: nodes past the actors are groups (see ActorGroups). */
    boolean isGroup(int node) {
        return node >= names.length / 2;
    }

    /** A node's radius on screen: its size grows gently with the zoom, so that it stays readable either way. */
    double radius(int actor) {
        return looks.radius(actor) * Math.min(1.8, Math.max(0.55, Math.sqrt(viewport.scale())));
    }
}
