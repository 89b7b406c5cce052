package org.entente.lanes;

import java.util.Arrays;

/**
 * Packs the events of one lane that are in view into the lane's rows, and counts those that find no
 * row (the lane's "+N more"). It sees each event only as a horizontal extent in pixels and the width of
 * its label, so the rules can be tested without fonts or a canvas: the painter measures, this decides.
 *
 * <p>Its arrays are reused from frame to frame, so packing allocates nothing once they are large enough.
 */
public final class RowPacker {
    /** Between an event and its label, and after the label. */
    public static final double LABEL_GAP = 5;
    /** A lane packs at most this many rows, however tall it is. */
    public static final int MAX_ROWS = 512;

    /** The events to pack, in start order. */
    public interface Items {
        int size();

        /** The left edge of item k. */
        double start(int k);

        /** The right edge of item k, its date qualifier included. */
        double end(int k);

        /** The width of item k's label; asked only while labels are reserved room. */
        double labelWidth(int k);
    }

    private final double[] rowEnds = new double[MAX_ROWS];
    private final int[] lastInRow = new int[MAX_ROWS];
    private final double[] previousEnd = new double[MAX_ROWS];
    private int[] rowOf = new int[1024];
    private double[] labelRoom = new double[1024];
    private boolean[] labelBefore = new boolean[1024];
    private boolean labelsReserved;

    /**
     * Packs the items into at most {@code rows} rows of a lane spanning {@code left} to {@code right}
     * and returns how many found no row. Each item first gets room for its label beside it, after it or,
     * where the lane's right end would cut it, before it; when that does not fit them all, items pack
     * tighter and each label gets the room left after it before the next item in its row.
     */
    public int pack(Items items, int rows, double left, double right) {
        int rowCount = Math.min(rows, MAX_ROWS);
        ensureCapacity(items.size());
        double longItem = (right - left) / 2;
        labelsReserved = place(items, rowCount, left, right, longItem, true) == 0;
        if (labelsReserved) {
            return 0;
        }
        return place(items, rowCount, left, right, longItem, false) + placeLongItems(items, rowCount, longItem);
    }

    /** Whether the last packing gave every item room for its whole label, as {@link Items#labelWidth} gave it. */
    public boolean labelsReserved() {
        return labelsReserved;
    }

    /** The row item k was given, or -1 when it found none. */
    public int row(int k) {
        return rowOf[k];
    }

    /** How wide item k's label may be, drawn beside it; gap after the label included. */
    public double labelRoom(int k) {
        return labelRoom[k];
    }

    /**
     * Whether item k's label goes before it, ending a gap short of its start: only an item near the lane's
     * right end whose label the end would cut, in a row with room for it there, and too short to carry the
     * label inside, as a bar running off the edge does. After a pan the events at the right edge read
     * "Li Qia…", "Militar…", while the room to their left stood empty.
     */
    public boolean labelBefore(int k) {
        return labelBefore[k];
    }

    /**
     * Assigns rows in start order and returns how many events found no row. With labels reserved, each
     * item's row stays blocked until its label ends (a label before its item, from where it starts), and
     * placing stops at the first event that does not fit; without, items pack tighter, each label gets the
     * room left before the next item in its row, and events longer than {@code longItem} wait for
     * {@link #placeLongItems}.
     */
    private int place(Items items, int rows, double left, double right, double longItem, boolean withLabels) {
        Arrays.fill(rowEnds, 0, rows, Double.NEGATIVE_INFINITY);
        Arrays.fill(lastInRow, 0, rows, -1);
        int hidden = 0;
        for (int k = 0; k < items.size(); k++) {
            double x0 = items.start(k);
            double x1 = items.end(k);
            labelBefore[k] = false;
            if (!withLabels && x1 - x0 > longItem) {
                rowOf[k] = -1;
                continue;
            }
            double label = withLabels ? items.labelWidth(k) + LABEL_GAP : 0;
            int row = firstRowFreeAt(x0, rows);
            if (withLabels && row < rows && x1 + label > right && x1 - x0 < label && x0 - label >= left) {
                int before = firstRowFreeAt(x0 - label, rows);
                if (before < rows) {
                    row = before;
                    labelBefore[k] = true;
                }
            }
            if (row == rows) {
                if (withLabels) {
                    return 1;
                }
                rowOf[k] = -1;
                hidden++;
                continue;
            }
            rowEnds[row] = x1 + LABEL_GAP + (labelBefore[k] ? 0 : label);
            rowOf[k] = row;
            labelRoom[k] = withLabels ? label : right - x1 - LABEL_GAP;
            if (!withLabels && lastInRow[row] >= 0) {
                int previous = lastInRow[row];
                labelRoom[previous] = Math.min(labelRoom[previous], x0 - previousEnd[row] - LABEL_GAP);
            }
            lastInRow[row] = k;
            previousEnd[row] = x1;
        }
        return hidden;
    }

    /** The first of the rows that nothing placed so far reaches at {@code x}, or {@code rows} when none is free. */
    private int firstRowFreeAt(double x, int rows) {
        int row = 0;
        while (row < rows && rowEnds[row] > x) {
            row++;
        }
        return row;
    }

    /**
     * When not everything fits, events that span most of the view go last, into rows nothing else uses:
     * they are the backdrop, while the short events are what the user zoomed in to see.
     */
    private int placeLongItems(Items items, int rows, double longItem) {
        int hidden = 0;
        int row = 0;
        for (int k = 0; k < items.size(); k++) {
            if (rowOf[k] >= 0 || items.end(k) - items.start(k) <= longItem) {
                continue;
            }
            while (row < rows && rowEnds[row] != Double.NEGATIVE_INFINITY) {
                row++;
            }
            if (row == rows) {
                hidden++;
                continue;
            }
            rowEnds[row] = Double.POSITIVE_INFINITY;
            rowOf[k] = row;
            labelRoom[k] = 0;
            labelBefore[k] = false;
        }
        return hidden;
    }

    private void ensureCapacity(int n) {
        if (rowOf.length < n) {
            rowOf = new int[Math.max(n, rowOf.length * 2)];
            labelRoom = new double[rowOf.length];
            labelBefore = new boolean[rowOf.length];
        }
    }
}
