package org.entente.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Makes shapes in longitude and latitude safe to project: no edge may cross the antimeridian. A ring that
 * does (Russia's Chukotka, Fiji) jumps between +180 and −180, and drawn as it is it would streak across the
 * whole map. Each ring is first unwrapped, its longitudes made continuous (Chukotka then runs on past 180),
 * and the area it encloses is cut at ±180 and the pieces shifted back into [−180, 180]. A ring that
 * unwrapped goes once round the globe (Antarctica's coast) encloses a pole: its area is closed along that
 * pole. A polygon's area is then what an odd number of its rings enclose, which is the outline minus the
 * holes for an ordinary polygon, and for Antarctica at 1:50m, drawn as the ring along the pole with its
 * coast as a "hole", the land between the two.
 */
final class Antimeridian {
    private static final GeometryFactory LON_LAT = new GeometryFactory();
    /** Longitude deltas of more than half the globe are taken as a jump across the antimeridian. */
    private static final double HALF = 180;

    private Antimeridian() {
    }

    /** {@code lonLat}'s area, valid and within longitudes [−180, 180], cut where it crossed the antimeridian. */
    static Geometry cut(Geometry lonLat) {
        List<Geometry> polygons = new ArrayList<>();
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) lonLat.getGeometryN(i);
            Geometry area = enclosed(polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                area = OverlayNGRobust.overlay(area, enclosed(polygon.getInteriorRingN(h)), OverlayNG.SYMDIFFERENCE);
            }
            polygons.add(area);
        }
        return polygons.isEmpty() ? LON_LAT.createMultiPolygon() : OverlayNGRobust.union(polygons);
    }

    /** What one ring encloses, on the side of a pole when it goes round the globe, within [−180, 180]. */
    private static Geometry enclosed(LineString ring) {
        Coordinate[] unwrapped = unwrap(ring.getCoordinates());
        double turns = unwrapped[unwrapped.length - 1].x - unwrapped[0].x;
        if (Math.abs(turns) > HALF) {
            unwrapped = closedAlongPole(unwrapped);
        }
        Geometry area = GeometryFixer.fix(LON_LAT.createPolygon(unwrapped));
        return intoOneWorld(area);
    }

    /** The ring with every longitude moved by whole turns to lie within half a turn of the one before. */
    private static Coordinate[] unwrap(Coordinate[] ring) {
        Coordinate[] unwrapped = new Coordinate[ring.length];
        unwrapped[0] = ring[0].copy();
        for (int i = 1; i < ring.length; i++) {
            double step = ring[i].x - ring[i - 1].x;
            step -= 360 * Math.round(step / 360);
            unwrapped[i] = new Coordinate(unwrapped[i - 1].x + step, ring[i].y);
        }
        return unwrapped;
    }

    /**
     * A ring that went once round the globe ends a full turn from where it began; it is closed by following
     * the meridian to the nearer pole, the pole back by a full turn, and the meridian up to the start.
     */
    private static Coordinate[] closedAlongPole(Coordinate[] ring) {
        double meanLatitude = 0;
        for (Coordinate c : ring) {
            meanLatitude += c.y / ring.length;
        }
        double pole = meanLatitude < 0 ? -90 : 90;
        Coordinate end = ring[ring.length - 1];
        Coordinate[] closed = new Coordinate[ring.length + 3];
        System.arraycopy(ring, 0, closed, 0, ring.length);
        closed[ring.length] = new Coordinate(end.x, pole);
        closed[ring.length + 1] = new Coordinate(ring[0].x, pole);
        closed[ring.length + 2] = ring[0].copy();
        return closed;
    }

    /** The area cut into the turns of longitude it covers, each piece shifted into [−180, 180]. */
    private static Geometry intoOneWorld(Geometry area) {
        Envelope extent = area.getEnvelopeInternal();
        // Turn k spans longitudes [360k − 180, 360k + 180]; an area that only touches a turn's edge is not in it.
        long first = (long) Math.floor((extent.getMinX() + 180) / 360);
        long last = (long) Math.ceil((extent.getMaxX() - 180) / 360);
        if (first == 0 && last == 0) {
            return area;
        }
        List<Geometry> pieces = new ArrayList<>();
        for (long k = first; k <= last; k++) {
            Geometry window = LON_LAT.toGeometry(new Envelope(360 * k - 180, 360 * k + 180, -90, 90));
            Geometry piece = OverlayNGRobust.overlay(area, window, OverlayNG.INTERSECTION);
            pieces.add(AffineTransformation.translationInstance(-360.0 * k, 0).transform(piece));
        }
        return OverlayNGRobust.union(pieces);
    }
}
