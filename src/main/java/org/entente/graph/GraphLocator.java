package org.entente.graph;

import java.util.Optional;
import java.util.function.ToIntFunction;
import javafx.geometry.Point2D;
import org.entente.network.GraphScene;

/**
 * Where the last frame drew an actor, a group or a tie, in canvas pixels: for the view's public {@code locate}
 * methods, with which a test or an assistive tool can point at what the user sees.
 */
record GraphLocator(GraphHits hits, GraphScene scene, ToIntFunction<String> nodes) {

    /** The node of an actor or a group (by id), as {x, y, radius}, or null when it is not drawn. */
    double[] node(String id) {
        int node = nodes.applyAsInt(id);
        return node < 0 ? null : hits.nodeOf(node);
    }

    /** The edge between two actors, as {x1, y1, x2, y2}, or null when it is not drawn. */
    double[] edge(String a, String b) {
        int pair = pairOf(a, b);
        return pair < 0 ? null : hits.edgeOf(pair);
    }

    private int pairOf(String a, String b) {
        int edge = scene.edgeBetween(nodes.applyAsInt(a), nodes.applyAsInt(b));
        return edge < 0 ? -1 : scene.pair(edge);
    }

    /**
     * A point of the edge between two actors where a click picks that edge alone, clear of nodes, from its
     * middle outward; in whole pixels, as pointers report them, so that a click lands where it was tested.
     */
    Optional<Point2D> clearPointOnEdge(String a, String b) {
        double[] edge = edge(a, b);
        if (edge == null) {
            return Optional.empty();
        }
        int pair = pairOf(a, b);
        for (double t = 0.5; t > 0.04; t -= 0.01) {
            for (double u : new double[] {t, 1 - t}) {
                double x = Math.rint(edge[0] + u * (edge[2] - edge[0]));
                double y = Math.rint(edge[1] + u * (edge[3] - edge[1]));
                if (hits.nodeAt(x, y) < 0 && hits.edgeAt(x, y) == pair) {
                    return Optional.of(new Point2D(x, y));
                }
            }
        }
        return Optional.empty();
    }
}
