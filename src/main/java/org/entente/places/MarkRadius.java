package org.entente.places;

/**
 * How large the map draws a mark of some number of events, in pixels: a dot for one, growing by the
 * logarithm past it up to a cap. Bins are merged by it ({@link BinMerging}), so that no two drawn overlap.
 */
public final class MarkRadius {
    public static final double SINGLE = 4;
    public static final double MAX = 14;

    private MarkRadius() {
    }

    public static double of(int count) {
        return count <= 1 ? SINGLE : Math.min(MAX, 5 + 2.2 * Math.log(count) / Math.log(2));
    }
}
