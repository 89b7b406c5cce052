package org.entente.graph;

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

/** What the graph shows for a window: edges lightest first, memberships on request, ego networks, and fades. */
class GraphSceneTest {
    /** A chain a-b-c-d-e of meetings in 2020, a meeting a-b twice more, and d a member of organisation o. */
    private static WindowGraph chain() throws EdtfException {
        List<Actor> actors = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            actors.add(new Actor(id, id.toUpperCase(), ActorKind.PERSON, List.of(), null, null,
                    id.equals("d") ? List.of(new Membership("o", "chair", null)) : List.of(), Extras.NONE));
        }
        actors.add(new Actor("o", "O", ActorKind.ORGANIZATION, List.of(), null, null, List.of(), Extras.NONE));
        List<Event> events = new ArrayList<>();
        String[][] meetings = {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"a", "b"}, {"a", "b"}};
        for (int i = 0; i < meetings.length; i++) {
            events.add(new Event("e" + i, "Meeting " + i, Edtf.parse("2020-0" + (i + 1) + "-01"), "meeting", null, null,
                    List.of(new Participant(meetings[i][0], null), new Participant(meetings[i][1], null)), Double.NaN,
                    List.of(), List.of(), List.of(), Extras.NONE));
        }
        Dataset dataset = new Dataset("Chain", null, List.of(), actors, events, List.of(), Extras.NONE);
        IndexedDataset indexed = IndexedDataset.of(dataset);
        WindowGraph graph = new WindowGraph(PairIndex.of(dataset, Filter.NONE), indexed.time());
        graph.moveTo(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1);
        return graph;
    }

    @Test
    void edgesComeLightestFirstSoTheHeaviestAreDrawnOnTop() throws EdtfException {
        GraphScene scene = GraphScene.of(chain(), false, -1, 1);
        assertEquals(4, scene.edgeCount());
        assertEquals(3, scene.count(scene.edgeCount() - 1), "a and b met three times");
        for (int e = 1; e < scene.edgeCount(); e++) {
            assertTrue(scene.count(e - 1) <= scene.count(e));
        }
        assertEquals(5, scene.nodeCount(), "the organisation takes part in nothing");
        WindowGraph graph = chain();
        int a = graph.pairs().actor("a");
        assertEquals(3.0, scene.weight(scene.slotOf(a)), "a's weight is its interactions");
    }

    @Test
    void anActorsEdgesAreFoundWithoutLookingAtTheOthers() throws EdtfException {
        WindowGraph graph = chain();
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
        WindowGraph graph = chain();
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
        WindowGraph graph = chain();
        int c = graph.pairs().actor("c");
        GraphScene one = GraphScene.of(graph, false, c, 1);
        assertEquals(3, one.nodeCount(), "c, b and d");
        assertEquals(2, one.edgeCount());
        GraphScene two = GraphScene.of(graph, false, c, 2);
        assertEquals(5, two.nodeCount(), "a and e join");
        assertEquals(4, two.edgeCount());
    }

    @Test
    void whatLeavesFadesOutAndWhatComesFadesIn() throws EdtfException {
        WindowGraph graph = chain();
        GraphFades fades = new GraphFades(graph.pairs().actorCount(), graph.pairs().pairCount());
        GraphScene all = GraphScene.of(graph, false, -1, 1);
        fades.show(all);
        fades.finish();
        int e = graph.pairs().actor("e");
        assertEquals(1f, fades.actorAlpha(e));
        graph.moveTo(Long.MIN_VALUE + 1, Edtf.parse("2020-03-15").start());
        fades.show(GraphScene.of(graph, false, -1, 1));
        assertTrue(fades.leavingActors().size() == 1 && fades.leavingActors().get(0) == e, "e met d only in April");
        assertEquals(1, fades.leavingEdges().size());
        assertTrue(fades.advance(GraphFades.DURATION / 2), "still fading");
        assertEquals(0.5f, fades.actorAlpha(e), 0.01f);
        fades.advance(GraphFades.DURATION);
        assertEquals(0f, fades.actorAlpha(e));
        assertEquals(0, fades.leavingActors().size());
        assertFalse(fades.advance(0.016), "nothing moves any more");
    }
}
