package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.network.GraphScene;
import org.junit.jupiter.api.Test;

class EdgeStyleTest {
    @Test
    void weakerTiesAreLighterAndThinnerAndTheHeaviestWhole() {
        int light = EdgeStyle.widthStep(1, 100);
        int heavy = EdgeStyle.widthStep(100, 100);
        assertTrue(EdgeStyle.width(light) < EdgeStyle.width(heavy));
        assertTrue(EdgeStyle.strengthOpacity(light) < EdgeStyle.strengthOpacity(heavy));
        assertEquals(1, EdgeStyle.strengthOpacity(heavy));
    }

    @Test
    void aRelationOfUnknownPeriodHasItsOwnLineButAMembershipStaysDotted() {
        assertEquals(EdgeStyle.DASH_DOT, EdgeStyle.pattern(GraphScene.PERIOD_UNKNOWN));
        assertEquals(EdgeStyle.DOTTED, EdgeStyle.pattern(GraphScene.MEMBERSHIP_ONLY | GraphScene.PERIOD_UNKNOWN));
        int key = EdgeStyle.key(3, EdgeStyle.DASH_DOT, 2, 4);
        assertEquals(EdgeStyle.DASH_DOT, EdgeStyle.patternOf(key), "the pattern survives packing into a key");
        assertEquals(3, EdgeStyle.widthStepOf(key));
    }
}
