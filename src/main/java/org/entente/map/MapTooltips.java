package org.entente.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.entente.model.Event;
import org.entente.places.MapFrame;
import org.entente.places.WindowPlaces;
import org.entente.store.CountryRow;
import org.entente.strata.Strata;
import org.entente.time.WhenFormat;

/** The words of the map's tooltips: what lies under the pointer, counted by kind (or tone band). */
final class MapTooltips {
    private static final int GROUPS_LISTED = 5;

    private MapTooltips() {
    }

    /** The tooltip of a hit, or null for nothing. */
    static String text(MapHits.Hit hit, MapPicture picture, MapData data, UnaryOperator<String> countryName) {
        if (hit.bin() != null) {
            MapFrame.Bin bin = hit.bin();
            if (bin.isSingle()) {
                Event event = data.indexed().dataset().events().get(bin.event());
                return event.title() + "\n" + WhenFormat.format(event.when()) + placeOf(event) + "\nClick to select it";
            }
            return events(bin.count()) + " here" + groups(bin.byGroup(), bin.count(), data.strata())
                    + "\nClick to list them";
        }
        if (hit.marker() != null) {
            return events(hit.marker().events()) + " known only as in " + names(hit.marker(), data, countryName)
                    + ", without a precise place\nClick to list them";
        }
        if (hit.flow() != null) {
            MapFrame.Flow flow = hit.flow();
            String from = countryName.apply(data.countries().code(flow.from()));
            String to = countryName.apply(data.countries().code(flow.to()));
            return from + (flow.directed() ? " \u2192 " : " \u2194 ") + to + ": " + events(flow.events()) + " in this time"
                    + tone(flow.meanTone()) + (flow.selected() > 0 ? ", " + flow.selected() + " of the selection" : "");
        }
        if (hit.country() != null) {
            return country(hit, data, countryName);
        }
        return null;
    }

    /**
     * The tooltip of a hit on a map shaded by a store's counts ({@code counts}, null before the first
     * answer), where only countries are drawn: a country's events and their mean tone, as the store counts
     * them; null off the land.
     */
    static String counted(MapHits.Hit hit, StoreCountries.Answer counts, MapData data, UnaryOperator<String> countryName) {
        if (hit.country() == null) {
            return null;
        }
        String code = hit.country().code();
        String name = code == null ? hit.country().name() : countryName.apply(code);
        CountryRow row = counts == null || code == null ? null : counts.byCode().get(code);
        if (row == null) {
            return name + (counts == null ? ": counting its events\u2026" : ": no events in this time");
        }
        String action = data != null && data.stateActor(code) != null ? "Click to select " + name
                : "Click to filter by " + name;
        return name + ": " + events(row.events()) + " in this time (the store's count)" + tone(row.meanTone()) + "\n" + action;
    }

    /** "France", "France and Germany", "France, Germany and 3 more". */
    static String names(MapMarker marker, MapData data, UnaryOperator<String> countryName) {
        List<String> names = marker.countries().stream().limit(2).map(c -> countryName.apply(data.countries().code(c))).toList();
        int more = marker.countries().size() - names.size();
        if (more > 0) {
            return String.join(", ", names) + " and " + more + " more";
        }
        return String.join(" and ", names);
    }

    private static String country(MapHits.Hit hit, MapData data, UnaryOperator<String> countryName) {
        String code = hit.country().code();
        String name = code == null ? hit.country().name() : countryName.apply(code);
        int country = code == null ? -1 : data.countries().of(code);
        WindowPlaces window = data.window();
        if (country < 0 || window.countryEvents(country) == 0) {
            return name + ": no events in this time";
        }
        int[] byGroup = new int[window.groups()];
        for (int group = 0; group < byGroup.length; group++) {
            byGroup[group] = window.countryEventsInGroup(country, group);
        }
        int events = window.countryEvents(country);
        String action = data.stateActor(code) != null ? "Click to select " + name
                : "Click to filter by " + name + " or list its events";
        return name + ": " + events(events) + " in this time" + tone(window.countryMeanTone(country))
                + groups(byGroup, events, data.strata()) + "\n" + action;
    }

    /** The commonest groups with their counts, one line: "5 meet, 4 consult, 3 other kinds". */
    private static String groups(int[] byGroup, int total, Strata strata) {
        List<Integer> order = new ArrayList<>();
        for (int group = 0; group < byGroup.length; group++) {
            if (byGroup[group] > 0) {
                order.add(group);
            }
        }
        if (order.isEmpty()) {
            return "";
        }
        order.sort((a, b) -> Integer.compare(byGroup[b], byGroup[a]));
        List<String> parts = new ArrayList<>();
        int rest = total;
        for (int group : order.subList(0, Math.min(GROUPS_LISTED, order.size()))) {
            parts.add(String.format(Locale.ROOT, "%,d %s", byGroup[group], strata.group(group).label()));
            rest -= byGroup[group];
        }
        return "\n" + String.join(", ", parts) + (rest > 0 ? String.format(Locale.ROOT, ", %,d more", rest) : "");
    }

    private static String placeOf(Event event) {
        return event.location() == null || event.location().name() == null ? "" : ", " + event.location().name();
    }

    private static String tone(double meanTone) {
        return Double.isNaN(meanTone) ? "" : String.format(Locale.ROOT, ", mean tone %+.1f", meanTone);
    }

    private static String events(int count) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? "event" : "events");
    }
}
