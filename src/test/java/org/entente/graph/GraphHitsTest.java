package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hit-testing what a frame drew: nodes over edges, thin edges within reach, overlapping edges by what shows on top. */
class GraphHitsTest {
    private final GraphHits hits = new GraphHits();

    @Test
    void theTopMostNodeUnderThePointerWins() {
        hits.addNode(1, 100, 100, 10);
        hits.addNode(2, 112, 100, 10);
        assertEquals(2, hits.nodeAt(106, 100), "where two nodes overlap, the one drawn last is on top");
        assertEquals(1, hits.nodeAt(92, 100));
        assertEquals(1, hits.nodeAt(100, 112.5), "a few pixels of grace around a node");
        assertEquals(-1, hits.nodeAt(100, 116), "but not more");
    }

    @Test
    void aOnePixelEdgeCanBeHitWithinAFewPixels() {
        hits.addEdge(7, 0, 50, 200, 50, 1);
        assertEquals(7, hits.edgeAt(100, 50));
        assertEquals(7, hits.edgeAt(100, 53.5), "within the slop");
        assertEquals(-1, hits.edgeAt(100, 55.5), "outside it");
        assertEquals(-1, hits.edgeAt(206, 50), "past the end of the segment");
    }

    @Test
    void whereAThickEdgeCoversAThinOneThePointerPicksWhatIsOnTop() {
        hits.addEdge(1, 0, 50, 200, 50, 1);
        hits.addEdge(2, 0, 52, 200, 52, 8);
        assertEquals(2, hits.edgeAt(100, 50), "the thick edge drawn on top covers the thin one here");
        hits.clear();
        hits.addEdge(2, 0, 52, 200, 52, 8);
        hits.addEdge(1, 0, 50, 200, 50, 1);
        assertEquals(1, hits.edgeAt(100, 50), "drawn on top, the thin edge wins where it lies");
        assertEquals(2, hits.edgeAt(100, 54), "and the thick one where only it lies");
    }

    @Test
    void offEveryStrokeTheNearestEdgeWins() {
        hits.addEdge(1, 0, 40, 200, 40, 1);
        hits.addEdge(2, 0, 46, 200, 46, 1);
        assertEquals(1, hits.edgeAt(100, 42));
        assertEquals(2, hits.edgeAt(100, 44));
    }

    @Test
    void crossingEdgesResolveByDistance() {
        hits.addEdge(1, 0, 0, 100, 100, 2);
        hits.addEdge(2, 0, 100, 100, 0, 2);
        assertEquals(1, hits.edgeAt(20, 21.5));
        assertEquals(2, hits.edgeAt(20, 79));
    }
}
