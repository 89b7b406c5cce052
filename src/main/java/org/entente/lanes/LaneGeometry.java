package org.entente.lanes;

import java.util.Set;

/**
 * Where each lane sits vertically. Lanes of a grouping have a fixed number of rows, or a single strip
 * when collapsed; the single lane of "all events" fills the height it is given.
 */
public final class LaneGeometry {
    public static final double ROW_HEIGHT = 20;
    public static final double LANE_PADDING = 6;
    /** Under a grouped lane's rows, the compact density of its events, drawn when some find no row. */
    public static final double STRIP_HEIGHT = 10;
    private static final double COLLAPSED_HEIGHT = 24;
    private static final int ROWS_PER_LANE = 3;

    private final double[] tops;
    private final double[] heights;
    private final int[] rows;
    private final double total;

    public LaneGeometry(Lanes lanes, Set<String> collapsed, double bodyHeight) {
        int n = lanes.lanes().size();
        tops = new double[n];
        heights = new double[n];
        rows = new int[n];
        double y = 0;
        for (int i = 0; i < n; i++) {
            boolean folded = collapsed.contains(lanes.lanes().get(i).key());
            if (lanes.mode() == LaneMode.NONE) {
                rows[i] = Math.max(1, (int) ((bodyHeight - 2 * LANE_PADDING) / ROW_HEIGHT));
                heights[i] = Math.max(bodyHeight, ROW_HEIGHT + 2 * LANE_PADDING);
            } else {
                rows[i] = folded ? 0 : ROWS_PER_LANE;
                heights[i] = folded ? COLLAPSED_HEIGHT : ROWS_PER_LANE * ROW_HEIGHT + 2 * LANE_PADDING + STRIP_HEIGHT;
            }
            tops[i] = y;
            y += heights[i];
        }
        total = y;
    }

    public double top(int lane) {
        return tops[lane];
    }

    public double height(int lane) {
        return heights[lane];
    }

    /** The rows of items a lane holds; 0 for a collapsed lane, which shows only its density. */
    public int rows(int lane) {
        return rows[lane];
    }

    public double total() {
        return total;
    }

    public int count() {
        return tops.length;
    }

    /** The first lane whose bottom is below {@code y}, by binary search, so that scrolling costs nothing per lane. */
    public int firstBelow(double y) {
        int lo = 0;
        int hi = tops.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tops[mid] + heights[mid] <= y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The lane at {@code y}, or -1 below the last lane. */
    public int laneAt(double y) {
        int lane = firstBelow(y);
        return lane < tops.length && y >= tops[lane] ? lane : -1;
    }
}
