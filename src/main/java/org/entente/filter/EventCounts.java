package org.entente.filter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.entente.lanes.LaneMode;
import org.entente.lanes.Lanes;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.query.EventCountries;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.store.EventStore;
import org.entente.store.Extent;
import org.entente.store.LaneRow;

/**
 * How many events of a dataset have each tag and each country (as the country filter reads an event's
 * countries), counted in one pass: unlike kinds, they do not come counted with the dataset, and counting
 * them means reading every event. A store counts them itself.
 */
record EventCounts(Map<String, Integer> tags, Map<String, Integer> countries) {
    /** How many events to read between two looks at whether the counts are still wanted. */
    private static final int STRIDE = 4096;

    /** The counts, or null when cancelled before the end. */
    /** A store's tags and countries with their events, all of its time: its lanes by tag, its countries. */
    static EventCounts of(EventStore store) {
        Map<String, Integer> tags = new HashMap<>();
        for (LaneRow lane : store.lanes(Filter.NONE, LaneMode.TAG)) {
            if (!lane.key().equals(Lanes.NO_TAG)) {
                tags.put(lane.key(), lane.events());
            }
        }
        Extent extent = store.extent();
        Map<String, Integer> countries = new HashMap<>();
        if (extent.events() > 0) {
            TimeWindow all = TimeWindow.around(extent.minStart(), extent.maxEnd(), 0);
            store.countries(Filter.NONE, all).forEach(row -> countries.put(row.code(), row.events()));
        }
        return new EventCounts(tags, countries);
    }

    static EventCounts of(Dataset dataset, BooleanSupplier cancelled) {
        Map<String, Integer> tags = new HashMap<>();
        Map<String, Integer> countries = new HashMap<>();
        List<Event> events = dataset.events();
        for (int i = 0; i < events.size(); i++) {
            if (i % STRIDE == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            Event event = events.get(i);
            for (String tag : event.tags()) {
                tags.merge(tag, 1, Integer::sum);
            }
            for (String country : EventCountries.of(event, dataset)) {
                countries.merge(country, 1, Integer::sum);
            }
        }
        return new EventCounts(tags, countries);
    }
}
