package org.entente.network.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForceLayoutTest {
    private static final double K = ForceLayout.IDEAL_EDGE_LENGTH;
    private static final int CLUSTER = 12;

    /** Two complete graphs of twelve nodes (0-11 and 12-23) joined by the one edge 0-12. */
    private static Graph twoClusters() {
        Graph g = new Graph(2 * CLUSTER);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < CLUSTER; i++) {
                for (int j = i + 1; j < CLUSTER; j++) {
                    g.edge(c * CLUSTER + i, c * CLUSTER + j, 2);
                }
            }
        }
        g.edge(0, CLUSTER, 1);
        return g;
    }

    /** A ring of n nodes with a chord from every third node across the ring. */
    private static Graph ring(int n) {
        Graph g = new Graph(n);
        for (int i = 0; i < n; i++) {
            g.edge(i, (i + 1) % n, 1);
            if (i % 3 == 0) {
                g.edge(i, (i + n / 2) % n, 3);
            }
        }
        return g;
    }

    private static double distance(ForceLayout layout, int a, int b) {
        return Math.hypot(layout.x(a) - layout.x(b), layout.y(a) - layout.y(b));
    }

    @Test
    void twoClustersJoinedByOneEdgeLieApart() {
        ForceLayout layout = new ForceLayout(30, 1);
        twoClusters().showIn(layout);
        layout.relayout();

        double intra = 0;
        double inter = 0;
        int intraPairs = 0;
        int interPairs = 0;
        for (int a = 0; a < 2 * CLUSTER; a++) {
            assertTrue(Double.isFinite(layout.x(a)) && Double.isFinite(layout.y(a)), "node " + a);
            for (int b = a + 1; b < 2 * CLUSTER; b++) {
                double d = distance(layout, a, b);
                assertTrue(d > 0.1 * K, "nodes " + a + " and " + b + " nearly coincide: " + d);
                if (a / CLUSTER == b / CLUSTER) {
                    intra += d;
                    intraPairs++;
                } else {
                    inter += d;
                    interPairs++;
                }
            }
        }
        intra /= intraPairs;
        inter /= interPairs;
        assertTrue(intra < 0.5 * inter, "intra-cluster " + intra + ", inter-cluster " + inter);
        assertTrue(intra < 3 * K, "clusters are loose: " + intra);
    }

    /**
     * A pair and three lone actors beside a news network (four hubs of 25 leaves each, the hubs in a ring)
     * settle around it, not far out where its repulsion alone would leave them, which a view fitted to
     * every node would shrink the network to make room for; and none is pulled into it.
     */
    @Test
    void smallerComponentsSettleCloseAroundTheLargestOutsideIt() {
        int hubs = 4;
        int leaves = 25;
        int network = hubs * (leaves + 1);
        Graph g = new Graph(network + 5);
        for (int h = 0; h < hubs; h++) {
            g.edge(h, (h + 1) % hubs, 5);
            for (int l = 0; l < leaves; l++) {
                g.edge(h, hubs + h * leaves + l, 1 + l % 4);
            }
        }
        g.edge(network, network + 1, 3);
        ForceLayout layout = new ForceLayout(network + 5, 3);
        g.showIn(layout);
        layout.relayout();

        double cx = 0;
        double cy = 0;
        for (int a = 0; a < network; a++) {
            cx += layout.x(a) / network;
            cy += layout.y(a) / network;
        }
        double extent = 0;
        for (int a = 0; a < network; a++) {
            extent = Math.max(extent, Math.hypot(layout.x(a) - cx, layout.y(a) - cy));
        }
        for (int other = network; other < network + 5; other++) {
            double fromCentre = Math.hypot(layout.x(other) - cx, layout.y(other) - cy);
            assertTrue(fromCentre < extent + 3 * K, "actor " + other + " lies " + fromCentre
                    + " from the network's centre, whose farthest node lies " + extent);
            for (int a = 0; a < network; a++) {
                assertTrue(distance(layout, other, a) > 0.5 * K, "actor " + other + " is pulled onto " + a);
            }
        }
    }

    /** A star whose hub pulls hard on twelve leaves: with room given, no two discs overlap; without, leaves crowd. */
    @Test
    void nodesGivenRoomKeepTheirDiscsApart() {
        Graph star = new Graph(13);
        for (int leaf = 1; leaf <= 12; leaf++) {
            star.edge(0, leaf, 400);
        }
        ForceLayout crowded = new ForceLayout(13, 1);
        star.showIn(crowded);
        crowded.relayout();
        ForceLayout roomy = new ForceLayout(13, 1);
        for (int node = 0; node < 13; node++) {
            roomy.setRadius(node, node == 0 ? 40 : 25);
        }
        star.showIn(roomy);
        roomy.relayout();
        int crowding = 0;
        for (int a = 0; a < 13; a++) {
            for (int b = a + 1; b < 13; b++) {
                double wanted = (a == 0 ? 40 : 25) + 25;
                crowding += distance(crowded, a, b) < wanted - 0.5 ? 1 : 0;
                assertTrue(distance(roomy, a, b) >= wanted - 0.5, a + " and " + b + " overlap: " + distance(roomy, a, b));
            }
        }
        assertTrue(crowding > 0, "without room, some discs would overlap");
    }

    @Test
    void relayoutSettlesAndStepThenReportsNoMovement() {
        ForceLayout layout = new ForceLayout(30, 1);
        twoClusters().showIn(layout);
        layout.relayout();

        assertFalse(layout.step());
    }

    @Test
    void incrementalStepsSettleInAFewHundredSteps() {
        ForceLayout layout = new ForceLayout(40, 1);
        ring(40).showIn(layout);
        int steps = 0;
        while (layout.step()) {
            steps++;
            assertTrue(steps < 300, "still moving after " + steps + " steps");
        }
    }

    @Test
    void aPinnedNodeStaysWhereItWasMovedThroughStepsAndRelayout() {
        ForceLayout layout = new ForceLayout(30, 3);
        ring(30).showIn(layout);
        layout.relayout();
        double beforeX = layout.x(4);

        layout.setPinned(7, true);
        layout.moveTo(7, 500.25, -300.5);
        layout.reheat();
        for (int i = 0; i < 200; i++) {
            layout.step();
        }
        assertEquals(500.25, layout.x(7));
        assertEquals(-300.5, layout.y(7));
        assertNotEquals(beforeX, layout.x(4), "the neighbours did not react");

        layout.relayout();
        assertEquals(500.25, layout.x(7));
        assertEquals(-300.5, layout.y(7));
        assertTrue(layout.isPinned(7));
    }

    @Test
    void aNewNodeAppearsBesideItsOnlyNeighbour() {
        ForceLayout layout = new ForceLayout(31, 5);
        Graph g = ring(30);
        g.showIn(layout);
        layout.relayout();
        assertFalse(layout.isPlaced(30));

        g.addNode(30);
        g.edge(30, 11, 1);
        g.showIn(layout);
        assertTrue(distance(layout, 30, 11) < 2 * K, "placed " + distance(layout, 30, 11) + " away");
        while (layout.step()) {
            assertTrue(distance(layout, 30, 11) < 2 * K, "drifted " + distance(layout, 30, 11) + " away");
        }
    }

    @Test
    void aNodeThatLeavesComesBackWhereItWas() {
        ForceLayout layout = new ForceLayout(30, 5);
        ring(30).showIn(layout);
        layout.relayout();
        double x = layout.x(0);
        double y = layout.y(0);

        Graph withoutZero = new Graph(0);
        for (int i = 1; i < 30; i++) {
            withoutZero.addNode(i);
            if (i + 1 < 30) {
                withoutZero.edge(i, i + 1, 1);
            }
        }
        withoutZero.showIn(layout);
        assertTrue(layout.isPlaced(0));
        ring(30).showIn(layout);

        assertEquals(x, layout.x(0));
        assertEquals(y, layout.y(0));
    }

    @Test
    void theSameSeedAndCallsGiveTheSameCoordinates() {
        ForceLayout[] layouts = {new ForceLayout(60, 9), new ForceLayout(60, 9), new ForceLayout(60, 10)};
        for (ForceLayout layout : layouts) {
            ring(40).showIn(layout);
            for (int i = 0; i < 30; i++) {
                layout.step();
            }
            ring(60).showIn(layout);
            for (int i = 0; i < 10; i++) {
                layout.step();
            }
        }
        for (int node = 0; node < 60; node++) {
            assertEquals(layouts[0].x(node), layouts[1].x(node));
            assertEquals(layouts[0].y(node), layouts[1].y(node));
        }
        assertNotEquals(layouts[0].x(50), layouts[2].x(50), "the seed is not used");

        layouts[0].relayout();
        layouts[1].relayout();
        for (int node = 0; node < 60; node++) {
            assertEquals(layouts[0].x(node), layouts[1].x(node));
            assertEquals(layouts[0].y(node), layouts[1].y(node));
        }
    }

    @Test
    void aCopyRelaidOutInTheBackgroundHandsItsPositionsBack() {
        ForceLayout layout = new ForceLayout(30, 2);
        ring(30).showIn(layout);
        layout.step();
        ForceLayout background = layout.copy();
        background.relayout();

        layout.adoptPositions(background);

        for (int node = 0; node < 30; node++) {
            assertEquals(background.x(node), layout.x(node));
        }
        assertFalse(layout.step());
    }

    @Test
    void edgesMustJoinNodesOnShowWithAPositiveWeight() {
        ForceLayout layout = new ForceLayout(10, 1);
        int[] nodes = {1, 2};
        assertThrows(IllegalArgumentException.class,
                () -> layout.setGraph(nodes, 2, new int[] {1}, new int[] {3}, new float[] {1}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> layout.setGraph(nodes, 2, new int[] {1}, new int[] {2}, new float[] {0}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> layout.setGraph(new int[] {1, 1}, 2, new int[0], new int[0], new float[0], 0));
    }

    /** A small graph under construction, in the arrays setGraph takes. */
    private static final class Graph {
        private final java.util.List<Integer> nodes = new java.util.ArrayList<>();
        private final java.util.List<int[]> edges = new java.util.ArrayList<>();
        private final java.util.List<Float> weights = new java.util.ArrayList<>();

        Graph(int nodeCount) {
            for (int i = 0; i < nodeCount; i++) {
                nodes.add(i);
            }
        }

        void addNode(int node) {
            nodes.add(node);
        }

        void edge(int a, int b, float weight) {
            edges.add(new int[] {a, b});
            weights.add(weight);
        }

        void showIn(ForceLayout layout) {
            int[] a = new int[edges.size()];
            int[] b = new int[edges.size()];
            float[] w = new float[edges.size()];
            for (int e = 0; e < edges.size(); e++) {
                a[e] = edges.get(e)[0];
                b[e] = edges.get(e)[1];
                w[e] = weights.get(e);
            }
            layout.setGraph(nodes.stream().mapToInt(Integer::intValue).toArray(), nodes.size(), a, b, w, edges.size());
        }
    }
}
