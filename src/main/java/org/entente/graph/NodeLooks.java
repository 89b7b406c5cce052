package org.entente.graph;

import java.util.Arrays;
import org.entente.network.Analysis;
import org.entente.network.GraphScene;
import org.entente.network.NodeSizing;

/**
 * How big each actor's node is, and the order to draw the scene's nodes in (smallest first, so large
 * ones lie on top). Computed when the scene, the sizing or the analysis changes, not on every frame.
 */
final class NodeLooks {
    static final double MIN_RADIUS = 4;
    static final double MAX_RADIUS = 18;

    private final float[] radius;
    private int[] order = new int[0];
    private int[] community = new int[0];

    NodeLooks(int actors) {
        radius = new float[actors];
    }

    /** Sizes the scene's nodes by interactions or by centrality (a null analysis falls back to interactions). */
    void update(GraphScene scene, NodeSizing sizing, Analysis analysis) {
        boolean byRank = sizing == NodeSizing.CENTRALITY && analysis != null;
        double max = scene.maxWeight();
        long[] bySize = new long[scene.nodeCount()];
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            int actor = scene.node(slot);
            double share = byRank ? Math.max(0, analysis.rank(actor)) : max == 0 ? 0 : scene.weight(slot) / max;
            radius[actor] = (float) (MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(share));
            // Positive floats order as their bits do, so one primitive sort orders slots by size, then by slot.
            bySize[slot] = (long) Float.floatToIntBits(radius[actor]) << 32 | slot;
        }
        Arrays.sort(bySize);
        order = new int[bySize.length];
        for (int i = 0; i < bySize.length; i++) {
            order[i] = scene.node((int) bySize[i]);
        }
        community = analysis == null ? new int[0] : communities(scene, analysis);
    }

    private int[] communities(GraphScene scene, Analysis analysis) {
        int[] byActor = new int[radius.length];
        Arrays.fill(byActor, -1);
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            byActor[scene.node(slot)] = analysis.community(scene.node(slot));
        }
        return byActor;
    }

    double radius(int actor) {
        return radius[actor];
    }

    /** The scene's actors, smallest node first. */
    int[] drawOrder() {
        return order;
    }

    /** The actor's community in the last analysis, or -1. */
    int community(int actor) {
        return actor < community.length ? community[actor] : -1;
    }
}
