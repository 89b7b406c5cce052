package org.entente.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EqualEarthTest {

    @Test
    void theWorldIsAboutTwiceAsWideAsItIsHigh() {
        assertEquals(2.7066, EqualEarth.MAX_X, 1e-4);
        assertEquals(1.3173, EqualEarth.MAX_Y, 1e-4);
        assertEquals(EqualEarth.MAX_X, EqualEarth.x(180, 0), 1e-12);
        assertEquals(EqualEarth.MAX_Y, EqualEarth.y(90), 1e-12);
    }

    /** Reference values from d3-geo 3's geoEqualEarth at scale 1 (its y grows southwards). */
    @Test
    void capitalsProjectWhereTheReferenceImplementationPutsThem() {
        assertEquals(1.5523188716310141, EqualEarth.x(116.4074, 39.9042), 1e-9);
        assertEquals(0.7729431334356409, EqualEarth.y(39.9042), 1e-9);
        assertEquals(1.6860359380383245, EqualEarth.x(125.7625, 39.0392), 1e-9);
        assertEquals(-1.0336242437868466, EqualEarth.x(-77.0369, 38.9072), 1e-9);
        assertEquals(0.7554003836643328, EqualEarth.y(38.9072), 1e-9);
    }

    @Test
    void theInverseReturnsTheDegreesItWasGiven() {
        for (double lat = -89; lat <= 89; lat += 7.3) {
            for (double lon = -179; lon <= 179; lon += 11.9) {
                double x = EqualEarth.x(lon, lat);
                double y = EqualEarth.y(lat);
                assertEquals(lon, EqualEarth.lon(x, y), 1e-7, "lon at " + lon + "," + lat);
                assertEquals(lat, EqualEarth.lat(y), 1e-7, "lat at " + lon + "," + lat);
            }
        }
    }

    @Test
    void aPointOutsideTheOutlineHasNoLongitude() {
        assertTrue(Double.isNaN(EqualEarth.lon(EqualEarth.MAX_X, EqualEarth.MAX_Y * 0.99)));
    }

    @Test
    void equalAreasStayEqual() {
        double nearEquator = cellArea(10, 0);
        double nearPole = cellArea(10, 70);
        double sphere = Math.toRadians(1) * (Math.sin(Math.toRadians(1)) - Math.sin(0));
        double sphereHigh = Math.toRadians(1) * (Math.sin(Math.toRadians(71)) - Math.sin(Math.toRadians(70)));
        assertEquals(sphere / sphereHigh, nearEquator / nearPole, 1e-3);
    }

    private static double cellArea(double lon, double lat) {
        double w = EqualEarth.x(lon + 1, lat + 0.5) - EqualEarth.x(lon, lat + 0.5);
        double h = EqualEarth.y(lat + 1) - EqualEarth.y(lat);
        return w * h;
    }
}
