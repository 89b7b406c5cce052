package org.entente.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Converts between a JTS area and the plain arrays a canvas draws fastest: per polygon its rings, each
 * x, y pairs without the closing point (JTS repeats the first point at the end of a ring; a canvas path
 * closes itself).
 */
final class Rings {
    private static final GeometryFactory PLANE = new GeometryFactory();

    private Rings() {
    }

    static List<double[][]> of(Geometry polygonal) {
        List<double[][]> polygons = new ArrayList<>(polygonal.getNumGeometries());
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) polygonal.getGeometryN(i);
            double[][] rings = new double[1 + polygon.getNumInteriorRing()][];
            rings[0] = pairs(polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                rings[1 + h] = pairs(polygon.getInteriorRingN(h));
            }
            polygons.add(rings);
        }
        return polygons;
    }

    static Geometry shape(List<double[][]> polygons) {
        Polygon[] shapes = new Polygon[polygons.size()];
        for (int i = 0; i < shapes.length; i++) {
            double[][] rings = polygons.get(i);
            LinearRing[] holes = new LinearRing[rings.length - 1];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = ring(rings[1 + h]);
            }
            shapes[i] = PLANE.createPolygon(ring(rings[0]), holes);
        }
        return PLANE.createMultiPolygon(shapes);
    }

    private static double[] pairs(LineString ring) {
        int points = ring.getNumPoints() - 1;
        double[] xy = new double[2 * points];
        for (int i = 0; i < points; i++) {
            xy[2 * i] = ring.getCoordinateSequence().getX(i);
            xy[2 * i + 1] = ring.getCoordinateSequence().getY(i);
        }
        return xy;
    }

    private static LinearRing ring(double[] xy) {
        int points = xy.length / 2;
        Coordinate[] closed = new Coordinate[points + 1];
        for (int i = 0; i < points; i++) {
            closed[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        closed[points] = closed[0].copy();
        return PLANE.createLinearRing(closed);
    }
}
