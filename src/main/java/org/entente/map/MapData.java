package org.entente.map;

import java.util.HashMap;
import java.util.Map;
import org.entente.geo.Atlas;
import org.entente.geo.AtlasCountry;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.places.CountryAnchors;
import org.entente.places.CountryTable;
import org.entente.places.EventPlaces;
import org.entente.places.WindowPlaces;
import org.entente.query.Filter;
import org.entente.strata.ColorMode;
import org.entente.strata.Strata;

/**
 * The map's working data for a dataset, a filter and a colour mode, built once off the UI thread: where
 * each event is ({@link EventPlaces}), the totals of the window on show ({@link WindowPlaces}), the groups
 * events are coloured by, each of the dataset's countries in the atlas, and the state actor of each
 * country, which a click on the country selects.
 */
final class MapData {
    private final IndexedDataset indexed;
    private final Strata strata;
    private final WindowPlaces window;
    private final Map<String, String> stateActors;
    private final Map<Atlas, int[]> atlasCountries = new HashMap<>();
    private final CountryAnchors anchors;

    private MapData(IndexedDataset indexed, Strata strata, WindowPlaces window, Map<String, String> stateActors) {
        this.indexed = indexed;
        this.strata = strata;
        this.window = window;
        this.stateActors = stateActors;
        this.anchors = anchorsIn(Atlas.coarse());
    }

    static MapData build(IndexedDataset indexed, Filter filter, ColorMode colors) {
        Atlas atlas = Atlas.coarse();
        return coloured(indexed, EventPlaces.of(indexed.dataset(), filter, code -> atlas.country(code) != null), colors);
    }

    /** The same places coloured another way: only the groups and the window's totals are made again. */
    MapData recoloured(ColorMode colors) {
        return coloured(indexed, window.places(), colors);
    }

    private static MapData coloured(IndexedDataset indexed, EventPlaces places, ColorMode colors) {
        Strata strata = Strata.of(colors, indexed.stats(), indexed.dataset().events());
        Map<String, String> states = new HashMap<>();
        for (Actor actor : indexed.dataset().actors()) {
            if (actor.kind() == ActorKind.STATE && actor.country() != null) {
                states.putIfAbsent(actor.country(), actor.id());
            }
        }
        return new MapData(indexed, strata, new WindowPlaces(places, indexed.time(), strata), Map.copyOf(states));
    }

    IndexedDataset indexed() {
        return indexed;
    }

    Strata strata() {
        return strata;
    }

    WindowPlaces window() {
        return window;
    }

    CountryTable countries() {
        return window.places().countries();
    }

    /** The state actor of a country (alpha-3), or null when the dataset has none. */
    String stateActor(String code) {
        return code == null ? null : stateActors.get(code);
    }

    /**
     * Where a country's markers and arcs go: its anchor in the coarse atlas, whichever atlas is drawn, so
     * that arcs do not shift when the map changes detail.
     */
    CountryAnchors anchors() {
        return anchors;
    }

    /** For each of the dataset's countries, its place in the atlas's list, or -1 when the atlas lacks it. */
    int[] atlasCountries(Atlas atlas) {
        return atlasCountries.computeIfAbsent(atlas, a -> {
            int[] positions = new int[countries().size()];
            for (int country = 0; country < positions.length; country++) {
                AtlasCountry shape = a.country(countries().code(country));
                positions[country] = shape == null ? -1 : a.countries().indexOf(shape);
            }
            return positions;
        });
    }

    private CountryAnchors anchorsIn(Atlas atlas) {
        double[] xs = new double[countries().size()];
        double[] ys = new double[xs.length];
        for (int country = 0; country < xs.length; country++) {
            AtlasCountry shape = atlas.country(countries().code(country));
            xs[country] = shape == null ? Double.NaN : shape.anchorX();
            ys[country] = shape == null ? Double.NaN : shape.anchorY();
        }
        return CountryAnchors.of(xs, ys);
    }
}
