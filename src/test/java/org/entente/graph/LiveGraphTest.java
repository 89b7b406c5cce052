package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.index.IndexedDataset;
import org.entente.network.ChainGraphs;
import org.entente.network.GraphLimits;
import org.entente.network.GraphRange;
import org.entente.network.NodeColoring;
import org.entente.network.NodeSizing;
import org.entente.query.Filter;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The graph on show, stepped without a stage: scenes, settling, stale analyses and the user's hand. */
class LiveGraphTest {
    private static final GraphRange ALL = new GraphRange(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1);
    private final LiveGraph graph = new LiveGraph();
    private IndexedDataset dataset;

    @BeforeEach
    void showTheChain() throws EdtfException {
        dataset = ChainGraphs.dataset();
        graph.reset(dataset.dataset().actors());
        graph.show(GraphData.build(dataset, Filter.NONE));
    }

    private boolean update(GraphRange range) {
        return graph.updateScene(range, false, null, 1, NodeSizing.ACTIVITY, GraphLimits.NONE, List.of());
    }

    @Test
    void onlyTheFirstSceneWithNodesAsksForAFullLayout() throws EdtfException {
        assertTrue(graph.isSceneDirty(), "new data wants a scene");
        assertFalse(update(new GraphRange(Edtf.parse("1990").start(), Edtf.parse("1990").end())), "an empty scene is not laid out");
        assertEquals(0, graph.scene().nodeCount());
        assertTrue(update(ALL), "the first scene with nodes is laid out afresh");
        assertEquals(5, graph.scene().nodeCount());
        assertFalse(update(ALL), "later scenes only adjust the layout");
        assertFalse(graph.isSceneDirty());
    }

    @Test
    void steppingComesToRestAndSettlingGetsThereAtOnce() {
        update(ALL);
        graph.relayoutNow();
        assertTrue(graph.step(1 / 60.0, 6_000_000), "a fresh layout moves");
        graph.settle();
        assertFalse(graph.isLayoutMoving());
        assertFalse(graph.step(1 / 60.0, 6_000_000), "nothing moves once settled");
        int a = graph.pairs().actor("a");
        int b = graph.pairs().actor("b");
        assertNotEquals(graph.x(a), graph.x(b), "actors stand apart");
        GraphViewport fit = graph.fit(800, 600, 40);
        double sx = fit.screenX(graph.x(a), 800);
        assertTrue(sx >= 40 && sx <= 760, "the fitted view shows every actor inside the margin: " + sx);
    }

    @Test
    void whileTheLayoutMovesOnlyTheHeaviestEdgesAreDrawnAndAllOfThemAtRest() {
        update(ALL);
        assertTrue(graph.isLayoutMoving());
        assertEquals(GraphPainter.MOVING_EDGE_BUDGET, graph.frame(800, 600, GraphViewport.DEFAULT, null, NodeColoring.KIND,
                Emphasis.NONE, false).edgeBudget());
        graph.settle();
        assertEquals(GraphPainter.EDGE_BUDGET, graph.frame(800, 600, GraphViewport.DEFAULT, null, NodeColoring.KIND,
                Emphasis.NONE, false).edgeBudget());
    }

    @Test
    void anAnalysisOfASceneThatHasMovedOnIsDropped() {
        update(ALL);
        GraphData analysed = graph.data();
        int version = graph.sceneVersion();
        var analysis = graph.scene().analyse();
        update(ALL);
        assertFalse(graph.adoptAnalysis(analysed, version, analysis), "the scene moved on");
        assertNull(graph.analysis());
        assertTrue(graph.adoptAnalysis(analysed, graph.sceneVersion(), analysis));
        assertEquals(analysis, graph.analysis());
    }

    @Test
    void aLayoutComputedBeforeANewDatasetIsDropped() {
        update(ALL);
        var source = graph.layout();
        var copy = graph.layoutCopy();
        copy.relayout();
        graph.reset(dataset.dataset().actors());
        assertFalse(graph.adoptLayout(source, copy), "the dataset was opened afresh");
    }

    @Test
    void draggingPinsAnActorWhereItIsDroppedAndUnpinningFreesIt() {
        update(ALL);
        graph.settle();
        int c = graph.pairs().actor("c");
        graph.drag(c, 123, -45);
        graph.settle();
        assertTrue(graph.isPinned(c));
        assertEquals(123, graph.x(c), 1e-9);
        assertEquals(-45, graph.y(c), 1e-9);
        graph.unpin(c);
        assertFalse(graph.isPinned(c));
    }

    @Test
    void hoverReportsOnlyChangesAndTheTooltipCountsEventsInTheTime() {
        update(ALL);
        int a = graph.pairs().actor("a");
        assertTrue(graph.hover(a, -1));
        assertFalse(graph.hover(a, -1), "the same hover again changes nothing");
        assertTrue(graph.describeActor(a).contains("3 events in this time"), graph.describeActor(a));
    }

    @Test
    void aNewFilterKeepsPositionsButForgetsTheHover() {
        update(ALL);
        graph.settle();
        int b = graph.pairs().actor("b");
        double x = graph.x(b);
        graph.hover(b, -1);
        graph.show(GraphData.build(dataset, Filter.NONE));
        assertEquals(-1, graph.hoveredActor());
        assertEquals(x, graph.x(b), "positions survive a change of filter");
    }
}
