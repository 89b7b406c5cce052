package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Extras;
import org.entente.network.GraphLimits;
import org.entente.network.GraphRange;
import org.entente.network.GraphScene;
import org.entente.network.NodeSizing;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.store.PairRow;
import org.junit.jupiter.api.Test;

/**
 * The graph drawn from a store's counted pairs, stepped without a stage: nodes keep their numbers and
 * places from one answer to the next, the limits pick the busiest actors, edges carry tone and weak
 * sources, and the tooltips say what was counted.
 */
class CountedGraphTest {
    private static final GraphRange ANY = new GraphRange(0, 1);
    private final LiveGraph graph = new LiveGraph();

    private static StorePairs.Answer answer(int events, PairRow... rows) {
        return new StorePairs.Answer(new StorePairs.Question(null, Filter.NONE, new TimeWindow(0, 86_400_000L),
                StorePairs.LIMIT), List.of(rows), events);
    }

    private boolean update(GraphLimits limits) {
        return graph.updateScene(ANY, false, null, 1, NodeSizing.ACTIVITY, limits, List.of());
    }

    private static Actor actor(String id, String name, ActorKind kind) {
        return new Actor(id, name, kind, List.of(), null, null, List.of(), Extras.NONE);
    }

    @Test
    void actorsKeepTheirNodesAndPlacesFromOneAnswerToTheNext() {
        graph.resetForStore(new StoreRoster(10, List.of()));
        assertFalse(graph.hasData(), "nothing to draw before the first answer");
        graph.showPairs(answer(30, new PairRow("a", "b", 12, 1.5, 0), new PairRow("b", "c", 4, -2, 0)));
        assertTrue(update(GraphLimits.NONE), "the first answer is laid out afresh");
        graph.settle();
        int b = graph.node("b");
        double x = graph.x(b);
        double y = graph.y(b);
        graph.showPairs(answer(25, new PairRow("b", "c", 9, 0, 0), new PairRow("c", "d", 3, 0, 0)));
        assertFalse(update(GraphLimits.NONE), "a later answer only adjusts the layout");
        assertEquals(b, graph.node("b"));
        assertEquals(x, graph.x(b), "b stands where it stood until the layout moves it");
        assertEquals(y, graph.y(b));
        assertTrue(graph.scene().shows(graph.node("d")));
        assertFalse(graph.scene().shows(graph.node("a")), "a shares none of the new time's counted events");
        assertEquals(Selection.pair("b", "c"), graph.selectionOfTie(graph.scene().pair(
                graph.scene().edgeBetween(graph.node("b"), graph.node("c")))));
    }

    @Test
    void theLimitsKeepTheBusiestActorsAndEdgesCarryToneAndWeakSources() {
        graph.resetForStore(new StoreRoster(10, List.of()));
        graph.showPairs(answer(40, new PairRow("a", "b", 20, -3, 20), new PairRow("b", "c", 10, 2.5, 1),
                new PairRow("c", "d", 1, Double.NaN, 0)));
        update(GraphLimits.NONE.withMaxActors(3));
        GraphScene scene = graph.scene();
        assertEquals(3, scene.nodeCount(), "d, with one event, is left out");
        int ab = scene.edgeBetween(graph.node("a"), graph.node("b"));
        assertEquals(20, scene.count(ab));
        assertEquals(-3, scene.tone(ab), 1e-6);
        assertEquals(GraphScene.WEAK_ONLY, scene.flags(ab) & GraphScene.WEAK_ONLY, "every event of a-b rests on weak sources");
        int bc = scene.edgeBetween(graph.node("b"), graph.node("c"));
        assertEquals(0, scene.flags(bc) & GraphScene.WEAK_ONLY, "one weak event of ten does not make b-c weak");
        assertEquals(30, scene.weight(scene.slotOf(graph.node("b"))), "b weighs its events in the pairs drawn");
    }

    @Test
    void anEgoNetworkOfCountedPairsReachesAsFarAsAsked() {
        graph.resetForStore(new StoreRoster(10, List.of()));
        graph.showPairs(answer(40, new PairRow("a", "b", 5, 0, 0), new PairRow("b", "c", 5, 0, 0),
                new PairRow("c", "d", 5, 0, 0)));
        graph.updateScene(ANY, false, "a", 1, NodeSizing.ACTIVITY, GraphLimits.NONE, List.of());
        assertEquals(2, graph.scene().nodeCount(), "a and its one neighbour");
        graph.updateScene(ANY, false, "a", 2, NodeSizing.ACTIVITY, GraphLimits.NONE, List.of());
        assertTrue(graph.scene().shows(graph.node("c")));
        assertFalse(graph.scene().shows(graph.node("d")), "three steps away");
    }

    @Test
    void nodesAreNamedAfterTheActorsHeldAndTheTooltipsSayWhatWasCounted() {
        graph.resetForStore(new StoreRoster(10, List.of(actor("a", "Alpha", ActorKind.STATE))));
        graph.showPairs(answer(40, new PairRow("a", "b", 20, -3, 2)));
        update(GraphLimits.NONE);
        assertEquals("Alpha (state)\n20 events in the pairs drawn, in this time", graph.describeActor(graph.node("a")));
        assertTrue(graph.describeActor(graph.node("b")).startsWith("b (actor)"), "an actor not held is named by its id");
        graph.learn(List.of(actor("b", "Beta", ActorKind.PERSON)));
        assertEquals("Alpha \u2013 Beta\n20 shared events in this time\nMean tone -3.0 (conflictual)\n"
                + "2 of them only on weak sources\nClick to select this relationship",
                graph.describePair(graph.scene().pair(0)));
    }

    @Test
    void placesCarryOverToAnotherNumbering() {
        graph.resetForStore(new StoreRoster(10, List.of()));
        graph.showPairs(answer(10, new PairRow("a", "b", 5, 0, 0)));
        update(GraphLimits.NONE);
        graph.settle();
        Map<String, double[]> places = graph.places();
        graph.reset(List.of(actor("z", "Zed", ActorKind.PERSON), actor("b", "Beta", ActorKind.PERSON)));
        graph.carry(places);
        assertEquals(places.get("b")[0], graph.x(1), "b stands where it stood under the store's numbering");
        assertEquals(places.get("b")[1], graph.y(1));
    }
}
