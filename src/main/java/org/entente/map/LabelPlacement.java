package org.entente.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the map's names go in one frame, in screen pixels: each plate under its anchor, else above it,
 * else to its right or left, the first place that covers no plate placed before it and no bin's disc
 * (whose count it would hide); failing that, under its anchor when that covers no plate; else nowhere.
 * Plates are placed busiest first, so the busiest win.
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
        double[] underIt = null;
        for (int i = 0; i < corners.length; i++) {
            double[] box = {corners[i][0], corners[i][1], corners[i][0] + w, corners[i][1] + h};
            if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height || overlaps(box, taken)) {
                continue;
            }
            if (!overlaps(box, discs)) {
                taken.add(box);
                return box;
            }
            if (i == 0) {
                underIt = box;
            }
        }
        if (underIt != null) {
            taken.add(underIt);
        }
        return underIt;
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
