package org.entente.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the map's names go in one frame, in screen pixels: each plate under its anchor, else above it,
 * else to its right or left, else at one of its four corners, the first place that covers no plate placed
 * before it and no bin's disc (whose count it would hide). Failing that, the place that hides the least
 * of the discs while it leaves every count readable, over their rims only: on the seed, North Korea, the
 * dataset's subject, had China's name under it and grazed the tops of its own two discs above, and went
 * unnamed. Failing that, while the place under its anchor is free of plates, the free place that covers
 * the least of the discs, under it on a tie (a name over part of a count is better than none: GDELT's
 * "United States", its busiest name, sat over the middle of two counts under it when only a corner of one
 * lay to its right); else nowhere, so that a crowd of names does not pile over the counts. Plates are
 * placed busiest first, so the busiest win.
 */
final class LabelPlacement {
    /** The places under, above, right and left of an anchor come first among its candidates, its corners after. */
    private static final int SIDES = 4;
    private final double width;
    private final double height;
    private final List<double[]> discs;
    /** The square inside each disc where its count is written: a plate may cover a disc's rim, not this. */
    private final List<double[]> counts = new ArrayList<>();
    private final List<double[]> taken = new ArrayList<>();

    /** For a frame of {@code width} by {@code height} pixels whose discs are {x0, y0, x1, y1} boxes. */
    LabelPlacement(double width, double height, List<double[]> discs) {
        this.width = width;
        this.height = height;
        this.discs = discs;
        for (double[] disc : discs) {
            double half = Math.min(disc[2] - disc[0], disc[3] - disc[1]) / 2 / Math.sqrt(2);
            double cx = (disc[0] + disc[2]) / 2;
            double cy = (disc[1] + disc[3]) / 2;
            counts.add(new double[] {cx - half, cy - half, cx + half, cy + half});
        }
    }

    /**
     * The box {x0, y0, x1, y1} of a plate {@code w} by {@code h} for an anchor at {@code x, y} whose mark
     * it keeps {@code gap} pixels clear of, now taken; null when it has no place.
     */
    double[] place(double x, double y, double gap, double w, double h) {
        // A corner's plate keeps the same distance from the anchor as a side's, along the diagonal.
        double d = gap / Math.sqrt(2);
        double[][] topLefts = {
            {x - w / 2, y + gap},
            {x - w / 2, y - gap - h},
            {x + gap, y - h / 2},
            {x - gap - w, y - h / 2},
            {x + d, y + d},
            {x + d, y - d - h},
            {x - d - w, y + d},
            {x - d - w, y - d - h},
        };
        double[] clear = null;
        double clearHidden = Double.POSITIVE_INFINITY;
        double[] any = null;
        double anyHidden = Double.POSITIVE_INFINITY;
        boolean underFree = false;
        for (int i = 0; i < topLefts.length; i++) {
            double[] box = {topLefts[i][0], topLefts[i][1], topLefts[i][0] + w, topLefts[i][1] + h};
            if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height || overlaps(box, taken)) {
                continue;
            }
            underFree |= i == 0;
            double hidden = hidden(box);
            if (hidden == 0) {
                return take(box);
            }
            if (hidden < clearHidden && !overlaps(box, counts)) {
                clear = box;
                clearHidden = hidden;
            }
            // The last resort weighs the four sides only: at a corner, a plate that hides a count is no better placed.
            if (i < SIDES && hidden < anyHidden) {
                any = box;
                anyHidden = hidden;
            }
        }
        if (clear != null) {
            return take(clear);
        }
        return any != null && underFree ? take(any) : null;
    }

    private double[] take(double[] box) {
        taken.add(box);
        return box;
    }

    /** How many square pixels of the discs' boxes the plate would cover. */
    private double hidden(double[] box) {
        double area = 0;
        for (double[] disc : discs) {
            double across = Math.min(box[2], disc[2]) - Math.max(box[0], disc[0]);
            double down = Math.min(box[3], disc[3]) - Math.max(box[1], disc[1]);
            if (across > 0 && down > 0) {
                area += across * down;
            }
        }
        return area;
    }

    private static boolean overlaps(double[] box, List<double[]> boxes) {
        for (double[] other : boxes) {
            if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                return true;
            }
        }
        return false;
    }
}
