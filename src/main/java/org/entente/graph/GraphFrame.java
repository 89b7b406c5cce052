package org.entente.graph;

import org.entente.model.ActorKind;
import org.entente.network.PeriodComparison;

/**
 * Everything one frame of the graph draws: the scene and what still fades, where each actor stands on
 * screen, how it looks, and what the user points at or has selected. Actor arrays are indexed by actor.
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

    /** A node's radius on screen: its size grows gently with the zoom, so that it stays readable either way. */
    double radius(int actor) {
        return looks.radius(actor) * Math.min(1.8, Math.max(0.55, Math.sqrt(viewport.scale())));
    }
}
