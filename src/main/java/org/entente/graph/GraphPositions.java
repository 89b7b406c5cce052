package org.entente.graph;

import org.entente.index.IntList;
import org.entente.network.GraphScene;
import org.entente.network.layout.ForceLayout;

/**
 * Where each actor stands: the layout's position, which the force layout moves, and the shown
 * position, which eases toward it each frame so that every change of place (a step, a re-layout)
 * is an animated transition rather than a jump. Pinned actors stay where the user put them.
 */
final class GraphPositions {
    /** The share of the remaining way a shown position covers per frame. */
    private static final double EASE = 0.22;
    /** Below this distance (layout units) a node counts as arrived. */
    private static final double ARRIVED = 0.05;
    /** Layout units of room per pixel of node radius at least: enough that discs stay apart down to half scale. */
    private static final double ROOM_PER_PIXEL = 2.0;
    /**
     * The most room per pixel. A graph that would need more is too large for its view to keep its nodes
     * apart at all (spread wider, the view fitted to it shrinks them onto each other again), and its
     * room falls back toward the least as it grows: more room would only cost settling time (every actor
     * of a quarter year of the settle benchmark's million events took a third longer to come to rest).
     */
    private static final double MAX_ROOM_PER_PIXEL = 8.0;

    private final ForceLayout layout;
    private final double[] x;
    private final double[] y;
    private final boolean[] pinned;

    GraphPositions(int actors, long seed) {
        layout = new ForceLayout(actors, seed);
        x = new double[actors];
        y = new double[actors];
        pinned = new boolean[actors];
    }

    ForceLayout layout() {
        return layout;
    }

    /** Hands the scene to the layout; actors that were not on show appear at once where the layout puts them. */
    void show(GraphScene scene, GraphFades fades) {
        scene.feed(layout);
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            int actor = scene.node(slot);
            if (fades.actorAlpha(actor) == 0) {
                x[actor] = layout.x(actor);
                y[actor] = layout.y(actor);
            }
        }
    }

    /**
     * Gives the layout each node's size, so that nodes on the move keep clear of one another as the view
     * fitted to the graph draws them: {@code side} pixels (the view's shorter side) across the disc the
     * layout settles in. A hundred actors in a pane of 300 pixels are drawn at a sixth of a pixel per layout
     * unit, so each needs six units of room per pixel of its radius, not two, or the busiest, held together
     * by their edges, are drawn on top of each other.
     */
    void size(GraphScene scene, NodeLooks looks, double side) {
        double room = roomPerPixel(scene.nodeCount(), side);
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            int actor = scene.node(slot);
            layout.setRadius(actor, looks.radius(actor) * room);
        }
    }

    /** Layout units of room per pixel of node radius for {@code nodes} nodes fitted in {@code side} pixels. */
    static double roomPerPixel(int nodes, double side) {
        double unitsPerPixel = 2 * ForceLayout.settledRadius(nodes) / Math.max(1, side);
        double room = unitsPerPixel <= MAX_ROOM_PER_PIXEL ? unitsPerPixel
                : MAX_ROOM_PER_PIXEL * MAX_ROOM_PER_PIXEL / unitsPerPixel;
        return Math.max(ROOM_PER_PIXEL, room);
    }

    /** Moves shown positions part of the way to the layout's; true while any still travels. */
    boolean ease(GraphScene scene, IntList leaving) {
        boolean moving = false;
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            int actor = scene.node(slot);
            double dx = layout.x(actor) - x[actor];
            double dy = layout.y(actor) - y[actor];
            if (Math.abs(dx) > ARRIVED || Math.abs(dy) > ARRIVED) {
                x[actor] += dx * EASE;
                y[actor] += dy * EASE;
                moving = true;
            } else {
                x[actor] = layout.x(actor);
                y[actor] = layout.y(actor);
            }
        }
        return moving;
    }

    /** Puts every shown position where the layout has it, ending the transitions at once. */
    void arrive(GraphScene scene) {
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            int actor = scene.node(slot);
            x[actor] = layout.x(actor);
            y[actor] = layout.y(actor);
        }
    }

    /** The viewport that shows every actor of the scene where the layout has it. */
    GraphViewport fit(GraphScene scene, double width, double height, double margin) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            int actor = scene.node(slot);
            minX = Math.min(minX, layout.x(actor));
            maxX = Math.max(maxX, layout.x(actor));
            minY = Math.min(minY, layout.y(actor));
            maxY = Math.max(maxY, layout.y(actor));
        }
        return GraphViewport.fitting(minX, minY, maxX, maxY, width, height, margin);
    }

    /** Puts a node, unpinned, at a place from which it will move with the layout: where a group gathers or opens. */
    void place(int node, double toX, double toY) {
        layout.moveTo(node, toX, toY);
        x[node] = toX;
        y[node] = toY;
    }

    /** The user drags a node: it goes exactly there and stays pinned. */
    void drag(int actor, double toX, double toY) {
        layout.moveTo(actor, toX, toY);
        layout.setPinned(actor, true);
        pinned[actor] = true;
        x[actor] = toX;
        y[actor] = toY;
        layout.reheat();
    }

    void unpin(int actor) {
        layout.setPinned(actor, false);
        pinned[actor] = false;
        layout.reheat();
    }

    /** Takes the positions of a layout computed elsewhere; shown positions then ease there. */
    void adopt(ForceLayout computed) {
        layout.adoptPositions(computed);
    }

    double[] x() {
        return x;
    }

    double[] y() {
        return y;
    }

    boolean[] pinned() {
        return pinned;
    }
}
