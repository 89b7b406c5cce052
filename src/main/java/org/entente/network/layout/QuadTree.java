package org.entente.network.layout;

import java.util.Arrays;

/**
 * A Barnes-Hut quadtree over the points of one layout step, answering "how hard do all the other points
 * push this one" in O(log n) by treating a far cell as one point at its centre of mass. It lives in flat
 * arrays that are kept between steps, so rebuilding it every step allocates nothing once they have grown.
 */
public final class QuadTree {
    /** Deep enough for any real spread of points; points closer than this share a leaf and push each other directly. */
    private static final int MAX_DEPTH = 40;
    private static final int NONE = -1;

    private final double thetaSquared;
    private final double minDistanceSquared;
    /** Per cell: the first of its four children, or NONE for a leaf. */
    private int[] firstChild = new int[64];
    /** Per leaf cell: the first point in it, or NONE; further points (only at MAX_DEPTH) are chained. */
    private int[] firstPoint = new int[64];
    private double[] mass = new double[64];
    /** Sums of the points' coordinates while building, their mean (the centre of mass) once built. */
    private double[] centreX = new double[64];
    private double[] centreY = new double[64];
    private int[] nextInLeaf = new int[0];
    private int cells;
    private double[] px;
    private double[] py;
    private double rootX;
    private double rootY;
    private double rootHalf;
    private double forceX;
    private double forceY;

    QuadTree(double theta, double minDistance) {
        this.thetaSquared = theta * theta;
        this.minDistanceSquared = minDistance * minDistance;
    }

    /** Indexes the first {@code count} points; the arrays are read again by {@link #repel}, so must not change in between. */
    void build(double[] px, double[] py, int count) {
        this.px = px;
        this.py = py;
        if (nextInLeaf.length < count) {
            nextInLeaf = new int[Math.max(count, nextInLeaf.length * 2)];
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
            minX = Math.min(minX, px[i]);
            maxX = Math.max(maxX, px[i]);
            minY = Math.min(minY, py[i]);
            maxY = Math.max(maxY, py[i]);
        }
        rootX = (minX + maxX) / 2;
        rootY = (minY + maxY) / 2;
        // A little slack so that points on the far edge still fall strictly inside the root.
        rootHalf = Math.max(maxX - minX, maxY - minY) / 2 * 1.0001 + 1e-9;
        cells = 0;
        newCell();
        for (int i = 0; i < count; i++) {
            insert(i);
        }
        for (int c = 0; c < cells; c++) {
            if (mass[c] > 0) {
                centreX[c] /= mass[c];
                centreY[c] /= mass[c];
            }
        }
    }

    private int newCell() {
        if (cells == firstChild.length) {
            int grown = cells * 2;
            firstChild = Arrays.copyOf(firstChild, grown);
            firstPoint = Arrays.copyOf(firstPoint, grown);
            mass = Arrays.copyOf(mass, grown);
            centreX = Arrays.copyOf(centreX, grown);
            centreY = Arrays.copyOf(centreY, grown);
        }
        int c = cells++;
        firstChild[c] = NONE;
        firstPoint[c] = NONE;
        mass[c] = 0;
        centreX[c] = 0;
        centreY[c] = 0;
        return c;
    }

    private void insert(int point) {
        double x = px[point];
        double y = py[point];
        int cell = 0;
        double cx = rootX;
        double cy = rootY;
        double half = rootHalf;
        for (int depth = 0; ; depth++) {
            mass[cell] += 1;
            centreX[cell] += x;
            centreY[cell] += y;
            if (firstChild[cell] == NONE) {
                if (firstPoint[cell] == NONE || depth == MAX_DEPTH) {
                    nextInLeaf[point] = firstPoint[cell];
                    firstPoint[cell] = point;
                    return;
                }
                split(cell, cx, cy);
            }
            int quadrant = quadrant(x, y, cx, cy);
            half /= 2;
            cx += (quadrant & 1) == 0 ? -half : half;
            cy += (quadrant & 2) == 0 ? -half : half;
            cell = firstChild[cell] + quadrant;
        }
    }

    /** Turns a leaf holding one point into a parent of four, moving the point into its quadrant. */
    private void split(int cell, double cx, double cy) {
        int resident = firstPoint[cell];
        firstPoint[cell] = NONE;
        int first = newCell();
        newCell();
        newCell();
        newCell();
        firstChild[cell] = first;
        int child = first + quadrant(px[resident], py[resident], cx, cy);
        firstPoint[child] = resident;
        nextInLeaf[resident] = NONE;
        mass[child] = 1;
        centreX[child] = px[resident];
        centreY[child] = py[resident];
    }

    private static int quadrant(double x, double y, double cx, double cy) {
        return (x >= cx ? 1 : 0) | (y >= cy ? 2 : 0);
    }

    /**
     * The repulsion on point {@code i} from all the others, {@code strength / distance} each, read with
     * {@link #forceX()} and {@link #forceY()}.
     */
    void repel(int i, double strength) {
        forceX = 0;
        forceY = 0;
        accumulate(i, px[i], py[i], 0, rootX, rootY, rootHalf);
        forceX *= strength;
        forceY *= strength;
    }

    double forceX() {
        return forceX;
    }

    double forceY() {
        return forceY;
    }

    private void accumulate(int i, double x, double y, int cell, double cx, double cy, double half) {
        double m = mass[cell];
        if (m == 0) {
            return;
        }
        int child = firstChild[cell];
        if (child == NONE) {
            for (int j = firstPoint[cell]; j != NONE; j = nextInLeaf[j]) {
                if (j != i) {
                    push(i, j, x - px[j], y - py[j], 1);
                }
            }
            return;
        }
        double dx = x - centreX[cell];
        double dy = y - centreY[cell];
        double distanceSquared = dx * dx + dy * dy;
        double size = 2 * half;
        // A cell that holds the point itself is always opened: its centre of mass would include the point.
        boolean outside = Math.abs(x - cx) > half || Math.abs(y - cy) > half;
        if (outside && size * size < thetaSquared * distanceSquared) {
            push(i, cell, dx, dy, m);
            return;
        }
        double quarter = half / 2;
        accumulate(i, x, y, child, cx - quarter, cy - quarter, quarter);
        accumulate(i, x, y, child + 1, cx + quarter, cy - quarter, quarter);
        accumulate(i, x, y, child + 2, cx - quarter, cy + quarter, quarter);
        accumulate(i, x, y, child + 3, cx + quarter, cy + quarter, quarter);
    }

    /** Adds m / d along (dx, dy); points closer than the minimum distance push as if they were that far. */
    private void push(int i, int other, double dx, double dy, double m) {
        double distanceSquared = dx * dx + dy * dy;
        if (distanceSquared < minDistanceSquared) {
            if (distanceSquared == 0) {
                // Coincident points need a direction: one derived from the pair, so that it is reproducible,
                // and opposite for the two of them, so that they part.
                double angle = (Math.min(i, other) * 0.6180339887 + Math.max(i, other) * 0.3819660113) * 2 * Math.PI;
                double sign = i < other ? 1 : -1;
                dx = sign * Math.cos(angle);
                dy = sign * Math.sin(angle);
                distanceSquared = 1;
            }
            double scale = Math.sqrt(minDistanceSquared / distanceSquared);
            dx *= scale;
            dy *= scale;
            distanceSquared = minDistanceSquared;
        }
        forceX += m * dx / distanceSquared;
        forceY += m * dy / distanceSquared;
    }
}
