package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Extras;
import org.entente.network.GraphLimits;
import org.entente.network.GraphRange;
import org.entente.network.NodeSizing;
import org.entente.network.ShownEdge;
import org.entente.network.ShownGraph;
import org.entente.network.ShownNode;
import org.entente.network.Spell;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.store.PairRow;
import org.junit.jupiter.api.Test;

/** The graph on show as an export takes it from a graph drawing a store's counted pairs, stepped without a stage. */
class GraphOnShowTest {
    private static final long DAY = 86_400_000L;
    private final LiveGraph graph = new LiveGraph();

    @Test
    void nothingShowsNothingToExport() {
        graph.resetForStore(new StoreRoster(10, List.of()));
        assertNull(GraphOnShow.of(graph, "store", false, true));
    }

    @Test
    void aStoresCountedPairsExportWithinTheLimitsSpanningTheAskedTime() {
        Actor kim = new Actor("kim", "Kim Jong Un", ActorKind.PERSON, List.of(), "PRK", null, List.of(), Extras.NONE);
        graph.resetForStore(new StoreRoster(10, List.of(kim)));
        TimeWindow asked = new TimeWindow(10 * DAY, 20 * DAY);
        graph.showPairs(new StorePairs.Answer(new StorePairs.Question(null, Filter.NONE, asked, StorePairs.LIMIT),
                List.of(new PairRow("kim", "xi", 20, -1, 0), new PairRow("putin", "xi", 10, 2, 10),
                        new PairRow("a", "b", 1, 0, 0)), 31));
        graph.updateScene(new GraphRange(asked.start(), asked.end()), false, null, 1, NodeSizing.ACTIVITY,
                GraphLimits.NONE.withMaxActors(3), List.of());

        ShownGraph shown = GraphOnShow.of(graph, "store", false, true).get();

        assertTrue(shown.counted());
        assertEquals(Set.of("kim", "xi", "putin"), shown.nodes().stream().map(ShownNode::id).collect(Collectors.toSet()),
                "the limits leave a and b out, as on screen");
        ShownNode shownKim = shown.nodes().stream().filter(n -> n.id().equals("kim")).findFirst().orElseThrow();
        assertEquals("Kim Jong Un", shownKim.label());
        assertEquals("person", shownKim.kind());
        assertEquals("PRK", shownKim.country(), "what the view's dataset knows of an actor is kept");
        for (ShownEdge edge : shown.edges()) {
            assertEquals(List.of(new Spell(asked.start(), asked.end())), edge.spells());
        }
        assertTrue(shown.edges().stream().anyMatch(e -> e.weight() == 10 && e.weakOnly()));
        assertEquals(asked.start(), shown.from());
    }
}
