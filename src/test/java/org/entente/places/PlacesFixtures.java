package org.entente.places;

import java.util.List;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.entente.strata.ColorMode;
import org.entente.strata.Strata;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;

/** Small hand-made datasets and the places and window built over them, for the tests of this package. */
final class PlacesFixtures {
    private PlacesFixtures() {
    }

    static Actor state(String id, String country) {
        return new Actor(id, id, ActorKind.STATE, List.of(), country, null, List.of(), Extras.NONE);
    }

    static Event event(String id, String when, Location location, double tone, Participant... participants) {
        try {
            return new Event(id, id, Edtf.parse(when), "meeting", null, location, List.of(participants), tone,
                    List.of(), List.of(), List.of(), Extras.NONE);
        } catch (EdtfException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Dataset dataset(List<Actor> actors, List<Event> events) {
        return new Dataset("test", null, List.of(), actors, events, List.of(), Extras.NONE);
    }

    static WindowPlaces window(Dataset dataset, Filter filter) {
        IndexedDataset indexed = IndexedDataset.of(dataset);
        EventPlaces places = EventPlaces.of(dataset, filter);
        return new WindowPlaces(places, indexed.time(), Strata.of(ColorMode.KIND, indexed.stats(), dataset.events()));
    }

    /** The window over all time. */
    static WindowPlaces everything(Dataset dataset, Filter filter) {
        WindowPlaces window = window(dataset, filter);
        window.moveTo(Long.MIN_VALUE + 1, Long.MAX_VALUE);
        return window;
    }

    static int event(Dataset dataset, String id) {
        for (int e = 0; e < dataset.events().size(); e++) {
            if (dataset.events().get(e).id().equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** Anchors for every country, at the given projected points in the order of the country table. */
    static CountryAnchors anchors(double[] xs, double[] ys) {
        return CountryAnchors.of(xs, ys);
    }
}
