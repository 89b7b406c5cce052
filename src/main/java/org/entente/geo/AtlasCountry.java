package org.entente.geo;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * One country of the {@link Atlas}, in {@link EqualEarth}'s projected coordinates.
 *
 * @param code     its ISO 3166-1 alpha-3 code as datasets give it ("CHN", "XKX" for Kosovo), or null for
 *                 a territory no dataset can name (Somaliland, N. Cyprus): drawn, but never linked to events
 * @param name     its name as Natural Earth gives it ("Dem. Rep. Korea")
 * @param shape    its area, for geometry work such as hit-testing
 * @param polygons the same area for drawing: each polygon its outline then its holes, each ring x, y pairs
 *                 without the first point repeated at the end; filled even-odd it draws the holes. The
 *                 arrays are shared, not copied, so callers must not change them
 * @param bounds   the smallest rectangle around the shape
 * @param anchorX  where the country's events, the ends of flows and its label go: the centre of the
 *                 largest circle inside its largest polygon (in France, not French Guiana)
 * @param anchorY  the anchor's y
 */
public record AtlasCountry(String code, String name, Geometry shape, List<double[][]> polygons, Envelope bounds,
                           double anchorX, double anchorY) {

    public AtlasCountry {
        polygons = List.copyOf(polygons);
    }

    /** A country whose shape and bounds are made from its polygons. */
    static AtlasCountry of(String code, String name, List<double[][]> polygons, double anchorX, double anchorY) {
        Geometry shape = Rings.shape(polygons);
        return new AtlasCountry(code, name, shape, polygons, shape.getEnvelopeInternal(), anchorX, anchorY);
    }

    /** How many points its rings have, not counting the closing ones. */
    public int vertexCount() {
        int points = 0;
        for (double[][] polygon : polygons) {
            for (double[] ring : polygon) {
                points += ring.length / 2;
            }
        }
        return points;
    }
}
