package org.entente.graph;

import java.util.Arrays;

/** Line segments gathered for one stroke call, reused from frame to frame. */
final class Segments {
    private double[] points = new double[4 * 64];
    private int size;

    void clear() {
        size = 0;
    }

    void add(double x1, double y1, double x2, double y2) {
        if (4 * size == points.length) {
            points = Arrays.copyOf(points, points.length * 2);
        }
        int at = 4 * size++;
        points[at] = x1;
        points[at + 1] = y1;
        points[at + 2] = x2;
        points[at + 3] = y2;
    }

    int size() {
        return size;
    }

    double x1(int i) {
        return points[4 * i];
    }

    double y1(int i) {
        return points[4 * i + 1];
    }

    double x2(int i) {
        return points[4 * i + 2];
    }

    double y2(int i) {
        return points[4 * i + 3];
    }
}
