package org.entente.places;

import java.util.ArrayList;
import java.util.List;
import org.entente.index.IntList;
import org.entente.places.MapFrame.Bin;
import org.entente.places.MapFrame.CountryMarker;
import org.entente.places.MapFrame.CountryValue;
import org.entente.places.MapFrame.Flow;
import org.entente.places.MapFrame.Legend;

/**
 * Prepares a frame of the map from the window's totals. Its work grows with what is on screen, never with
 * the number of events: bins are looked up cell by cell over the view at the level whose cells are a bin
 * wide, so at most some thousands of lookups at any zoom; countries are those the dataset names (a few
 * hundred in real data); the heaviest flows are read off the front of the window's ranking; the selection
 * costs its own events.
 */
public final class MapFrames {
    private MapFrames() {
    }

    public static MapFrame prepare(WindowPlaces window, MapRequest request) {
        MapCamera camera = request.camera();
        int level = Cells.levelFor(camera.pixelsPerUnit(), request.binPixels());
        List<CountryValue> countries = new ArrayList<>();
        Legend legend = countries(window, countries);
        int[] countryLevel = new int[window.places().countries().size()];
        for (int country = 0; country < countryLevel.length; country++) {
            countryLevel[country] = window.countryLevelEvents(country);
        }
        Selected selected = new Selected(window, level, request.selection());
        List<Bin> bins = BinMerging.merge(bins(window.level(level), camera), camera.pixelsPerUnit());
        return new MapFrame(level, bins, countries, legend,
                markers(countryLevel, request), flows(window, request, selected),
                BinMerging.alike(bins(selected.points, camera), bins), markers(selected.atCountry, request));
    }

    /**
     * The selection's shown events sorted into points (binned as the window's are), counts at countries
     * for those without a point, and flows with how many of the selection take each, in the order first met.
     */
    private static final class Selected {
        final CellGrid points;
        final int[] atCountry;
        final LongIntMap flowCounts = new LongIntMap();
        final IntList flowOrder = new IntList();

        Selected(WindowPlaces window, int level, IntList selection) {
            EventPlaces places = window.places();
            points = window.pointGrid(level);
            atCountry = new int[places.countries().size()];
            for (int i = 0; i < selection.size(); i++) {
                int event = selection.get(i);
                if (places.isShown(event)) {
                    add(places, event);
                }
            }
        }

        private void add(EventPlaces places, int event) {
            if (places.hasPoint(event)) {
                points.add(event, Cells.finestColumn(places.x(event)), Cells.finestRow(places.y(event)), +1);
            } else {
                for (int slot = places.countriesStart(event); slot < places.countriesEnd(event); slot++) {
                    atCountry[places.countryAt(slot)]++;
                }
            }
            for (int slot = places.flowsStart(event); slot < places.flowsEnd(event); slot++) {
                int flow = places.flowAt(slot);
                int count = flowCounts.get(flow);
                if (count == LongIntMap.ABSENT) {
                    flowOrder.add(flow);
                    count = 0;
                }
                flowCounts.put(flow, count + 1);
            }
        }
    }

    /** The occupied cells of the grid in view, looked up one by one over the view. */
    private static List<Bin> bins(CellGrid grid, MapCamera camera) {
        int level = grid.level();
        int firstColumn = Cells.columnAt(camera.west(), level);
        int lastColumn = Cells.columnAt(camera.east(), level);
        int firstRow = Cells.rowAt(camera.south(), level);
        int lastRow = Cells.rowAt(camera.north(), level);
        List<Bin> bins = new ArrayList<>();
        if (grid.occupied() == 0) {
            return bins;
        }
        Tallies tallies = grid.tallies();
        for (int column = firstColumn; column <= lastColumn; column++) {
            for (int row = firstRow; row <= lastRow; row++) {
                long key = Cells.key(column, row);
                int slot = grid.slot(key);
                if (slot != LongIntMap.ABSENT) {
                    bins.add(new Bin(new long[] {key}, tallies.centroidX(slot), tallies.centroidY(slot),
                            tallies.count(slot), tallies.byGroup(slot), tallies.dominantGroup(slot),
                            tallies.meanTone(slot), tallies.toned(slot), tallies.single(slot)));
                }
            }
        }
        return bins;
    }

    /** Fills in the countries with events in the window and returns the range of their figures. */
    private static Legend countries(WindowPlaces window, List<CountryValue> into) {
        for (int country = 0; country < window.places().countries().size(); country++) {
            int events = window.countryEvents(country);
            if (events > 0) {
                into.add(new CountryValue(country, events, window.countryMeanTone(country)));
            }
        }
        return Legend.of(into);
    }

    /** Markers at the anchors in view of the countries with a count. */
    private static List<CountryMarker> markers(int[] events, MapRequest request) {
        CountryAnchors anchors = request.anchors();
        List<CountryMarker> markers = new ArrayList<>();
        for (int country = 0; country < events.length; country++) {
            if (events[country] > 0 && anchors.has(country)
                    && request.camera().contains(anchors.x(country), anchors.y(country))) {
                markers.add(new CountryMarker(country, anchors.x(country), anchors.y(country), events[country]));
            }
        }
        return markers;
    }

    /** The heaviest drawable flows, then the selection's drawable flows that are not among them. */
    private static List<Flow> flows(WindowPlaces window, MapRequest request, Selected selection) {
        LongIntMap selectedCounts = selection.flowCounts;
        IntList selectedOrder = selection.flowOrder;
        EventPlaces places = window.places();
        CountryAnchors anchors = request.anchors();
        IntList heaviest = window.heaviestFlows(request.maxFlows(), flow -> drawable(places, anchors, flow));
        List<Flow> flows = new ArrayList<>(heaviest.size() + selectedOrder.size());
        for (int i = 0; i < heaviest.size(); i++) {
            int flow = heaviest.get(i);
            int selected = selectedCounts.get(flow);
            selectedCounts.remove(flow);
            flows.add(flow(window, anchors, flow, Math.max(0, selected)));
        }
        for (int i = 0; i < selectedOrder.size(); i++) {
            int flow = selectedOrder.get(i);
            int selected = selectedCounts.get(flow);
            if (selected != LongIntMap.ABSENT && drawable(places, anchors, flow)) {
                flows.add(flow(window, anchors, flow, selected));
            }
        }
        return flows;
    }

    /** An arc is drawn between two anchors: a flow whose countries lack one is left out. */
    private static boolean drawable(EventPlaces places, CountryAnchors anchors, int flow) {
        return anchors.has(places.flowFrom(flow)) && anchors.has(places.flowTo(flow));
    }

    private static Flow flow(WindowPlaces window, CountryAnchors anchors, int flow, int selected) {
        EventPlaces places = window.places();
        int from = places.flowFrom(flow);
        int to = places.flowTo(flow);
        return new Flow(flow, from, to, places.isDirected(flow), window.flowEvents(flow), window.flowMeanTone(flow),
                selected, anchors.x(from), anchors.y(from), anchors.x(to), anchors.y(to));
    }
}
