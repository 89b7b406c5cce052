package org.entente.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.entente.geo.EqualEarth;
import org.entente.index.IntList;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.places.MapFrame.Bin;
import org.entente.places.MapFrame.Flow;
import org.entente.query.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Frames of a small hand-made world: bins at two zooms, the heaviest flows and the selection's, markers. */
class MapFramesTest {
    /** Two points in Beijing some 5 km apart, and one in Pyongyang. */
    private static final Location BEIJING = new Location("Beijing", "CHN", 39.9042, 116.4074);
    private static final Location BEIJING_NORTH = new Location("Beijing, north", "CHN", 39.95, 116.41);
    private static final Location PYONGYANG = new Location("Pyongyang", "PRK", 39.0392, 125.7625);
    private static final double WORLD_PIXELS = 1200;
    /** Some 50 km across a thousand pixels. */
    private static final double CITY_PIXELS_PER_UNIT = 1000 / (50 / 6371.0);
    private static final MapCamera WORLD = new MapCamera(-EqualEarth.MAX_X, -EqualEarth.MAX_Y, EqualEarth.MAX_X,
            EqualEarth.MAX_Y, WORLD_PIXELS / (2 * EqualEarth.MAX_X));
    private static final MapCamera BEIJING_CITY = MapCamera.centredOn(EqualEarth.x(116.41, 39.93),
            EqualEarth.y(39.93), CITY_PIXELS_PER_UNIT, 1000, 800);

    private Dataset dataset;
    private WindowPlaces window;
    private CountryAnchors anchors;

    @BeforeEach
    void setUp() {
        List<Actor> actors = List.of(PlacesFixtures.state("chn", "CHN"), PlacesFixtures.state("prk", "PRK"),
                PlacesFixtures.state("rus", "RUS"), PlacesFixtures.state("usa", "USA"),
                PlacesFixtures.state("fra", "FRA"));
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(visit("chn-prk-" + i, "chn", "prk", i == 0 ? PYONGYANG : null, 4));
        }
        for (int i = 0; i < 3; i++) {
            events.add(visit("usa-chn-" + i, "usa", "chn", i == 0 ? BEIJING : i == 1 ? BEIJING_NORTH : null, -2));
        }
        events.add(visit("fra-rus", "fra", "rus", null, 1));
        for (int i = 0; i < 2; i++) {
            events.add(PlacesFixtures.event("rus-usa-" + i, "2020-03-01", null, Double.NaN,
                    new Participant("rus", "party"), new Participant("usa", "party")));
        }
        events.add(PlacesFixtures.event("somewhere-in-usa", "2020-03-01", new Location("USA", "USA", Double.NaN,
                Double.NaN), 3, new Participant("usa", null)));
        dataset = PlacesFixtures.dataset(actors, events);
        window = PlacesFixtures.everything(dataset, Filter.NONE);
        CountryTable table = window.places().countries();
        double[][] capitals = {{39.9042, 116.4074}, {48.8566, 2.3522}, {39.0392, 125.7625}, {55.7558, 37.6173},
            {38.9072, -77.0369}};
        double[] xs = new double[table.size()];
        double[] ys = new double[table.size()];
        String[] codes = {"CHN", "FRA", "PRK", "RUS", "USA"};
        for (int i = 0; i < codes.length; i++) {
            xs[table.of(codes[i])] = EqualEarth.x(capitals[i][1], capitals[i][0]);
            ys[table.of(codes[i])] = EqualEarth.y(capitals[i][0]);
        }
        anchors = PlacesFixtures.anchors(xs, ys);
    }

    private static Event visit(String id, String visitor, String host, Location location, double tone) {
        return PlacesFixtures.event(id, "2020-03-01", location, tone, new Participant(visitor, "visitor"),
                new Participant(host, "host"));
    }

    private MapFrame frame(MapCamera camera, int maxFlows, String... selected) {
        IntList selection = new IntList();
        for (String id : selected) {
            selection.add(PlacesFixtures.event(dataset, id));
        }
        return MapFrames.prepare(window, new MapRequest(camera, 24, anchors, maxFlows, selection));
    }

    @Test
    void binsMergeAtTheWorldsZoomAndSplitAtACitys() {
        MapFrame world = frame(WORLD, 10);
        assertEquals(0, world.level());
        Bin beijing = binNear(world.bins(), BEIJING);
        assertEquals(2, beijing.count());
        assertFalse(beijing.isSingle());
        double[] north = point(BEIJING_NORTH);
        double[] south = point(BEIJING);
        assertEquals((north[0] + south[0]) / 2, beijing.x(), 1e-9, "drawn at the centroid of its events");
        assertEquals((north[1] + south[1]) / 2, beijing.y(), 1e-9);
        assertEquals(-2, beijing.meanTone(), 1e-6);
        assertEquals(List.of(event("usa-chn-0"), event("usa-chn-1")),
                sortedList(window.eventsIn(world.level(), beijing.cells(), 10)));

        MapFrame city = frame(BEIJING_CITY, 10);
        assertTrue(city.level() > 8, "cells about a kilometre wide: " + city.level());
        assertEquals(2, city.bins().size(), "Pyongyang is out of view, the two Beijing points apart");
        for (Bin bin : city.bins()) {
            assertTrue(bin.isSingle());
            double[] exact = point(dataset.events().get(bin.event()).location());
            assertEquals(exact[0], bin.x(), "a single event is drawn at its own point");
            assertEquals(exact[1], bin.y());
            assertEquals(List.of(bin.event()), sortedList(window.eventsIn(city.level(), bin.cells(), 10)));
        }
    }

    @Test
    void theHeaviestFlowsThenTheSelectionsOwn() {
        MapFrame frame = frame(WORLD, 2, "fra-rus", "chn-prk-3");
        List<String> flows = frame.flows().stream().map(this::describe).toList();
        assertEquals(List.of("CHN→PRK 5 selected 1", "USA→CHN 3 selected 0", "FRA→RUS 1 selected 1"), flows);
        Flow heaviest = frame.flows().get(0);
        assertEquals(4, heaviest.meanTone(), 1e-6);
        assertEquals(anchors.x(heaviest.from()), heaviest.fromX());

        List<String> all = frame(WORLD, 10).flows().stream().map(this::describe).toList();
        assertEquals(List.of("CHN→PRK 5 selected 0", "USA→CHN 3 selected 0", "RUS–USA 2 selected 0",
                "FRA→RUS 1 selected 0"), all);
    }

    @Test
    void theSelectionIsBinnedOnTopAndCountryLevelEventsAreMarked() {
        MapFrame frame = frame(WORLD, 10, "usa-chn-1", "somewhere-in-usa");
        assertEquals(1, frame.selectedBins().size());
        Bin selected = frame.selectedBins().get(0);
        assertEquals(event("usa-chn-1"), selected.event());
        assertEquals(point(BEIJING_NORTH)[0], selected.x());
        int usa = window.places().countries().of("USA");
        assertEquals(1, frame.selectedMarkers().size());
        assertEquals(usa, frame.selectedMarkers().get(0).country());
        assertEquals(List.of(usa + " 4"), frame.markers().stream().map(m -> m.country() + " " + m.events())
                .filter(m -> m.startsWith(usa + " ")).toList(), "a visit and two talks without a place, and one at the USA");
        assertEquals(List.of(event("usa-chn-2"), event("rus-usa-0"), event("rus-usa-1"), event("somewhere-in-usa")),
                sortedList(window.eventsAt(usa, true, 10)));
        assertEquals(2, window.eventsAt(usa, true, 2).size(), "no more than asked for");
        assertEquals(List.of(window.places().countries().of("CHN")),
                frame(BEIJING_CITY, 10).markers().stream().map(MapFrame.CountryMarker::country).toList(),
                "China's anchor is Beijing; the others are out of view");
    }

    @Test
    void countriesAreShadedWithTheRangeOfTheirFigures() {
        MapFrame frame = frame(WORLD, 10);
        assertEquals(5, frame.countries().size());
        int usa = window.places().countries().of("USA");
        MapFrame.CountryValue us = frame.countries().stream().filter(c -> c.country() == usa).findFirst().orElseThrow();
        assertEquals(4, us.events(), "a visit without a place, two talks and the event placed at the USA");
        MapFrame.Legend legend = frame.legend();
        assertEquals(7, legend.maxEvents(), "China: four visits it paid without a place, and three it received");
        assertEquals(0.5, legend.minTone(), 1e-6, "the USA: -2 and 3; its talks have no tone");
        assertEquals(4, legend.maxTone(), 1e-6, "North Korea");
    }

    private String describe(Flow flow) {
        CountryTable table = window.places().countries();
        return table.code(flow.from()) + (flow.directed() ? "→" : "–") + table.code(flow.to()) + " " + flow.events()
                + " selected " + flow.selected();
    }

    private int event(String id) {
        return PlacesFixtures.event(dataset, id);
    }

    private static double[] point(Location location) {
        return new double[] {EqualEarth.x(location.lon(), location.lat()), EqualEarth.y(location.lat())};
    }

    private static Bin binNear(List<Bin> bins, Location location) {
        double[] p = point(location);
        return bins.stream().min((a, b) -> Double.compare(Math.hypot(a.x() - p[0], a.y() - p[1]),
                Math.hypot(b.x() - p[0], b.y() - p[1]))).orElseThrow();
    }

    private static List<Integer> sortedList(IntList list) {
        return Arrays.stream(list.toArray()).sorted().boxed().toList();
    }
}
