package org.entente.graph;

import java.util.Arrays;

/** Keeps labels from overlapping: a label is placed only where no label placed before it lies. */
final class LabelPlacer {
    private static final double GAP = 2;
    private double[] boxes = new double[4 * 64];
    private int size;

    void clear() {
        size = 0;
    }

    /** Claims the box if it is free; true when the label may be drawn there. */
    boolean claim(double x, double y, double w, double h) {
        for (int i = 0; i < size; i++) {
            int at = 4 * i;
            if (x < boxes[at + 2] + GAP && x + w + GAP > boxes[at] && y < boxes[at + 3] && y + h > boxes[at + 1]) {
                return false;
            }
        }
        if (4 * size == boxes.length) {
            boxes = Arrays.copyOf(boxes, boxes.length * 2);
        }
        int at = 4 * size++;
        boxes[at] = x;
        boxes[at + 1] = y;
        boxes[at + 2] = x + w;
        boxes[at + 3] = y + h;
        return true;
    }
}
