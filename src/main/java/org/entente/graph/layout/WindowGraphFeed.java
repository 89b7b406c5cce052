package org.entente.graph.layout;

import java.util.Arrays;
import org.entente.graph.PairIndex;
import org.entente.graph.WindowGraph;
import org.entente.index.IntList;

/**
 * Hands the pairs active in a window graph to a layout: every actor with an active pair is a node (in
 * actor order, so the layout sees the same order whatever order the pairs came in), every active pair an
 * edge weighing its events plus its relations. The arrays are kept, so feeding a frame allocates nothing
 * once they have grown.
 */
public final class WindowGraphFeed {
    private final boolean[] onShow;
    private int[] nodes = new int[16];
    private int[] edgeA = new int[16];
    private int[] edgeB = new int[16];
    private float[] weights = new float[16];

    public WindowGraphFeed(int actorCount) {
        onShow = new boolean[actorCount];
    }

    /** Sets the layout's graph to the window's. */
    public void feed(WindowGraph window, ForceLayout layout) {
        PairIndex pairs = window.pairs();
        IntList active = window.activePairs();
        int edges = active.size();
        if (edgeA.length < edges) {
            int grown = Math.max(edges, edgeA.length * 2);
            edgeA = Arrays.copyOf(edgeA, grown);
            edgeB = Arrays.copyOf(edgeB, grown);
            weights = Arrays.copyOf(weights, grown);
        }
        for (int i = 0; i < edges; i++) {
            int pair = active.get(i);
            edgeA[i] = pairs.first(pair);
            edgeB[i] = pairs.second(pair);
            weights[i] = window.events(pair) + window.relations(pair);
            onShow[edgeA[i]] = true;
            onShow[edgeB[i]] = true;
        }
        int count = 0;
        for (int actor = 0; actor < onShow.length; actor++) {
            if (onShow[actor]) {
                if (count == nodes.length) {
                    nodes = Arrays.copyOf(nodes, nodes.length * 2);
                }
                nodes[count++] = actor;
                onShow[actor] = false;
            }
        }
        layout.setGraph(nodes, count, edgeA, edgeB, weights, edges);
    }
}
