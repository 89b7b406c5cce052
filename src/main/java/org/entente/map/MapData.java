package org.entente.map;

import java.util.HashMap;
import java.util.Map;
import org.entente.geo.Atlas;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.places.CountryTable;
import org.entente.places.EventPlaces;
import org.entente.places.WindowPlaces;
import org.entente.query.Filter;
import org.entente.strata.ColorMode;
import org.entente.strata.Strata;

/**
 * The map's working data for a dataset, a filter and a colour mode, built once off the UI thread: where
 * each event is ({@link EventPlaces}), the totals of the window on show ({@link WindowPlaces}), the groups
 * events are coloured by, where each of its countries is drawn ({@link MapCountries}), and the state
 * actor of each country, which a click on the country selects.
 */
final class MapData {
    private final IndexedDataset indexed;
    private final Strata strata;
    private final WindowPlaces window;
    private final Map<String, String> stateActors;
    private final MapCountries shapes;

    private MapData(IndexedDataset indexed, Strata strata, WindowPlaces window, Map<String, String> stateActors) {
        this.indexed = indexed;
        this.strata = strata;
        this.window = window;
        this.stateActors = stateActors;
        this.shapes = MapCountries.of(window.places().countries());
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

    /** The dataset's countries with where each is drawn: its shape in an atlas, its anchor. */
    MapCountries shapes() {
        return shapes;
    }
}
