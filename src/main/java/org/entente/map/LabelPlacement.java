package org.entente.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the map's names go in one frame, in screen pixels: each plate under its anchor, else above it,
 * else to its right or left, the first place that covers no plate placed before it and no bin's disc
 * (whose count it would hide); failing that, while the place under its anchor is free of plates, the
 * free place that covers the least of the discs, under it on a tie (a name over part of a count is better
 * than none: GDELT's "United States", its busiest name, sat over the middle of two counts under it when
 * only a corner of one lay to its right); else nowhere, so that a crowd of names does not pile over the
 * counts. Plates are placed busiest first, so the busiest win.
 */
final class LabelPlacement {
    private final double width;
    private final double height;
    private final List<double[]> discs;
    private final List<double[]> taken = new ArrayList<>();

    /** For a frame of {@code width} by {@code height} pixels whose discs are {x0, y0, x1, y1} boxes. */
    LabelPlacement(double width, double height, List<double[]> discs) {
        this.width = width;
        this.height = height;
        this.discs = discs;
    }

    /**
     * The box {x0, y0, x1, y1} of a plate {@code w} by {@code h} for an anchor at {@code x, y} whose mark
     * it keeps {@code gap} pixels clear of, now taken; null when it has no place.
     */
    double[] place(double x, double y, double gap, double w, double h) {
        double[][] corners = {
            {x - w / 2, y + gap},
            {x - w / 2, y - gap - h},
            {x + gap, y - h / 2},
            {x - gap - w, y - h / 2},
        };
        double[] best = null;
        double leastHidden = Double.POSITIVE_INFINITY;
        boolean underFree = false;
        for (int i = 0; i < corners.length; i++) {
            double[] box = {corners[i][0], corners[i][1], corners[i][0] + w, corners[i][1] + h};
            if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height || overlaps(box, taken)) {
                continue;
            }
            underFree |= i == 0;
            double hidden = hidden(box);
            if (hidden < leastHidden) {
                best = box;
                leastHidden = hidden;
            }
            if (hidden == 0) {
                break;
            }
        }
        if (best == null || leastHidden > 0 && !underFree) {
            return null;
        }
        taken.add(best);
        return best;
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
