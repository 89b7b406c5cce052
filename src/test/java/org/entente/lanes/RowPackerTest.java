package org.entente.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a lane's events share its rows, on extents in pixels: no fonts, no canvas. */
class RowPackerTest {
    private static final double GAP = RowPacker.LABEL_GAP;

    /** Items as {start, end} pairs, every label {@code label} wide; counts how often labels are measured. */
    private static final class Extents implements RowPacker.Items {
        private final double[][] extents;
        private final double label;
        private int measured;

        Extents(double label, double[]... extents) {
            this.extents = extents;
            this.label = label;
        }

        @Override
        public int size() {
            return extents.length;
        }

        @Override
        public double start(int k) {
            return extents[k][0];
        }

        @Override
        public double end(int k) {
            return extents[k][1];
        }

        @Override
        public double labelWidth(int k) {
            measured++;
            return label;
        }
    }

    @Test
    void eventsThatFitWithTheirLabelsShareARowAndKeepTheirLabelsWhole() {
        RowPacker packer = new RowPacker();
        Extents items = new Extents(40, new double[] {0, 10}, new double[] {100, 110}, new double[] {105, 120});

        assertEquals(0, packer.pack(items, 3, 0, 1000));
        assertEquals(0, packer.row(0));
        assertEquals(0, packer.row(1), "the second starts after the first one's label ends");
        assertEquals(1, packer.row(2), "the third would cover the second's label");
        assertEquals(40 + GAP, packer.labelRoom(0));
        assertEquals(40 + GAP, packer.labelRoom(2));
    }

    @Test
    void aLabelTheLanesEndWouldCutGoesBeforeItsEventInTheFirstRowWithRoomThere() {
        RowPacker packer = new RowPacker();
        Extents items = new Extents(100, new double[] {800, 810}, new double[] {930, 940}, new double[] {960, 970});

        assertEquals(0, packer.pack(items, 3, 0, 1000));
        assertEquals(0, packer.row(0));
        assertFalse(packer.labelBefore(0), "its label ends at 915, within the lane: it stays after");
        assertEquals(1, packer.row(1), "the first row is free at 930, but not from 825, where its label would start");
        assertTrue(packer.labelBefore(1));
        assertEquals(100 + GAP, packer.labelRoom(1));
        assertEquals(2, packer.row(2), "the second row is held by the second event's mark until 945");
        assertTrue(packer.labelBefore(2));
    }

    @Test
    void aBarLongerThanItsLabelKeepsItInsideAtTheLanesEnd() {
        RowPacker packer = new RowPacker();
        Extents items = new Extents(100, new double[] {700, 1000});

        assertEquals(0, packer.pack(items, 1, 0, 1000));
        assertFalse(packer.labelBefore(0), "the label goes inside the bar");
    }

    @Test
    void aLabelWithNoRoomBeforeItsEventStaysAfterIt() {
        RowPacker packer = new RowPacker();
        Extents items = new Extents(100, new double[] {150, 160});

        assertEquals(0, packer.pack(items, 2, 60, 250));
        assertEquals(0, packer.row(0));
        assertFalse(packer.labelBefore(0), "before it, the label would start at 45, under the lanes' headers");
    }

    @Test
    void whenLabelsDoNotFitEventsPackTighterAndEachLabelGetsTheRoomBeforeTheNextEvent() {
        RowPacker packer = new RowPacker();
        Extents items = new Extents(100, new double[] {0, 10}, new double[] {50, 60});

        assertEquals(0, packer.pack(items, 1, 0, 1000));
        assertEquals(0, packer.row(0));
        assertEquals(0, packer.row(1));
        assertEquals(50 - 10 - GAP, packer.labelRoom(0), "up to the next event in the row");
        assertEquals(1000 - 60 - GAP, packer.labelRoom(1), "up to the lane's right end");
    }

    @Test
    void eventsThatFindNoRowAreCountedAsHidden() {
        RowPacker packer = new RowPacker();
        Extents items = new Extents(20, new double[] {0, 10}, new double[] {5, 15}, new double[] {8, 20},
                new double[] {30, 40});

        assertEquals(2, packer.pack(items, 1, 0, 1000));
        assertEquals(0, packer.row(0));
        assertEquals(-1, packer.row(1));
        assertEquals(-1, packer.row(2));
        assertEquals(0, packer.row(3), "a later event still takes the free room");
    }

    @Test
    void eventsSpanningMostOfTheLaneGoLastIntoRowsNothingElseUses() {
        RowPacker packer = new RowPacker();
        Extents items = new Extents(50, new double[] {0, 900}, new double[] {100, 110}, new double[] {130, 140});

        assertEquals(0, packer.pack(items, 2, 0, 1000));
        assertEquals(0, packer.row(1), "the short events come first");
        assertEquals(0, packer.row(2));
        assertEquals(1, packer.row(0), "the long one is the backdrop, in the row left free");
        assertEquals(0, packer.labelRoom(0), "and carries no label beside it");

        assertEquals(1, packer.pack(items, 1, 0, 1000), "without a free row, the long one is hidden");
        assertEquals(-1, packer.row(0));
    }

    @Test
    void labelsAreMeasuredOnlyUntilTheFirstEventThatDoesNotFitWithIts() {
        RowPacker packer = new RowPacker();
        Extents items = new Extents(50, new double[] {0, 10}, new double[] {20, 30}, new double[] {40, 50},
                new double[] {60, 70});

        packer.pack(items, 2, 0, 1000);
        assertEquals(3, items.measured, "the third finds no row with labels reserved; the tight pass measures none");
    }

    @Test
    void moreEventsThanTheArraysHeldAtFirstArePackedAll() {
        RowPacker packer = new RowPacker();
        double[][] extents = new double[5000][];
        for (int k = 0; k < extents.length; k++) {
            extents[k] = new double[] {k * 20, k * 20 + 10};
        }

        assertEquals(0, packer.pack(new Extents(0, extents), 1, 0, 100_000));
        assertEquals(0, packer.row(4999));
    }
}
