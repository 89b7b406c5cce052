package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.entente.index.IndexedDataset;
import org.entente.network.ActorGroups;
import org.entente.network.ComparisonScene;
import org.entente.network.GraphLimits;
import org.entente.network.GraphRange;
import org.entente.network.GraphScene;
import org.entente.network.NodeSizing;
import org.entente.network.PeriodComparison;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.seed.Seed;
import org.junit.jupiter.api.Test;

/** Comparing September with October 2025 on the seed while its actors are grouped by kind: the graph compares groups. */
class ComparisonGroupingTest {
    private static final long DAY = 86_400_000L;

    private static TimeWindow month(int month) {
        return new TimeWindow(LocalDate.of(2025, month, 1).toEpochDay() * DAY,
                LocalDate.of(2025, month + 1, 1).toEpochDay() * DAY);
    }

    @Test
    void groupedTheComparisonShowsHowTheTiesBetweenGroupsChanged() throws IOException {
        IndexedDataset seed = IndexedDataset.of(Seed.load());
        LiveGraph graph = new LiveGraph();
        graph.reset(seed.dataset().actors());
        graph.show(GraphData.build(seed, Filter.NONE));
        graph.compare(PeriodComparison.of(graph.pairs(), seed.time(), month(9), month(10)));
        ActorGroups byKind = ActorGroups.byKind(seed.dataset().actors());
        graph.group(byKind);

        graph.updateScene(new GraphRange(0, 1), false, null, 1, NodeSizing.ACTIVITY, GraphLimits.NONE, List.of());

        GraphScene scene = graph.scene();
        int people = byKind.node(graph.pairs().actor("kim-jong-un"));
        int states = byKind.node(graph.pairs().actor("prk"));
        int edge = scene.edgeBetween(people, states);
        assertTrue(edge >= 0, "the people and the states are tied");
        PeriodComparison.Change change = ComparisonScene.change(scene.flags(edge));
        assertNotNull(change, "the tie between the groups is styled by its change");
        String tooltip = graph.describePair(scene.pair(edge));
        assertTrue(tooltip.toLowerCase(Locale.ROOT).contains(change.word()) && tooltip.contains(" in A, "), tooltip);
        assertEquals(0, countActors(scene, byKind), "every actor has a kind, so every node is a group");
        assertTrue(graph.describeActor(people).contains("in A"), graph.describeActor(people));
    }

    private static int countActors(GraphScene scene, ActorGroups groups) {
        int actors = 0;
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            actors += groups.groupOfNode(scene.node(slot)) < 0 ? 1 : 0;
        }
        return actors;
    }
}
