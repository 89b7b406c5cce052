package org.entente.places;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.entente.geo.EqualEarth;
import org.entente.index.IntList;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.query.EventCountries;
import org.entente.query.Filter;

/**
 * Where each event is, computed once per dataset and filter, off the UI thread: whether the filter shows
 * it, its point on the projected map when its location has coordinates, the countries it counts in, and
 * the flows between countries it adds to. Places are taken from the event's location, else from its
 * participants' countries: an event without coordinates is drawn at its countries, as country-level.
 *
 * <p>All of it sits in flat arrays, the countries and flows of event {@code e} at slots
 * {@code [start(e), end(e))} of one shared array each (compressed sparse rows), so a million events cost
 * some tens of megabytes and no object apiece.
 */
public final class EventPlaces {
    /**
     * The most countries of one event that are paired into flows (on each side, when roles give a
     * direction). Pairs grow with the square of the countries: a summit of fifty states would add 1,225
     * flows for one event, every scrub step over it would pay for them, and the map would draw a clique
     * rather than who deals with whom. Participants are listed principals first, so the first eight
     * countries keep a summit's core.
     */
    static final int MAX_FLOW_COUNTRIES = 8;

    private final Dataset dataset;
    private final CountryTable countries;
    private final BitSet shown = new BitSet();
    private final double[] xs;
    private final double[] ys;
    private final double[] tones;
    private final int[] countryStart;
    private final int[] countryItems;
    private final int[] flowStart;
    private final int[] flowItems;
    private final IntList flowFrom = new IntList();
    private final IntList flowTo = new IntList();
    private final BitSet flowDirected = new BitSet();
    private final KeyedEvents byCell;
    private final KeyedEvents byCountry;
    /** The countries flows may join: those the map can draw, so that no flow is counted only to be left out. */
    private final BitSet flowing = new BitSet();

    private EventPlaces(Dataset dataset, Filter filter, Predicate<String> drawable) {
        this.dataset = dataset;
        countries = CountryTable.of(dataset);
        for (int country = 0; country < countries.size(); country++) {
            flowing.set(country, drawable.test(countries.code(country)));
        }
        List<Event> events = dataset.events();
        int n = events.size();
        xs = new double[n];
        ys = new double[n];
        tones = new double[n];
        countryStart = new int[n + 1];
        flowStart = new int[n + 1];
        Builder builder = new Builder();
        boolean all = filter.isEmpty();
        for (int e = 0; e < n; e++) {
            Event event = events.get(e);
            countryStart[e] = builder.eventCountries.size();
            flowStart[e] = builder.eventFlows.size();
            xs[e] = Double.NaN;
            ys[e] = Double.NaN;
            tones[e] = event.tone();
            if (all || filter.matches(event, dataset)) {
                shown.set(e);
                builder.place(event, e);
            }
        }
        countryStart[n] = builder.eventCountries.size();
        flowStart[n] = builder.eventFlows.size();
        countryItems = builder.eventCountries.toArray();
        flowItems = builder.eventFlows.toArray();
        byCell = indexByCell();
        byCountry = indexByCountry();
    }

    public static EventPlaces of(Dataset dataset, Filter filter) {
        return new EventPlaces(dataset, filter, code -> true);
    }

    /**
     * The places of the events the filter shows, with flows only between countries (alpha-3 codes) that
     * {@code drawable} accepts: a dataset whose actors belong to countries no map has (a generated one,
     * say) would otherwise keep tens of thousands of flows up to date that no frame can draw.
     */
    public static EventPlaces of(Dataset dataset, Filter filter, Predicate<String> drawable) {
        return new EventPlaces(dataset, filter, drawable);
    }

    /** Reads each shown event's location and participants into the shared arrays. */
    private final class Builder {
        /** The country number of each actor that has a country, by actor id. */
        private final Map<String, Integer> actorCountry;
        private final LongIntMap flowIds = new LongIntMap();
        private final IntList eventCountries = new IntList(1024);
        private final IntList eventFlows = new IntList(1024);
        private final IntList all = new IntList(8);
        private final IntList initiating = new IntList(8);
        private final IntList receiving = new IntList(8);

        Builder() {
            actorCountry = new HashMap<>(dataset.actors().size() * 2);
            for (Actor actor : dataset.actors()) {
                int country = countries.of(actor.country());
                if (country >= 0) {
                    actorCountry.putIfAbsent(actor.id(), country);
                }
            }
        }

        void place(Event event, int e) {
            Location location = event.location();
            if (location != null && Double.isFinite(location.lat()) && Double.isFinite(location.lon())) {
                xs[e] = EqualEarth.x(location.lon(), location.lat());
                ys[e] = EqualEarth.y(location.lat());
            }
            readParticipants(event.participants());
            // The countries it counts for are those the country filter matches it by, one rule for both.
            for (String code : EventCountries.of(event, dataset)) {
                eventCountries.add(countries.of(code));
            }
            addFlows();
        }

        private void readParticipants(List<Participant> participants) {
            all.clear();
            initiating.clear();
            receiving.clear();
            for (Participant p : participants) {
                Integer country = actorCountry.get(p.actor());
                if (country == null) {
                    continue;
                }
                addDistinct(all, country, Integer.MAX_VALUE);
                switch (ParticipantSide.of(p.role())) {
                    case INITIATING -> addDistinct(initiating, country, MAX_FLOW_COUNTRIES);
                    case RECEIVING -> addDistinct(receiving, country, MAX_FLOW_COUNTRIES);
                    case NEITHER -> { }
                }
            }
        }

        /**
         * From each initiating country to each receiving one when the roles give a direction; otherwise
         * between every two of the first countries, either way. A country is never a flow to itself.
         */
        private void addFlows() {
            if (!initiating.isEmpty() && !receiving.isEmpty()) {
                for (int i = 0; i < initiating.size(); i++) {
                    for (int r = 0; r < receiving.size(); r++) {
                        addFlow(initiating.get(i), receiving.get(r), true);
                    }
                }
                return;
            }
            int paired = Math.min(all.size(), MAX_FLOW_COUNTRIES);
            for (int i = 0; i < paired; i++) {
                for (int j = i + 1; j < paired; j++) {
                    addFlow(Math.min(all.get(i), all.get(j)), Math.max(all.get(i), all.get(j)), false);
                }
            }
        }

        private void addFlow(int from, int to, boolean directed) {
            if (from == to || !flowing.get(from) || !flowing.get(to)) {
                return;
            }
            long key = ((long) from << 32 | to) << 1 | (directed ? 1 : 0);
            int id = flowIds.get(key);
            if (id == LongIntMap.ABSENT) {
                id = flowFrom.size();
                flowFrom.add(from);
                flowTo.add(to);
                flowDirected.set(id, directed);
                flowIds.put(key, id);
            }
            eventFlows.add(id);
        }
    }

    private static void addDistinct(IntList list, int value, int cap) {
        if (list.size() >= cap) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == value) {
                return;
            }
        }
        list.add(value);
    }

    /** The events with a point, by the Morton code of their finest cell. */
    private KeyedEvents indexByCell() {
        long[] keys = new long[xs.length];
        int[] events = new int[xs.length];
        int n = 0;
        for (int e = 0; e < xs.length; e++) {
            if (hasPoint(e)) {
                keys[n] = Cells.morton(Cells.finestColumn(xs[e]), Cells.finestRow(ys[e]));
                events[n++] = e;
            }
        }
        return new KeyedEvents(keys, events, n);
    }

    /** The events of each country, one entry per country an event counts in. */
    private KeyedEvents indexByCountry() {
        long[] keys = new long[countryItems.length];
        int[] events = new int[countryItems.length];
        for (int e = 0; e < xs.length; e++) {
            for (int slot = countryStart[e]; slot < countryStart[e + 1]; slot++) {
                keys[slot] = countryItems[slot];
                events[slot] = e;
            }
        }
        return new KeyedEvents(keys, events, keys.length);
    }

    public Dataset dataset() {
        return dataset;
    }

    public CountryTable countries() {
        return countries;
    }

    /** How many events the dataset holds, shown or not. */
    public int size() {
        return xs.length;
    }

    /** Whether the filter lets the event through; a hidden event has no place, country or flow here. */
    public boolean isShown(int event) {
        return shown.get(event);
    }

    /** Whether the event's location has coordinates, so that it is drawn as a point. */
    public boolean hasPoint(int event) {
        return !Double.isNaN(xs[event]);
    }

    /** The projected x of the event's point ({@link EqualEarth}), or NaN when it has none. */
    public double x(int event) {
        return xs[event];
    }

    public double y(int event) {
        return ys[event];
    }

    /** The event's tone, NaN when it has none. */
    public double tone(int event) {
        return tones[event];
    }

    /**
     * The countries the event counts in, at slots {@code [countriesStart, countriesEnd)}: its location's
     * country, else its participants' distinct countries. Where it has no point, it is drawn at these.
     */
    public int countriesStart(int event) {
        return countryStart[event];
    }

    public int countriesEnd(int event) {
        return countryStart[event + 1];
    }

    public int countryAt(int slot) {
        return countryItems[slot];
    }

    /** The flows the event adds to, at slots {@code [flowsStart, flowsEnd)}. */
    public int flowsStart(int event) {
        return flowStart[event];
    }

    public int flowsEnd(int event) {
        return flowStart[event + 1];
    }

    public int flowAt(int slot) {
        return flowItems[slot];
    }

    /** How many distinct flows (two countries and whether a direction joins them) the shown events make. */
    public int flowCount() {
        return flowFrom.size();
    }

    /** The country a flow goes from; for an undirected flow, the lower-numbered of its two. */
    public int flowFrom(int flow) {
        return flowFrom.get(flow);
    }

    public int flowTo(int flow) {
        return flowTo.get(flow);
    }

    /** Whether the flow goes one way, from {@link #flowFrom} to {@link #flowTo}, as roles such as visitor and host say. */
    public boolean isDirected(int flow) {
        return flowDirected.get(flow);
    }

    KeyedEvents byCell() {
        return byCell;
    }

    KeyedEvents byCountry() {
        return byCountry;
    }
}
