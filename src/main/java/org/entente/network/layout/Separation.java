package org.entente.network.layout;

import java.util.Arrays;

/**
 * Keeps nodes from covering each other: after the forces have moved the nodes, any two whose discs
 * (plus a small gap) overlap are pushed apart along the line between them. Neighbours are found through
 * a grid of cells as wide as the largest disc, by sorting packed cell keys, so a pass costs O(n log n)
 * and allocates nothing once warmed up. Only nodes that may move (hot and not pinned) are pushed.
 */
public final class Separation {
    private static final double GAP = 4;
    private static final int CELL_BITS = 21;
    private static final int SLOT_BITS = 21;
    private static final long CELL_MASK = (1L << CELL_BITS) - 1;
    private static final long SLOT_MASK = (1L << SLOT_BITS) - 1;
    private static final int CELL_OFFSET = 1 << (CELL_BITS - 1);

    private long[] keys = new long[64];

    /**
     * Pushes apart the overlapping nodes among the first {@code n} slots. A node that may move takes the
     * whole push when the other may not, half otherwise, and never more than its {@code reach}.
     */
    void separate(int[] nodeAt, int n, double[] x, double[] y, double[] radius, boolean[] movable, double[] reach) {
        double largest = 0;
        for (int s = 0; s < n; s++) {
            largest = Math.max(largest, radius[nodeAt[s]]);
        }
        if (largest == 0 || n > SLOT_MASK) {
            return;
        }
        double cell = 2 * largest + GAP;
        if (keys.length < n) {
            keys = new long[Math.max(n, keys.length * 2)];
        }
        for (int s = 0; s < n; s++) {
            keys[s] = key(cell(x[nodeAt[s]], cell), cell(y[nodeAt[s]], cell), s);
        }
        Arrays.sort(keys, 0, n);
        for (int s = 0; s < n; s++) {
            int a = nodeAt[s];
            if (!movable[a]) {
                continue;
            }
            long cx = cell(x[a], cell);
            long cy = cell(y[a], cell);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    pushFromCell(cx + dx, cy + dy, s, nodeAt, n, x, y, radius, movable, reach);
                }
            }
        }
    }

    private void pushFromCell(long cx, long cy, int s, int[] nodeAt, int n, double[] x, double[] y, double[] radius,
                              boolean[] movable, double[] reach) {
        if (cx < 0 || cy < 0 || cx > CELL_MASK || cy > CELL_MASK) {
            return;
        }
        long first = key(cx, cy, 0);
        int i = Arrays.binarySearch(keys, 0, n, first);
        for (i = i < 0 ? -i - 1 : i; i < n && (keys[i] & ~SLOT_MASK) == first; i++) {
            int t = (int) (keys[i] & SLOT_MASK);
            if (t != s) {
                push(nodeAt[s], nodeAt[t], s < t, x, y, radius, movable, reach);
            }
        }
    }

    private static void push(int a, int b, boolean aFirst, double[] x, double[] y, double[] radius, boolean[] movable,
                             double[] reach) {
        double wanted = radius[a] + radius[b] + GAP;
        double dx = x[a] - x[b];
        double dy = y[a] - y[b];
        double distance = Math.sqrt(dx * dx + dy * dy);
        if (distance >= wanted) {
            return;
        }
        if (distance == 0) {
            // Coinciding nodes part along a fixed direction, the lower slot one way, so that runs repeat exactly.
            dx = aFirst ? 1 : -1;
            dy = 0;
            distance = 1;
        }
        double share = movable[b] ? 0.5 : 1;
        double move = Math.min((wanted - Math.max(distance, 1e-9)) * share, reach[a]);
        x[a] += dx / distance * move;
        y[a] += dy / distance * move;
    }

    private static long cell(double v, double size) {
        return (long) Math.floor(v / size) + CELL_OFFSET;
    }

    private static long key(long cx, long cy, int slot) {
        return ((cx & CELL_MASK) << (CELL_BITS + SLOT_BITS)) | ((cy & CELL_MASK) << SLOT_BITS) | slot;
    }
}
