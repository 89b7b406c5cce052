package org.entente.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The countries of the world map, UI-free, in {@link EqualEarth}'s projected coordinates: their shapes for
 * drawing, the country under a point, and where each country's events go. Two atlases ship with the app,
 * made by the {@code atlas} command from Natural Earth's shapes: {@link #coarse()} for the whole world and
 * moderate zoom, {@link #fine()} when zoomed in. Each is read the first time it is asked for and then kept;
 * an atlas never changes, so any thread may use it.
 */
public final class Atlas {
    private static final Map<String, Atlas> BUNDLED = new ConcurrentHashMap<>();
    /** The world's edge is drawn with a point every this many degrees of latitude: smooth at any zoom the map allows. */
    private static final double OUTLINE_STEP_DEGREES = 0.5;
    private static final double[] OUTLINE = outlineOfTheWorld();

    private final List<AtlasCountry> countries;
    private final Map<String, AtlasCountry> byCode = new HashMap<>();
    private final CountryLocator locator;
    private final int vertexCount;

    Atlas(List<AtlasCountry> countries) {
        this.countries = List.copyOf(countries);
        int vertices = 0;
        for (AtlasCountry country : this.countries) {
            if (country.code() != null) {
                byCode.putIfAbsent(country.code(), country);
            }
            vertices += country.vertexCount();
        }
        this.vertexCount = vertices;
        this.locator = new CountryLocator(this.countries);
    }

    /** Natural Earth's 1:110m countries: the whole world and moderate zoom. */
    public static Atlas coarse() {
        return bundled("countries-110m.atlas");
    }

    /** Natural Earth's 1:50m countries: for when the map is zoomed in. */
    public static Atlas fine() {
        return bundled("countries-50m.atlas");
    }

    private static Atlas bundled(String resource) {
        return BUNDLED.computeIfAbsent(resource, Atlas::load);
    }

    private static Atlas load(String resource) {
        try (InputStream in = Atlas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new Atlas(AtlasReader.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** Every country, sorted by name. */
    public List<AtlasCountry> countries() {
        return countries;
    }

    /** The country with this ISO 3166-1 alpha-3 code ("PRK"), or null when the atlas has none. */
    public AtlasCountry country(String alpha3) {
        return byCode.get(alpha3);
    }

    /** The country under projected point (x, y), or null on the ocean. */
    public AtlasCountry countryAt(double x, double y) {
        return locator.at(x, y);
    }

    /**
     * The world's outline as x, y pairs: the meridian of 180° from the south pole to the north, then that of
     * −180° back down. Filled, it is the ocean; the pole lines are straight in Equal Earth and close it.
     * The array is the caller's own.
     */
    public double[] outline() {
        return OUTLINE.clone();
    }

    /** How many points the countries' rings have in all. */
    public int vertexCount() {
        return vertexCount;
    }

    private static double[] outlineOfTheWorld() {
        int steps = (int) Math.round(180 / OUTLINE_STEP_DEGREES);
        double[] xy = new double[4 * (steps + 1)];
        for (int i = 0; i <= steps; i++) {
            double northward = -90 + i * OUTLINE_STEP_DEGREES;
            double southward = -northward;
            xy[2 * i] = EqualEarth.x(180, northward);
            xy[2 * i + 1] = EqualEarth.y(northward);
            xy[2 * (steps + 1 + i)] = EqualEarth.x(-180, southward);
            xy[2 * (steps + 1 + i) + 1] = EqualEarth.y(southward);
        }
        return xy;
    }
}
