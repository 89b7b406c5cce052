package org.entente.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The two atlases that ship with the app, as the map view will use them. */
class BundledAtlasTest {
    /** No edge may be this long: an edge across the antimeridian would be nearly the world's width. */
    private static final double LONGEST_EDGE = 2 * EqualEarth.MAX_X / 4;

    static Stream<Atlas> atlases() {
        return Stream.of(Atlas.coarse(), Atlas.fine());
    }

    @ParameterizedTest
    @MethodSource("atlases")
    void capitalsLieInTheirCountriesAndTheOceanInNone(Atlas atlas) {
        assertEquals("CHN", codeAt(atlas, 39.9042, 116.4074));
        assertEquals("PRK", codeAt(atlas, 39.0392, 125.7625));
        assertEquals("USA", codeAt(atlas, 38.9072, -77.0369));
        assertEquals("RUS", codeAt(atlas, 55.7558, 37.6173));
        assertEquals("FRA", codeAt(atlas, 48.8566, 2.3522));
        assertNull(atlas.countryAt(EqualEarth.x(-40, 30), EqualEarth.y(30)), "the mid-Atlantic");
    }

    @ParameterizedTest
    @MethodSource("atlases")
    void anchorsAreInTheMainlandNotInOverseasParts(Atlas atlas) {
        AtlasCountry france = atlas.country("FRA");
        assertBetween(-5, 8, lonOf(france));
        assertBetween(42, 51, EqualEarth.lat(france.anchorY()));
        AtlasCountry usa = atlas.country("USA");
        assertBetween(-125, -67, lonOf(usa));
        assertBetween(25, 49, EqualEarth.lat(usa.anchorY()));
        for (AtlasCountry country : atlas.countries()) {
            assertSame(country, atlas.countryAt(country.anchorX(), country.anchorY()), country.name());
        }
    }

    @ParameterizedTest
    @MethodSource("atlases")
    void noEdgeStreaksAcrossTheWorld(Atlas atlas) {
        for (AtlasCountry country : atlas.countries()) {
            for (double[][] polygon : country.polygons()) {
                for (double[] ring : polygon) {
                    for (int i = 0; i < ring.length; i += 2) {
                        int next = (i + 2) % ring.length;
                        double length = Math.hypot(ring[next] - ring[i], ring[next + 1] - ring[i + 1]);
                        assertTrue(length < LONGEST_EDGE, country.name() + " has an edge of " + length);
                    }
                }
            }
            assertTrue(country.shape().isValid(), country.name());
        }
    }

    @Test
    void everyCountryHasItsOwnCodeButAFewWithoutOne() {
        assertEquals(Set.of("N. Cyprus", "Somaliland"), withoutCode(Atlas.coarse()));
        assertEquals(Set.of("N. Cyprus", "Somaliland", "Indian Ocean Ter.", "Siachen Glacier"), withoutCode(Atlas.fine()));
        assertEquals("Kosovo", Atlas.fine().country("XKX").name());
        for (Atlas atlas : List.of(Atlas.coarse(), Atlas.fine())) {
            Set<String> codes = new HashSet<>();
            for (AtlasCountry country : atlas.countries()) {
                assertTrue(country.code() == null || country.code().matches("[A-Z]{3}"), country.code());
                assertTrue(country.code() == null || codes.add(country.code()), "twice: " + country.code());
            }
        }
    }

    @Test
    void theFineAtlasHasMoreDetailAndAustraliaTakesInAshmoreAndCartier() {
        assertTrue(Atlas.fine().vertexCount() > 4 * Atlas.coarse().vertexCount());
        AtlasCountry australia = Atlas.fine().country("AUS");
        assertEquals("Australia", australia.name());
        assertEquals("AUS", codeAt(Atlas.fine(), -12.43, 123.585), "Ashmore Reef");
    }

    @Test
    void theOutlineIsTheWorldsEdge() {
        double[] outline = Atlas.coarse().outline();
        double widest = 0;
        for (int i = 0; i < outline.length; i += 2) {
            widest = Math.max(widest, Math.abs(outline[i]));
            assertEquals(180, Math.abs(EqualEarth.lon(outline[i] * (1 - 1e-12), outline[i + 1])), 1e-6);
        }
        assertEquals(EqualEarth.MAX_X, widest, 1e-12);
    }

    @Test
    void theCoarseAtlasLoadsQuicklyAndFindsCountriesInMicroseconds() throws IOException {
        long started = System.nanoTime();
        Atlas atlas;
        try (InputStream in = Atlas.class.getResourceAsStream("countries-110m.atlas")) {
            atlas = new Atlas(AtlasReader.read(in));
        }
        double loadMillis = (System.nanoTime() - started) / 1e6;

        SplittableRandom random = new SplittableRandom(15);
        double[] points = new double[200_000];
        for (int i = 0; i < points.length; i += 2) {
            double lat = random.nextDouble(-60, 75);
            points[i] = EqualEarth.x(random.nextDouble(-180, 180), lat);
            points[i + 1] = EqualEarth.y(lat);
        }
        int found = 0;
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t = System.nanoTime();
            for (int i = 0; i < points.length; i += 2) {
                found += atlas.countryAt(points[i], points[i + 1]) == null ? 0 : 1;
            }
            best = Math.min(best, System.nanoTime() - t);
        }
        double micros = best / 1e3 / (points.length / 2.0);
        System.out.printf(Locale.ROOT, "coarse atlas: %d countries, %d vertices, loaded in %.0f ms; countryAt %.2f µs a call%n",
                atlas.countries().size(), atlas.vertexCount(), loadMillis, micros);
        assertTrue(found > 0);
        // Generous bounds: the machine may be busy; on a quiet one loading takes tens of milliseconds.
        assertTrue(loadMillis < 3000, loadMillis + " ms");
        assertTrue(micros < 50, micros + " µs");
    }

    private static String codeAt(Atlas atlas, double lat, double lon) {
        AtlasCountry country = atlas.countryAt(EqualEarth.x(lon, lat), EqualEarth.y(lat));
        return country == null ? null : country.code();
    }

    private static double lonOf(AtlasCountry country) {
        return EqualEarth.lon(country.anchorX(), country.anchorY());
    }

    private static void assertBetween(double low, double high, double value) {
        assertTrue(value >= low && value <= high, value + " is not between " + low + " and " + high);
    }

    private static Set<String> withoutCode(Atlas atlas) {
        Set<String> names = new HashSet<>();
        atlas.countries().stream().filter(c -> c.code() == null).forEach(c -> names.add(c.name()));
        return names;
    }
}
