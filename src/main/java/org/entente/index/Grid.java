package org.entente.index;

/**
 * Cumulative counts of a sorted column on a fixed grid of equal cells. Counting the values below any
 * instant then takes one grid lookup and a binary search within a single cell, so its cost follows the
 * density of the data around that instant rather than the length of the column.
 */
final class Grid {
    private final long[] sorted;
    private final long origin;
    private final long cellWidth;
    private final int cells;
    private final int[] below;

    Grid(long[] sorted, long origin, long limit, int cells) {
        this.sorted = sorted;
        this.origin = origin;
        this.cells = cells;
        this.cellWidth = Math.max(1L, (long) Math.ceil(((double) limit - (double) origin) / cells));
        this.below = new int[cells + 1];
        int j = 0;
        for (int c = 0; c <= cells; c++) {
            long edge = edge(c);
            while (j < sorted.length && sorted[j] < edge) {
                j++;
            }
            below[c] = j;
        }
    }

    private long edge(int cell) {
        long offset = cellWidth * cell;
        long edge = origin + offset;
        return origin > 0 && edge < origin ? Long.MAX_VALUE : edge;
    }

    /** How many values are strictly below {@code t}. */
    int countBefore(long t) {
        if (t <= origin) {
            return TimeIndex.lowerBound(sorted, 0, below[0], t);
        }
        long offset = t - origin;
        long cell = offset < 0 ? cells : offset / cellWidth;
        if (cell >= cells) {
            return TimeIndex.lowerBound(sorted, below[cells], sorted.length, t);
        }
        return TimeIndex.lowerBound(sorted, below[(int) cell], below[(int) cell + 1], t);
    }

    /** How many values are at or below {@code t}. */
    int countAtOrBefore(long t) {
        return t == Long.MAX_VALUE ? sorted.length : countBefore(t + 1);
    }
}
