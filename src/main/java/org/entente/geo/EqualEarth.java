package org.entente.geo;

/**
 * The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, so a country's shading and
 * a bin's size compare fairly across latitudes, with straight parallels and a familiar world shape; made
 * for thematic world maps. Coordinates are in radians of a unit sphere: x in ±{@link #MAX_X}, y in
 * ±{@link #MAX_Y}, north up (y grows northwards).
 */
public final class EqualEarth {
    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;
    /** Half the width of the world: x at longitude 180 on the equator. */
    public static final double MAX_X = Math.PI / (M * A1);
    /** Half the height of the world: y at the north pole. */
    public static final double MAX_Y = polynomial(Math.PI / 3) * (Math.PI / 3);
    private static final int NEWTON_STEPS = 12;
    private static final double EPSILON = 1e-12;

    private EqualEarth() {
    }

    /** The projected x of a longitude and latitude in degrees. */
    public static double x(double lonDegrees, double latDegrees) {
        double theta = theta(latDegrees);
        return Math.toRadians(lonDegrees) * Math.cos(theta) / (M * derivative(theta));
    }

    /** The projected y of a latitude in degrees: it does not depend on the longitude. */
    public static double y(double latDegrees) {
        double theta = theta(latDegrees);
        return theta * polynomial(theta);
    }

    /** The longitude in degrees of projected (x, y), or NaN outside the world's outline. */
    public static double lon(double x, double y) {
        double theta = thetaOf(y);
        double lon = Math.toDegrees(M * x * derivative(theta) / Math.cos(theta));
        return Math.abs(lon) > 180 + 1e-9 ? Double.NaN : lon;
    }

    /** The latitude in degrees of projected y, clamped to the poles. */
    public static double lat(double y) {
        return Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, Math.sin(thetaOf(y)) / M))));
    }

    private static double theta(double latDegrees) {
        return Math.asin(M * Math.sin(Math.toRadians(latDegrees)));
    }

    /** Solves y = θ·P(θ) for θ by Newton's method; y is clamped to the poles. */
    private static double thetaOf(double y) {
        double target = Math.max(-MAX_Y, Math.min(MAX_Y, y));
        double theta = target / A1;
        for (int i = 0; i < NEWTON_STEPS; i++) {
            double step = (theta * polynomial(theta) - target) / derivative(theta);
            theta -= step;
            if (Math.abs(step) < EPSILON) {
                break;
            }
        }
        return theta;
    }

    private static double polynomial(double theta) {
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        return A1 + A2 * t2 + t6 * (A3 + A4 * t2);
    }

    private static double derivative(double theta) {
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        return A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
    }
}
