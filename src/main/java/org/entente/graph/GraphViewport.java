package org.entente.graph;

/**
 * Which part of the layout the canvas shows: the layout point at the canvas centre and the pixels per
 * layout unit. Immutable, so that an animation can ease from one viewport to another.
 */
public record GraphViewport(double centerX, double centerY, double scale) {
    public static final double MIN_SCALE = 1e-3;
    public static final double MAX_SCALE = 40;
    public static final GraphViewport DEFAULT = new GraphViewport(0, 0, 1);
    /** Fitting a small graph stops at this scale, so that a handful of nodes does not fill the screen. */
    private static final double MAX_FIT_SCALE = 4;

    public GraphViewport {
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }

    public double screenX(double x, double width) {
        return (x - centerX) * scale + width / 2;
    }

    public double screenY(double y, double height) {
        return (y - centerY) * scale + height / 2;
    }

    public double layoutX(double screenX, double width) {
        return (screenX - width / 2) / scale + centerX;
    }

    public double layoutY(double screenY, double height) {
        return (screenY - height / 2) / scale + centerY;
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the layout point under (sx, sy) in place. */
    public GraphViewport zoomAt(double factor, double sx, double sy, double width, double height) {
        double x = layoutX(sx, width);
        double y = layoutY(sy, height);
        double newScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale * factor));
        return new GraphViewport(x - (sx - width / 2) / newScale, y - (sy - height / 2) / newScale, newScale);
    }

    /** Moves the picture by (dx, dy) pixels. */
    public GraphViewport panBy(double dx, double dy) {
        return new GraphViewport(centerX - dx / scale, centerY - dy / scale, scale);
    }

    /** Centres on a layout point at the same scale. */
    public GraphViewport centredOn(double x, double y) {
        return new GraphViewport(x, y, scale);
    }

    /**
     * The viewport that shows the box [minX, maxX] × [minY, maxY] with a margin of pixels on every side; a
     * box of one point is shown at a comfortable scale rather than infinitely close.
     */
    public static GraphViewport fitting(double minX, double minY, double maxX, double maxY,
                                        double width, double height, double margin) {
        double w = Math.max(maxX - minX, 1);
        double h = Math.max(maxY - minY, 1);
        double scale = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h);
        return new GraphViewport((minX + maxX) / 2, (minY + maxY) / 2, Math.min(scale, MAX_FIT_SCALE));
    }

    /** The viewport a fraction {@code t} of the way to another, zooming evenly on a log scale. */
    public GraphViewport toward(GraphViewport to, double t) {
        double logScale = Math.log(scale) + (Math.log(to.scale) - Math.log(scale)) * t;
        return new GraphViewport(centerX + (to.centerX - centerX) * t, centerY + (to.centerY - centerY) * t,
                Math.exp(logScale));
    }
}
