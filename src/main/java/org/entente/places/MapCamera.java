package org.entente.places;

/**
 * What the map shows: a rectangle of the projected world (x east, y north, as {@link org.entente.geo.EqualEarth}
 * gives them) and how many screen pixels a projected unit takes.
 */
public record MapCamera(double west, double south, double east, double north, double pixelsPerUnit) {
    public MapCamera {
        if (!(west <= east && south <= north && pixelsPerUnit > 0)) {
            throw new IllegalArgumentException("no view: " + west + ".." + east + " × " + south + ".." + north
                    + " at " + pixelsPerUnit + " px per unit");
        }
    }

    /** The view of a canvas of {@code width} × {@code height} pixels centred on projected (x, y). */
    public static MapCamera centredOn(double x, double y, double pixelsPerUnit, double width, double height) {
        double halfWidth = width / 2 / pixelsPerUnit;
        double halfHeight = height / 2 / pixelsPerUnit;
        return new MapCamera(x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight, pixelsPerUnit);
    }

    public boolean contains(double x, double y) {
        return x >= west && x <= east && y >= south && y <= north;
    }
}
