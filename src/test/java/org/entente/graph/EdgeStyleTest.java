package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.network.ComparisonScene;
import org.entente.network.GraphScene;
import org.entente.network.PeriodComparison;
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

    @Test
    void aComparedTieIsColouredByItsChangeAVanishedOneDashedAndAChangedOneWhole() {
        int vanished = ComparisonScene.flag(PeriodComparison.Change.VANISHED);
        int appeared = ComparisonScene.flag(PeriodComparison.Change.APPEARED);
        assertEquals(EdgeStyle.DASHED, EdgeStyle.pattern(vanished));
        assertEquals(EdgeStyle.SOLID, EdgeStyle.pattern(appeared));
        int step = EdgeStyle.colourStep(5, appeared);
        assertTrue(step > GraphPalette.toneStep(10), "past every tone, so that no tone is mistaken for a change");
        assertEquals(step, EdgeStyle.toneStepOf(EdgeStyle.key(7, EdgeStyle.SOLID, 3, step)), "and it survives packing");
        assertEquals(GraphPalette.toneStep(5), EdgeStyle.colourStep(5, 0), "an edge of one window keeps its tone");
        assertEquals(1, EdgeStyle.strengthOpacity(0, appeared));
        assertTrue(EdgeStyle.strengthOpacity(0, ComparisonScene.flag(PeriodComparison.Change.STEADY)) < 1);
    }
}
