package org.entente.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a click finds: the boxes a frame drew, cut to the lanes' body between y 40 and 300. */
class HitMapTest {
    private final HitMap hits = new HitMap();

    @Test
    void aRowRunningOnUnderTheOverviewIsFoundOnlyWhereItShows() {
        hits.clear(40, 300);
        hits.addEvent(100, 290, 50, 20, 7);
        hits.addEvent(100, 305, 50, 20, 8);

        assertEquals(0, hits.find(120, 295), "the part above the body's foot");
        assertEquals(-1, hits.find(120, 305), "under the overview strip nothing is hit");
        assertEquals(1, hits.size(), "a row wholly under it is not in the map");
        assertEquals(295, hits.centerY(0), 1e-9, "so a locating centre is on screen");
    }

    @Test
    void aBoxUnderTheAxisIsCutAtTheBodysTop() {
        hits.clear(40, 300);
        hits.addCluster(0, 30, 20, 20, 0, 10, 0);

        assertEquals(-1, hits.find(10, 35));
        assertEquals(0, hits.find(10, 45));
    }
}
