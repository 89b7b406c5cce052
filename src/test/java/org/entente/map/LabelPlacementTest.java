package org.entente.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Plates of 60 by 18 pixels for anchors on a 400 by 300 map, 6 pixels clear of their marks. */
class LabelPlacementTest {
    private static final double W = 60;
    private static final double H = 18;
    private static final double GAP = 6;

    @Test
    void aPlateGoesUnderItsAnchorWhenNothingIsThere() {
        LabelPlacement placement = new LabelPlacement(400, 300, List.of());
        assertArrayEquals(new double[] {170, 156, 230, 174}, placement.place(200, 150, GAP, W, H), 1e-9);
    }

    @Test
    void aPlateThatWouldHideABinsCountGoesAboveItsAnchor() {
        double[] discUnder = {190, 160, 210, 180};
        LabelPlacement placement = new LabelPlacement(400, 300, List.of(discUnder));
        assertArrayEquals(new double[] {170, 126, 230, 144}, placement.place(200, 150, GAP, W, H), 1e-9);
    }

    @Test
    void aPlateCrowdedByDiscsAboveAndBelowGoesToTheRightThenTheLeft() {
        List<double[]> discs = List.of(new double[] {190, 160, 210, 180}, new double[] {190, 120, 210, 140});
        LabelPlacement placement = new LabelPlacement(400, 300, discs);
        assertArrayEquals(new double[] {206, 141, 266, 159}, placement.place(200, 150, GAP, W, H), 1e-9);
        assertArrayEquals(new double[] {134, 141, 194, 159}, placement.place(200, 150, GAP, W, H), 1e-9,
                "the right is taken now");
    }

    @Test
    void aPlateWithDiscsAllAroundStaysUnderItsAnchorAndOneWithNoRoomIsLeftOut() {
        List<double[]> discs = List.of(new double[] {100, 100, 300, 200});
        LabelPlacement placement = new LabelPlacement(400, 300, discs);
        assertArrayEquals(new double[] {170, 156, 230, 174}, placement.place(200, 150, GAP, W, H), 1e-9,
                "a name hiding a count is better than none");
        assertNull(placement.place(200, 150, GAP, W, H), "under it is taken, and every other place hides a count");
    }

    @Test
    void aPlateWithDiscsOnEverySideGoesWhereItHidesTheLeastOfThem() {
        List<double[]> discs = List.of(new double[] {180, 158, 220, 190}, new double[] {180, 110, 220, 142},
                new double[] {150, 130, 200, 170}, new double[] {262, 154, 280, 172});
        LabelPlacement placement = new LabelPlacement(400, 300, discs);
        assertArrayEquals(new double[] {206, 141, 266, 159}, placement.place(200, 150, GAP, W, H), 1e-9,
                "on the right a corner of one disc is hidden, elsewhere the middle of two");
    }

    @Test
    void aPlateOffTheMapIsLeftOut() {
        assertNull(new LabelPlacement(400, 300, List.of()).place(500, 150, GAP, W, H));
    }
}
