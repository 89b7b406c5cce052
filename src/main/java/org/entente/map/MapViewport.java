package org.entente.map;

/**
 * Which part of the world the canvas shows: the map point at the canvas centre and the pixels per map
 * unit. Map coordinates are Equal Earth's with y turned over, so that y grows southwards as on screen.
 * Immutable, so that a glide can ease from one viewport to another; a workspace saves it.
 */
public record MapViewport(double centerX, double centerY, double scale) {

    double screenX(double x, double width) {
        return (x - centerX) * scale + width / 2;
    }

    double screenY(double y, double height) {
        return (y - centerY) * scale + height / 2;
    }

    double mapX(double screenX, double width) {
        return (screenX - width / 2) / scale + centerX;
    }

    double mapY(double screenY, double height) {
        return (screenY - height / 2) / scale + centerY;
    }

    /** Zooms to {@code newScale} keeping the map point under (sx, sy) in place. */
    MapViewport zoomTo(double newScale, double sx, double sy, double width, double height) {
        double x = mapX(sx, width);
        double y = mapY(sy, height);
        return new MapViewport(x - (sx - width / 2) / newScale, y - (sy - height / 2) / newScale, newScale);
    }

    /** Moves the picture by (dx, dy) pixels. */
    MapViewport panBy(double dx, double dy) {
        return new MapViewport(centerX - dx / scale, centerY - dy / scale, scale);
    }

    /** The viewport a fraction {@code t} of the way to another, zooming evenly on a log scale. */
    MapViewport toward(MapViewport to, double t) {
        double logScale = Math.log(scale) + (Math.log(to.scale) - Math.log(scale)) * t;
        return new MapViewport(centerX + (to.centerX - centerX) * t, centerY + (to.centerY - centerY) * t,
                Math.exp(logScale));
    }
}
