package org.entente.places;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.entente.places.MapFrame.Bin;
import org.junit.jupiter.api.Test;

/** Bins of a frame, at one pixel per unit, whose marks would overlap on screen. */
class BinMergingTest {
    private static Bin bin(long cell, double x, double y, int count, int talk, int fight, double tone, int toned) {
        return new Bin(new long[] {cell}, x, y, count, new int[] {talk, fight}, talk >= fight ? 0 : 1, tone, toned,
                count == 1 ? (int) cell : -1);
    }

    private static boolean overlap(Bin a, Bin b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y()) < MarkRadius.of(a.count()) + MarkRadius.of(b.count());
    }

    @Test
    void twoBinsWhoseMarksOverlapBecomeOneAtTheirCentroidWithEveryEvent() {
        // 100 events (a mark of 14 px) and 20 (a mark of 14 px too) 10 px apart, across a cell's edge.
        List<Bin> merged = BinMerging.merge(List.of(bin(1, 0, 0, 100, 60, 40, 2.0, 50), bin(2, 10, 0, 20, 5, 15, -4.0, 10)), 1);
        assertEquals(1, merged.size());
        Bin one = merged.get(0);
        assertEquals(120, one.count());
        assertArrayEquals(new int[] {65, 55}, one.byGroup());
        assertEquals(0, one.dominantGroup());
        assertEquals((2.0 * 50 - 4.0 * 10) / 60, one.meanTone(), 1e-9, "the mean of every toned event");
        assertEquals(60, one.toned());
        assertEquals(10.0 * 20 / 120, one.x(), 1e-9, "at the centroid of all 120");
        assertArrayEquals(new long[] {1, 2}, one.cells(), "a click lists the events of both cells");
        assertEquals(-1, one.event());
    }

    @Test
    void binsFarEnoughApartStayAsTheyWere() {
        List<Bin> bins = List.of(bin(1, 0, 0, 1, 1, 0, 0, 0), bin(2, 9, 0, 1, 1, 0, 0, 0), bin(3, 100, 0, 100, 1, 99, 0, 0));
        List<Bin> merged = BinMerging.merge(bins, 1);
        assertEquals(3, merged.size(), "two dots 9 px apart do not touch (4 px each)");
        assertTrue(merged.stream().anyMatch(b -> b.count() == 1 && b.event() == 1));
    }

    @Test
    void aCrowdOfBinsLeavesNoTwoMarksOverlapping() {
        List<Bin> bins = new ArrayList<>();
        long cell = 0;
        for (int column = 0; column < 30; column++) {
            for (int row = 0; row < 20; row++) {
                int count = 1 + (column * 7 + row * 13) % 200;
                bins.add(bin(cell++, column * 16 + row % 3, row * 16 + column % 5, count, count, 0, 0, 0));
            }
        }
        List<Bin> merged = BinMerging.merge(bins, 1);
        assertEquals(bins.stream().mapToInt(Bin::count).sum(), merged.stream().mapToInt(Bin::count).sum(),
                "no event lost or counted twice");
        assertEquals(bins.size(), merged.stream().mapToInt(b -> b.cells().length).sum());
        int overlaps = 0;
        for (int i = 0; i < merged.size(); i++) {
            for (int j = i + 1; j < merged.size(); j++) {
                overlaps += overlap(merged.get(i), merged.get(j)) ? 1 : 0;
            }
        }
        assertTrue(merged.size() < bins.size() / 2, "marks of up to 14 px on a 16 px grid merge: " + merged.size());
        assertEquals(0, overlaps, "no two marks overlap among " + merged.size());
    }

    @Test
    void theSelectionsBinsAreGatheredAsTheWindowsWereAndDrawnAtTheirPlace() {
        List<Bin> merged = BinMerging.merge(List.of(bin(1, 0, 0, 100, 100, 0, 0, 0), bin(2, 10, 0, 20, 20, 0, 0, 0),
                bin(3, 200, 0, 5, 5, 0, 0, 0)), 1);
        List<Bin> selected = BinMerging.alike(List.of(bin(1, 1, 1, 3, 3, 0, 0, 0), bin(2, 9, 1, 2, 2, 0, 0, 0),
                bin(3, 201, 0, 1, 1, 0, 0, 0)), merged);
        assertEquals(2, selected.size());
        Bin gathered = selected.stream().filter(b -> b.count() == 5).findFirst().orElseThrow();
        Bin place = merged.stream().filter(b -> b.count() == 120).findFirst().orElseThrow();
        assertEquals(place.x(), gathered.x(), 1e-9);
        assertEquals(place.y(), gathered.y(), 1e-9);
    }
}
