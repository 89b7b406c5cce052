package org.entente.graph;

import java.util.Arrays;

/**
 * The nodes and edges the last frame drew, in screen pixels, for clicks and hovering. It is refilled
 * each frame and holds only what is on screen. What is drawn on top wins, so a click picks what the
 * user sees under the pointer; near an edge but off its stroke, the nearest edge wins.
 */
public final class GraphHits {
    /** Pixels of grace around nodes and thin edges, so that a one-pixel line can be clicked. */
    static final double SLOP = 4;

    private float[] nodes = new float[3 * 256];
    private int[] nodeActors = new int[256];
    private int nodeCount;
    private float[] edges = new float[5 * 256];
    private int[] edgePairs = new int[256];
    private int edgeCount;

    public void clear() {
        nodeCount = 0;
        edgeCount = 0;
    }

    public void addNode(int actor, double x, double y, double radius) {
        if (nodeCount == nodeActors.length) {
            nodeActors = Arrays.copyOf(nodeActors, nodeCount * 2);
            nodes = Arrays.copyOf(nodes, nodes.length * 2);
        }
        nodes[3 * nodeCount] = (float) x;
        nodes[3 * nodeCount + 1] = (float) y;
        nodes[3 * nodeCount + 2] = (float) radius;
        nodeActors[nodeCount++] = actor;
    }

    public void addEdge(int pair, double x1, double y1, double x2, double y2, double width) {
        if (edgeCount == edgePairs.length) {
            edgePairs = Arrays.copyOf(edgePairs, edgeCount * 2);
            edges = Arrays.copyOf(edges, edges.length * 2);
        }
        int at = 5 * edgeCount;
        edges[at] = (float) x1;
        edges[at + 1] = (float) y1;
        edges[at + 2] = (float) x2;
        edges[at + 3] = (float) y2;
        edges[at + 4] = (float) (width / 2);
        edgePairs[edgeCount++] = pair;
    }

    /** The actor of the top-most node under (x, y), or -1. */
    public int nodeAt(double x, double y) {
        for (int i = nodeCount - 1; i >= 0; i--) {
            double dx = x - nodes[3 * i];
            double dy = y - nodes[3 * i + 1];
            double reach = nodes[3 * i + 2] + SLOP;
            if (dx * dx + dy * dy <= reach * reach) {
                return nodeActors[i];
            }
        }
        return -1;
    }

    /**
     * The pair of the edge under (x, y), or -1: the top-most edge whose stroke covers the point, else
     * the edge whose stroke is nearest within the slop.
     */
    public int edgeAt(double x, double y) {
        int nearest = -1;
        double nearestGap = SLOP;
        for (int i = edgeCount - 1; i >= 0; i--) {
            int at = 5 * i;
            double gap = distanceToSegment(x, y, edges[at], edges[at + 1], edges[at + 2], edges[at + 3]) - edges[at + 4];
            if (gap <= 0) {
                return edgePairs[i];
            }
            if (gap < nearestGap) {
                nearestGap = gap;
                nearest = edgePairs[i];
            }
        }
        return nearest;
    }

    static double distanceToSegment(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        double cx = x1 + t * dx - px;
        double cy = y1 + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }

    /** Where the node of an actor was drawn, as {x, y, radius}, or null when it was not. */
    public double[] nodeOf(int actor) {
        for (int i = nodeCount - 1; i >= 0; i--) {
            if (nodeActors[i] == actor) {
                return new double[] {nodes[3 * i], nodes[3 * i + 1], nodes[3 * i + 2]};
            }
        }
        return null;
    }

    /** Where the edge of a pair was drawn, as {x1, y1, x2, y2}, or null when it was not. */
    public double[] edgeOf(int pair) {
        for (int i = edgeCount - 1; i >= 0; i--) {
            if (edgePairs[i] == pair) {
                int at = 5 * i;
                return new double[] {edges[at], edges[at + 1], edges[at + 2], edges[at + 3]};
            }
        }
        return null;
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return edgeCount;
    }
}
