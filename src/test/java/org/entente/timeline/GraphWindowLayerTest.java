package org.entente.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.entente.query.TimeWindow;
import org.entente.timescale.TimeScale;
import org.junit.jupiter.api.Test;

/** Where the graph's band lies across a strip: 1,000 ms over 500 px, past a 170 px header. */
class GraphWindowLayerTest {
    private static final TimeScale SCALE = new TimeScale(0, 100_000, 500);
    private static final double LEFT = 170;
    private static final double RIGHT = 670;

    private static GraphWindowLayer.Span span(long from, long to) {
        return GraphWindowLayer.Span.of(new TimeWindow(from, to), SCALE, LEFT, RIGHT);
    }

    @Test
    void aBandInsideTheStripShowsBothEdgesAtItsInstants() {
        GraphWindowLayer.Span band = span(20_000, 40_000);

        assertEquals(LEFT + 100, band.x0(), 1e-9);
        assertEquals(LEFT + 200, band.x1(), 1e-9);
        assertTrue(band.startShown() && band.endShown());
    }

    @Test
    void aBandReachingOutOfTheStripIsCutAtItsBordersAndShowsOnlyTheEdgeInside() {
        GraphWindowLayer.Span fromBefore = span(-50_000, 40_000);
        GraphWindowLayer.Span pastTheEnd = span(60_000, 300_000);

        assertEquals(LEFT, fromBefore.x0(), 1e-9);
        assertFalse(fromBefore.startShown());
        assertTrue(fromBefore.endShown());
        assertEquals(RIGHT, pastTheEnd.x1(), 1e-9);
        assertTrue(pastTheEnd.startShown());
        assertFalse(pastTheEnd.endShown());
    }

    @Test
    void aBandCoveringTheStripShowsItsEdgesOnlyWhereTheyMeetItsBorders() {
        GraphWindowLayer.Span same = span(0, 100_000);
        GraphWindowLayer.Span wider = span(-1_000, 101_000);

        assertTrue(same.startShown() && same.endShown(), "the visible range: edges at the borders");
        assertFalse(wider.startShown() || wider.endShown());
        assertEquals(RIGHT - LEFT, wider.width(), 1e-9);
    }

    @Test
    void aBandWhollyOutsideTheStripIsNotThere() {
        assertNull(span(-50_000, -10_000));
        assertNull(span(100_000, 150_000));
    }
}
