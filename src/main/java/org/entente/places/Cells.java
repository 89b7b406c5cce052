package org.entente.places;

import org.entente.geo.EqualEarth;

/**
 * The pyramid of square cells that points are binned in, over the projected world: level 0 cuts the
 * world's width into 64 cells (about 540 km, some 24 pixels when the whole world fills a window), and each
 * level halves the cell. Sixteen levels take the finest cell to about 17 m, under a pixel at a city's zoom
 * (50 km across a thousand pixels), so that points a pixel apart never share a bin at any zoom the map
 * allows.
 *
 * <p>A cell is named at its level by a column and a row counted from the world's south-west corner, and
 * packed into a key as {@code column << 32 | row}. A coarser cell is found from the finest one by shifting,
 * never by dividing coordinates again, so an event's cells nest exactly. The Morton code of the finest
 * cell (column and row bits interleaved) lays every cell of every level out as one run of codes, which is
 * what the index of points for clicks is sorted by.
 */
final class Cells {
    static final int LEVELS = 16;
    private static final int LEVEL0_COLUMNS = 64;
    private static final int FINEST_SHIFT = LEVELS - 1;
    /** Columns (and, at most, rows) of the finest level: 2^21, so a Morton code takes 42 bits. */
    private static final int FINEST_COLUMNS = LEVEL0_COLUMNS << FINEST_SHIFT;
    private static final double LEVEL0_SIZE = 2 * EqualEarth.MAX_X / LEVEL0_COLUMNS;
    private static final double FINEST_SIZE = LEVEL0_SIZE / (1 << FINEST_SHIFT);
    private static final double WEST = -EqualEarth.MAX_X;
    private static final double SOUTH = -EqualEarth.MAX_Y;

    private Cells() {
    }

    /** The side of a cell at the level, in projected units. */
    static double size(int level) {
        return LEVEL0_SIZE / (1 << level);
    }

    /** The coarsest level whose cells are no wider than {@code binPixels} on screen, or the finest level. */
    static int levelFor(double pixelsPerUnit, double binPixels) {
        for (int level = 0; level < LEVELS; level++) {
            if (size(level) * pixelsPerUnit <= binPixels) {
                return level;
            }
        }
        return LEVELS - 1;
    }

    static int finestColumn(double x) {
        return clamp((x - WEST) / FINEST_SIZE);
    }

    static int finestRow(double y) {
        return clamp((y - SOUTH) / FINEST_SIZE);
    }

    private static int clamp(double index) {
        return (int) Math.max(0, Math.min(FINEST_COLUMNS - 1, Math.floor(index)));
    }

    /** The column (or row) at a level of the cell holding a finest column (or row). */
    static int atLevel(int finest, int level) {
        return finest >> (FINEST_SHIFT - level);
    }

    /** The column (or row) at a level of the cell holding a projected x (or y). */
    static int columnAt(double x, int level) {
        return atLevel(finestColumn(x), level);
    }

    static int rowAt(double y, int level) {
        return atLevel(finestRow(y), level);
    }

    static long key(int column, int row) {
        return (long) column << 32 | row;
    }

    static int column(long key) {
        return (int) (key >>> 32);
    }

    static int row(long key) {
        return (int) key;
    }

    /** The Morton code of a finest cell: its column's and row's bits interleaved, the column's first. */
    static long morton(int finestColumn, int finestRow) {
        return spread(finestColumn) << 1 | spread(finestRow);
    }

    /** The first Morton code of the finest cells inside a cell at a level. */
    static long firstMorton(long key, int level) {
        int shift = FINEST_SHIFT - level;
        return morton(column(key) << shift, row(key) << shift);
    }

    /** The first Morton code past the finest cells inside a cell at a level. */
    static long endMorton(long key, int level) {
        return firstMorton(key, level) + (1L << 2 * (FINEST_SHIFT - level));
    }

    /** Spreads the low 32 bits of a value to the even bits of a long, by halving the gaps in five steps. */
    private static long spread(int value) {
        long v = value & 0xFFFFFFFFL;
        v = (v | v << 16) & 0x0000FFFF0000FFFFL;
        v = (v | v << 8) & 0x00FF00FF00FF00FFL;
        v = (v | v << 4) & 0x0F0F0F0F0F0F0F0FL;
        v = (v | v << 2) & 0x3333333333333333L;
        v = (v | v << 1) & 0x5555555555555555L;
        return v;
    }
}
