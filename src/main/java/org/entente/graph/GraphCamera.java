package org.entente.graph;

/**
 * What part of the layout a canvas of a given size shows: zoom and pan, eased glides, fitting the
 * graph, and bringing a node into view. Free of JavaFX; the skin tells it the canvas size.
 */
final class GraphCamera {
    /** Pixels kept clear around a fitted graph, and the edge band in which a node counts as off screen. */
    static final double MARGIN = 40;

    private final ViewportAnimation viewport = new ViewportAnimation();
    private double width = 1;
    private double height = 1;

    void resize(double canvasWidth, double canvasHeight) {
        width = canvasWidth;
        height = canvasHeight;
    }

    GraphViewport current() {
        return viewport.current();
    }

    void zoom(double factor, double x, double y) {
        viewport.set(viewport.current().zoomAt(factor, x, y, width, height));
    }

    void panBy(double dx, double dy) {
        viewport.set(viewport.current().panBy(dx, dy));
    }

    void glideTo(GraphViewport target) {
        viewport.glideTo(target, System.nanoTime());
    }

    void jumpTo(GraphViewport target) {
        viewport.set(target);
    }

    /** Moves a glide on to {@code now}; true while it runs. */
    boolean step(long now) {
        return viewport.step(now);
    }

    /** Ends a glide where it was going. */
    void finish() {
        viewport.finish();
    }

    double layoutX(double screenX) {
        return viewport.current().layoutX(screenX, width);
    }

    double layoutY(double screenY) {
        return viewport.current().layoutY(screenY, height);
    }

    /**
     * The viewport that shows the whole graph on show, clear of what covers the canvas on the right (a
     * side list) and at the bottom (the legend); the one on show when there is nothing to fit.
     */
    GraphViewport fitted(LiveGraph graph, double coveredRight, double coveredBottom) {
        double clearWidth = Math.max(width / 2, width - coveredRight);
        double clearHeight = Math.max(height / 2, height - coveredBottom);
        GraphViewport fitted = graph.fit(clearWidth, clearHeight, MARGIN);
        return fitted == null ? viewport.current() : fitted.panBy(-(width - clearWidth) / 2, -(height - clearHeight) / 2);
    }

    /** Glides to centre a point of the layout when it lies off screen or in the margin; true when it does. */
    boolean keepInView(double x, double y) {
        double sx = viewport.current().screenX(x, width);
        double sy = viewport.current().screenY(y, height);
        if (sx >= MARGIN && sy >= MARGIN && sx <= width - MARGIN && sy <= height - MARGIN) {
            return false;
        }
        glideTo(viewport.current().centredOn(x, y));
        return true;
    }

    void centreOn(double x, double y) {
        glideTo(viewport.current().centredOn(x, y));
    }
}
