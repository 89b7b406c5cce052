package org.entente.map;

import org.entente.geo.EqualEarth;

/**
 * Where the map looks and how it moves there: the viewport, kept between a little less than the whole
 * world and {@link #MAX_ZOOM} times closer, with its centre on the world; and the glide to a new
 * viewport when the map fits something.
 */
final class MapNavigation {
    /** How much closer than the whole world the map goes: about a city's width across the canvas. */
    static final double MAX_ZOOM = 96;
    private static final double MIN_ZOOM = 0.8;
    private static final double MARGIN = 8;
    private static final double GLIDE_SECONDS = 0.35;

    private double width;
    private double height;
    private MapViewport viewport;
    /** A viewport asked for before the canvas had a size. */
    private MapViewport asked;
    private MapViewport glideFrom;
    private MapViewport glideTo;
    private double glide = 1;

    /** The canvas changed size; the first size shows the whole world, or the viewport asked for before it. */
    void resize(double newWidth, double newHeight) {
        boolean first = viewport == null || width <= 0 || height <= 0;
        width = newWidth;
        height = newHeight;
        if (width > 0 && height > 0) {
            viewport = first ? clamp(asked != null ? asked : world()) : clamp(viewport);
            asked = null;
        }
    }

    /** Looks at once where a viewport looks (within the map's bounds); before the canvas has a size, once it has. */
    void lookAt(MapViewport wanted) {
        stopGlide();
        if (isSized()) {
            viewport = clamp(wanted);
        } else {
            asked = wanted;
        }
    }

    boolean isSized() {
        return viewport != null && width > 0 && height > 0;
    }

    MapViewport viewport() {
        return viewport;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** How much closer than the whole world the map is: 1 shows the world fitted to the canvas. */
    double zoom() {
        return viewport.scale() / fitScale();
    }

    /** The viewport that shows the whole world. */
    MapViewport world() {
        return fitting(-EqualEarth.MAX_X, -EqualEarth.MAX_Y, EqualEarth.MAX_X, EqualEarth.MAX_Y);
    }

    /**
     * The viewport that shows a box of map coordinates, never closer than {@link #MAX_ZOOM} (a point is
     * shown at a fifth of that).
     */
    MapViewport fitting(double minX, double minY, double maxX, double maxY) {
        double w = Math.max(maxX - minX, 1e-9);
        double h = Math.max(maxY - minY, 1e-9);
        double scale = Math.min((width - 2 * MARGIN) / w, (height - 2 * MARGIN) / h);
        double closest = fitScale() * (maxX - minX < 1e-6 ? MAX_ZOOM / 5 : MAX_ZOOM);
        return clamp(new MapViewport((minX + maxX) / 2, (minY + maxY) / 2, Math.min(scale, closest)));
    }

    void zoomAt(double factor, double sx, double sy) {
        stopGlide();
        double scale = clampScale(viewport.scale() * factor);
        viewport = clamp(viewport.zoomTo(scale, sx, sy, width, height));
    }

    void panBy(double dx, double dy) {
        stopGlide();
        viewport = clamp(viewport.panBy(dx, dy));
    }

    /** Glides to a viewport over a third of a second. */
    void glideTo(MapViewport target) {
        glideFrom = viewport;
        glideTo = clamp(target);
        glide = 0;
    }

    /** Advances a glide by {@code seconds}; true while it goes on. */
    boolean step(double seconds) {
        if (glide >= 1) {
            return false;
        }
        glide = Math.min(1, glide + seconds / GLIDE_SECONDS);
        double eased = 1 - Math.pow(1 - glide, 3);
        viewport = glideFrom.toward(glideTo, eased);
        return glide < 1;
    }

    private void stopGlide() {
        glide = 1;
    }

    private double fitScale() {
        return Math.min((width - 2 * MARGIN) / (2 * EqualEarth.MAX_X), (height - 2 * MARGIN) / (2 * EqualEarth.MAX_Y));
    }

    private double clampScale(double scale) {
        return Math.max(fitScale() * MIN_ZOOM, Math.min(fitScale() * MAX_ZOOM, scale));
    }

    /** Keeps the scale within bounds and the centre on the world, so the map can never be lost off the canvas. */
    private MapViewport clamp(MapViewport v) {
        double x = Math.max(-EqualEarth.MAX_X, Math.min(EqualEarth.MAX_X, v.centerX()));
        double y = Math.max(-EqualEarth.MAX_Y, Math.min(EqualEarth.MAX_Y, v.centerY()));
        return new MapViewport(x, y, clampScale(v.scale()));
    }
}
