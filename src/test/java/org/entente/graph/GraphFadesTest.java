package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.network.ChainGraphs;
import org.entente.network.GraphScene;
import org.entente.network.WindowGraph;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

/** What leaves the graph fades out where it was, and what comes fades in. */
class GraphFadesTest {
    @Test
    void whatLeavesFadesOutAndWhatComesFadesIn() throws EdtfException {
        WindowGraph graph = ChainGraphs.chain();
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
