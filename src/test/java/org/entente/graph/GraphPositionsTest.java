package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How much room a node keeps per pixel of its radius, for the view the graph is fitted to. */
class GraphPositionsTest {
    @Test
    void aFewActorsKeepTheLeastRoom() {
        assertEquals(2.0, GraphPositions.roomPerPixel(14, 330), 1e-9, "the seed's fourteen fit at half scale");
    }

    @Test
    void aHundredAndFiftyActorsInASmallPaneKeepRoomForTheScaleTheyAreDrawnAt() {
        double room = GraphPositions.roomPerPixel(150, 330);
        assertTrue(room > 6 && room < 7, "a disc of some 2,100 units in 330 pixels: " + room);
        assertTrue(GraphPositions.roomPerPixel(150, 660) < room, "a pane twice as large needs half");
    }

    @Test
    void aGraphTooLargeToSeparateFallsBackTowardTheLeastWithoutAJump() {
        double atMost = GraphPositions.roomPerPixel(240, 330);
        double justPast = GraphPositions.roomPerPixel(260, 330);
        assertTrue(Math.abs(atMost - justPast) < 0.6, atMost + " then " + justPast);
        assertEquals(2.0, GraphPositions.roomPerPixel(5_000, 330), 1e-9, "thousands keep the least");
    }
}
