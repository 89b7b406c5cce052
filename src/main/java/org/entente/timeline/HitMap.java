package org.entente.timeline;

import java.util.Arrays;

/**
 * The rectangles the last frame drew, for clicks and hovering: events by dataset position, and density
 * clusters (of a density strip, or the events a "+N more" badge counts) by the time range they cover and
 * their lane. It is refilled each frame and holds only what is on screen: boxes are cut to the lanes'
 * body, since a row that runs on under the overview strip is hidden there, and a click there is the
 * overview's.
 */
final class HitMap {
    private static final double SLOP = 3;

    private float[] boxes = new float[4 * 256];
    private int[] events = new int[256];
    private long[] ranges = new long[2 * 256];
    private int[] lanes = new int[256];
    private int size;
    private double top = Double.NEGATIVE_INFINITY;
    private double bottom = Double.POSITIVE_INFINITY;

    /** Empties the map for a frame whose lanes' body lies between {@code top} and {@code bottom}. */
    void clear(double top, double bottom) {
        size = 0;
        this.top = top;
        this.bottom = bottom;
    }

    void addEvent(double x, double y, double w, double h, int eventPosition) {
        add(x, y, w, h, eventPosition, 0, 0, -1);
    }

    /** Events of a lane that overlap [from, to), drawn as a whole: a click opens them. */
    void addCluster(double x, double y, double w, double h, long from, long to, int lane) {
        add(x, y, w, h, -1, from, to, lane);
    }

    private void add(double x, double y, double w, double h, int event, long from, long to, int lane) {
        double y0 = Math.max(y, top);
        double y1 = Math.min(y + h, bottom);
        if (y1 <= y0) {
            return;
        }
        if (size == events.length) {
            boxes = Arrays.copyOf(boxes, boxes.length * 2);
            events = Arrays.copyOf(events, events.length * 2);
            ranges = Arrays.copyOf(ranges, ranges.length * 2);
            lanes = Arrays.copyOf(lanes, lanes.length * 2);
        }
        boxes[4 * size] = (float) x;
        boxes[4 * size + 1] = (float) y0;
        boxes[4 * size + 2] = (float) w;
        boxes[4 * size + 3] = (float) (y1 - y0);
        events[size] = event;
        ranges[2 * size] = from;
        ranges[2 * size + 1] = to;
        lanes[size] = lane;
        size++;
    }

    /** The index of the last drawn box under (x, y), so that what is drawn on top wins; -1 when none. */
    int find(double x, double y) {
        for (int i = size - 1; i >= 0; i--) {
            if (x >= boxes[4 * i] - SLOP && x <= boxes[4 * i] + boxes[4 * i + 2] + SLOP
                    && y >= boxes[4 * i + 1] && y <= boxes[4 * i + 1] + boxes[4 * i + 3]) {
                return i;
            }
        }
        return -1;
    }

    boolean isEvent(int hit) {
        return events[hit] >= 0;
    }

    int event(int hit) {
        return events[hit];
    }

    long clusterFrom(int hit) {
        return ranges[2 * hit];
    }

    long clusterTo(int hit) {
        return ranges[2 * hit + 1];
    }

    int clusterLane(int hit) {
        return lanes[hit];
    }

    double centerX(int hit) {
        return boxes[4 * hit] + boxes[4 * hit + 2] / 2.0;
    }

    double centerY(int hit) {
        return boxes[4 * hit + 1] + boxes[4 * hit + 3] / 2.0;
    }

    int size() {
        return size;
    }
}
