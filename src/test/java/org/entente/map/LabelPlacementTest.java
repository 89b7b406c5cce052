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
    void aPlateWithDiscsOnItsFourSidesGoesToAFreeCorner() {
        List<double[]> discs = List.of(new double[] {196, 158, 203, 165}, new double[] {196, 135, 203, 142},
                new double[] {250, 147, 260, 153}, new double[] {140, 147, 150, 153});
        LabelPlacement placement = new LabelPlacement(400, 300, discs);
        double d = GAP / Math.sqrt(2);
        assertArrayEquals(new double[] {200 + d, 150 + d, 260 + d, 168 + d}, placement.place(200, 150, GAP, W, H), 1e-9,
                "under, above, right and left each hide a disc; below right hides none");
    }

    /**
     * The seed's map as drawn at 1600 by 1000, moved: North Korea's anchor lies on the rim of one of its two
     * discs, beside the other, and China's name has taken the place under it.
     */
    @Test
    void aPlateWithNoFreePlaceGoesOverTheRimOfADiscRatherThanNowhere() {
        List<double[]> discs = List.of(new double[] {172.3, 142.6, 189.3, 159.5}, new double[] {191.3, 144.7, 208.3, 161.7});
        LabelPlacement placement = new LabelPlacement(400, 300, discs);
        assertArrayEquals(new double[] {141, 170, 194, 188}, placement.place(167.5, 164, GAP, 53, H), 1e-9);
        double d = GAP / Math.sqrt(2);
        assertArrayEquals(new double[] {200 + d, 150 - d - H, 285 + d, 150 - d}, placement.place(200, 150, GAP, 85, H), 1e-9,
                "above right it covers a sliver of a disc's rim, the least of the places that leave both counts readable");
    }

    @Test
    void aPlateOffTheMapIsLeftOut() {
        assertNull(new LabelPlacement(400, 300, List.of()).place(500, 150, GAP, W, H));
    }
}
