package org.entente.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Membership;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

/** What the graph shows for a window: edges lightest first, memberships on request, and ego networks. */
class GraphSceneTest {
    @Test
    void edgesComeLightestFirstSoTheHeaviestAreDrawnOnTop() throws EdtfException {
        GraphScene scene = GraphScene.of(ChainGraphs.chain(), false, -1, 1);
        assertEquals(4, scene.edgeCount());
        assertEquals(3, scene.count(scene.edgeCount() - 1), "a and b met three times");
        for (int e = 1; e < scene.edgeCount(); e++) {
            assertTrue(scene.count(e - 1) <= scene.count(e));
        }
        assertEquals(5, scene.nodeCount(), "the organisation takes part in nothing");
        WindowGraph graph = ChainGraphs.chain();
        int a = graph.pairs().actor("a");
        assertEquals(3.0, scene.weight(scene.slotOf(a)), "a's weight is its interactions");
    }

    @Test
    void anActorsEdgesAreFoundWithoutLookingAtTheOthers() throws EdtfException {
        WindowGraph graph = ChainGraphs.chain();
        GraphScene scene = GraphScene.of(graph, false, -1, 1);
        int b = graph.pairs().actor("b");
        int[] edges = scene.edgesOf(b);
        assertEquals(2, edges.length, "b met a and c");
        for (int e : edges) {
            assertTrue(scene.first(e) == b || scene.second(e) == b);
        }
        assertEquals(0, scene.edgesOf(graph.pairs().actor("o")).length, "the organisation is not on show");
        int c = graph.pairs().actor("c");
        int edge = scene.edgeBetween(c, b);
        assertTrue(edge >= 0 && scene.first(edge) == Math.min(b, c) && scene.second(edge) == Math.max(b, c));
        assertEquals(-1, scene.edgeBetween(b, graph.pairs().actor("e")), "b and e never met");
    }

    @Test
    void membershipsAreEdgesOnlyOnRequest() throws EdtfException {
        WindowGraph graph = ChainGraphs.chain();
        int d = graph.pairs().actor("d");
        int o = graph.pairs().actor("o");
        assertFalse(GraphScene.of(graph, false, -1, 1).shows(o));
        GraphScene withMemberships = GraphScene.of(graph, true, -1, 1);
        int edge = withMemberships.edgeBetween(d, o);
        assertTrue(edge >= 0);
        int flags = withMemberships.flags(edge);
        assertTrue((flags & GraphScene.MEMBERSHIP_ONLY) != 0);
        assertTrue((flags & (d < o ? GraphScene.FIRST_MEMBER_OF_SECOND : GraphScene.SECOND_MEMBER_OF_FIRST)) != 0,
                "the arrow points from the member to the organisation");
    }

    @Test
    void anEgoNetworkReachesAsManyStepsAsAsked() throws EdtfException {
        WindowGraph graph = ChainGraphs.chain();
        int c = graph.pairs().actor("c");
        GraphScene one = GraphScene.of(graph, false, c, 1);
        assertEquals(3, one.nodeCount(), "c, b and d");
        assertEquals(2, one.edgeCount());
        GraphScene two = GraphScene.of(graph, false, c, 2);
        assertEquals(5, two.nodeCount(), "a and e join");
        assertEquals(4, two.edgeCount());
    }
}
