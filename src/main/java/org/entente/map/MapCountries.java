package org.entente.map;

import java.util.HashMap;
import java.util.Map;
import org.entente.geo.Atlas;
import org.entente.geo.AtlasCountry;
import org.entente.places.CountryAnchors;
import org.entente.places.CountryTable;

/**
 * The countries a frame's values are numbered by (a dataset's {@link CountryTable}, or the codes of a
 * store's answer), with where each is drawn: its shape's place in an atlas, which its shade fills, and its
 * anchor in the coarse atlas, where its markers, arcs and name go whichever atlas is drawn, so that they
 * do not shift when the map changes detail. Used from the UI thread once made.
 */
final class MapCountries {
    private final String[] codes;
    private final Map<Atlas, int[]> inAtlas = new HashMap<>();
    private final CountryAnchors anchors;

    MapCountries(String[] codes) {
        this.codes = codes.clone();
        Atlas coarse = Atlas.coarse();
        double[] xs = new double[codes.length];
        double[] ys = new double[codes.length];
        for (int country = 0; country < codes.length; country++) {
            AtlasCountry shape = coarse.country(codes[country]);
            xs[country] = shape == null ? Double.NaN : shape.anchorX();
            ys[country] = shape == null ? Double.NaN : shape.anchorY();
        }
        anchors = CountryAnchors.of(xs, ys);
    }

    static MapCountries of(CountryTable table) {
        String[] codes = new String[table.size()];
        for (int country = 0; country < codes.length; country++) {
            codes[country] = table.code(country);
        }
        return new MapCountries(codes);
    }

    /** The alpha-3 code of a country's number. */
    String code(int country) {
        return codes[country];
    }

    CountryAnchors anchors() {
        return anchors;
    }

    /** For each country, its place in the atlas's list, or -1 when the atlas lacks it. */
    int[] inAtlas(Atlas atlas) {
        return inAtlas.computeIfAbsent(atlas, a -> {
            int[] positions = new int[codes.length];
            for (int country = 0; country < positions.length; country++) {
                AtlasCountry shape = a.country(codes[country]);
                positions[country] = shape == null ? -1 : a.countries().indexOf(shape);
            }
            return positions;
        });
    }
}
