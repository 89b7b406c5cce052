package org.entente.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.query.EventCountries;

/**
 * The countries of some events, by {@link EventCountries}, the rule the filter and the map count by: a
 * pass over the events, so its cost grows with the window.
 */
final class WindowCountries {
    private static final Comparator<CountryRow> MOST_EVENTS_FIRST = Comparator.comparingInt(CountryRow::events)
            .reversed().thenComparing(CountryRow::code);

    private WindowCountries() {
    }

    static List<CountryRow> of(Dataset dataset, int[] positions) {
        Map<String, Tally> tallies = new HashMap<>();
        for (int position : positions) {
            Event event = dataset.events().get(position);
            for (String code : EventCountries.of(event, dataset)) {
                tallies.computeIfAbsent(code, unused -> new Tally()).add(event);
            }
        }
        List<CountryRow> rows = new ArrayList<>(tallies.size());
        tallies.forEach((code, tally) -> rows.add(new CountryRow(code, tally.events,
                tally.toned == 0 ? Double.NaN : tally.tone / tally.toned)));
        rows.sort(MOST_EVENTS_FIRST);
        return List.copyOf(rows);
    }

    private static final class Tally {
        int events;
        int toned;
        double tone;

        void add(Event event) {
            events++;
            if (event.hasTone()) {
                toned++;
                tone += event.tone();
            }
        }
    }
}
