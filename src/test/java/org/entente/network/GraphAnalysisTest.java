package org.entente.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GraphAnalysisTest {
    /** Edges as a, b, weight triples, turned into the arrays the view hands over. */
    private static Analysis analyse(int[] nodes, double[][] edges) {
        int[] a = new int[edges.length];
        int[] b = new int[edges.length];
        double[] weight = new double[edges.length];
        for (int i = 0; i < edges.length; i++) {
            a[i] = (int) edges[i][0];
            b[i] = (int) edges[i][1];
            weight[i] = edges[i][2];
        }
        return GraphAnalysis.analyse(nodes, nodes.length, a, b, weight, edges.length);
    }

    private static double[][] clique(int... members) {
        double[][] edges = new double[members.length * (members.length - 1) / 2][];
        int e = 0;
        for (int i = 0; i < members.length; i++) {
            for (int j = i + 1; j < members.length; j++) {
                edges[e++] = new double[] {members[i], members[j], 1};
            }
        }
        return edges;
    }

    private static double[][] concat(double[][]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(double[][]::new);
    }

    /** A clique of six around hub 0, a clique of five, and a heavy bridge from the hub to 10. */
    private static Analysis twoCliques() {
        int[] nodes = {12, 0, 1, 2, 3, 4, 5, 10, 11, 13, 14};
        return analyse(nodes, concat(clique(0, 1, 2, 3, 4, 5), clique(10, 11, 12, 13, 14),
                new double[][] {{0, 10, 3}}));
    }

    @Test
    void twoCliquesJoinedByABridgeAreTwoCommunitiesTheLargerFirst() {
        Analysis analysis = twoCliques();
        assertEquals(2, analysis.communityCount());
        for (int actor : new int[] {0, 1, 2, 3, 4, 5}) {
            assertEquals(0, analysis.community(actor), "actor " + actor);
        }
        for (int actor : new int[] {10, 11, 12, 13, 14}) {
            assertEquals(1, analysis.community(actor), "actor " + actor);
        }
        assertEquals(-1, analysis.community(7), "not a node");
    }

    @Test
    void theHubHasTheTopRank() {
        Analysis analysis = twoCliques();
        assertEquals(1.0, analysis.rank(0));
        for (int actor : new int[] {1, 2, 3, 4, 5, 10, 11, 12, 13, 14}) {
            assertTrue(analysis.rank(actor) < 1.0 && analysis.rank(actor) > 0, "actor " + actor);
        }
        assertEquals(0.0, analysis.rank(7), "not a node");
    }

    @Test
    void topOrdersByWeightedDegree() {
        Analysis analysis = twoCliques();
        assertArrayEquals(new int[] {0, 10}, analysis.top(2));
        int[] all = analysis.top(100);
        assertEquals(11, all.length);
        int[] middle = Arrays.copyOfRange(all, 2, 7);
        Arrays.sort(middle);
        assertArrayEquals(new int[] {1, 2, 3, 4, 5}, middle, "weighted degree 5 before 4");
        assertEquals(0, analysis.top(0).length);
    }

    @Test
    void equalDegreeAndRankFallBackToTheActorIndex() {
        Analysis analysis = analyse(new int[] {8, 7, 4, 3}, new double[][] {{8, 7, 2}, {3, 4, 2}});
        assertArrayEquals(new int[] {3, 4, 7, 8}, analysis.top(4));
    }

    @Test
    void edgesGivenTwiceAddTheirWeightAndSelfLoopsAreIgnored() {
        Analysis analysis = analyse(new int[] {1, 2, 3}, new double[][] {{1, 2, 1}, {2, 1, 1}, {3, 3, 9}, {2, 3, 1.5}});
        assertArrayEquals(new int[] {2, 1, 3}, analysis.top(3));
    }

    @Test
    void theSameGraphGivesTheSameAnalysis() {
        Random random = new Random(11);
        int n = 300;
        int m = 1500;
        int[] nodes = new int[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = i * 3;
        }
        int[] a = new int[m];
        int[] b = new int[m];
        double[] weight = new double[m];
        for (int i = 0; i < m; i++) {
            int group = random.nextInt(6) * 50;
            a[i] = 3 * (group + random.nextInt(50));
            b[i] = 3 * (random.nextInt(10) == 0 ? random.nextInt(n) : group + random.nextInt(50));
            weight[i] = 1 + random.nextInt(5);
        }
        Analysis first = GraphAnalysis.analyse(nodes, n, a, b, weight, m);
        Analysis second = GraphAnalysis.analyse(nodes.clone(), n, a.clone(), b.clone(), weight.clone(), m);
        assertArrayEquals(first.actors(), second.actors());
        assertArrayEquals(first.ranks(), second.ranks());
        assertArrayEquals(first.communities(), second.communities());
        assertArrayEquals(first.byDegree(), second.byDegree());
        assertTrue(first.communityCount() > 1);
    }

    @Test
    void onlyTheGivenPrefixOfTheArraysCounts() {
        Analysis analysis = GraphAnalysis.analyse(new int[] {1, 2, 99}, 2, new int[] {1, 99}, new int[] {2, 1},
                new double[] {1, 1}, 1);
        assertArrayEquals(new int[] {1, 2}, analysis.actors());
        assertEquals(1, analysis.communityCount());
    }

    @Test
    void anEmptyGraphHasNothingToShow() {
        Analysis analysis = GraphAnalysis.analyse(new int[0], 0, new int[0], new int[0], new double[0], 0);
        assertEquals(0, analysis.communityCount());
        assertEquals(0, analysis.top(5).length);
        assertEquals(-1, analysis.community(3));
        assertEquals(0.0, analysis.rank(3));
    }

    @Test
    void anEdgeToAnActorThatIsNoNodeIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> analyse(new int[] {1, 2}, new double[][] {{1, 3, 1}}));
        assertThrows(IllegalArgumentException.class, () -> analyse(new int[] {1, 1}, new double[0][]));
    }

    @Test
    void theRecordCannotBeChangedThroughItsArrays() {
        Analysis analysis = twoCliques();
        analysis.ranks()[0] = 42;
        analysis.byDegree()[0] = 42;
        assertNotEquals(42, analysis.ranks()[0]);
        assertEquals(0, analysis.top(1)[0]);
    }
}
