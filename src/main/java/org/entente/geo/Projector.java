package org.entente.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * Projects a shape from longitude and latitude into {@link EqualEarth}'s plane. Edges that run along the
 * edge of the world, the ±180 meridians where {@link Antimeridian} cut shapes and the poles, get a point
 * every degree first: a meridian is curved in Equal Earth, so a long straight edge along one would cut
 * inside the world's outline, and the map's drawing and hit-testing are simpler with no edge spanning half
 * the world. Other edges are left as Natural Earth drew them.
 */
final class Projector extends GeometryTransformer {
    private static final double STEP_DEGREES = 1;

    private Projector() {
    }

    static Geometry project(Geometry lonLat) {
        return new Projector().transform(lonLat);
    }

    @Override
    protected CoordinateSequence transformCoordinates(CoordinateSequence lonLat, Geometry parent) {
        List<Coordinate> projected = new ArrayList<>(lonLat.size());
        for (int i = 0; i < lonLat.size(); i++) {
            Coordinate c = lonLat.getCoordinate(i);
            if (i > 0) {
                addAlongWorldEdge(lonLat.getCoordinate(i - 1), c, projected);
            }
            projected.add(project(c.x, c.y));
        }
        return createCoordinateSequence(projected.toArray(Coordinate[]::new));
    }

    /** The points strictly between {@code a} and {@code b} when both lie on the same ±180 meridian or pole. */
    private static void addAlongWorldEdge(Coordinate a, Coordinate b, List<Coordinate> projected) {
        boolean alongMeridian = a.x == b.x && Math.abs(a.x) == 180;
        boolean alongPole = a.y == b.y && Math.abs(a.y) == 90;
        if (!alongMeridian && !alongPole) {
            return;
        }
        double degrees = alongMeridian ? Math.abs(b.y - a.y) : Math.abs(b.x - a.x);
        int steps = (int) Math.ceil(degrees / STEP_DEGREES);
        for (int k = 1; k < steps; k++) {
            double t = (double) k / steps;
            projected.add(project(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
        }
    }

    private static Coordinate project(double lon, double lat) {
        return new Coordinate(EqualEarth.x(lon, lat), EqualEarth.y(lat));
    }
}
