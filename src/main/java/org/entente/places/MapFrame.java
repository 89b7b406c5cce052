package org.entente.places;

import java.util.List;

/**
 * One frame of the map, everything the painter draws, prepared away from it ({@link MapFrames}).
 *
 * @param level           the level of the pyramid of cells ({@link Cells}) the bins are cut at, for
 *                        {@link WindowPlaces#eventsIn(int, long[], int)}
 * @param bins            the window's points in view, a bin per occupied cell or per few whose marks overlap
 * @param countries       every country that the window's events count in, for shading
 * @param legend          the range of the countries' figures, for the shading's legend
 * @param markers         the countries in view with events that have no point, drawn at their anchors
 * @param flows           the heaviest flows, then those of the selection that are not among them
 * @param selectedBins    the selection's points in view, binned as the window's are, drawn on top
 * @param selectedMarkers the countries in view of the selection's events that have no point
 */
public record MapFrame(int level, List<Bin> bins, List<CountryValue> countries, Legend legend,
                       List<CountryMarker> markers, List<Flow> flows, List<Bin> selectedBins,
                       List<CountryMarker> selectedMarkers) {

    /**
     * A frame of countries alone, for counts that come without places (a store's per country): no bins,
     * markers or flows.
     */
    public static MapFrame ofCountries(List<CountryValue> countries) {
        return new MapFrame(0, List.of(), List.copyOf(countries), Legend.of(countries), List.of(), List.of(), List.of(),
                List.of());
    }

    /**
     * Events with a point in one cell, or in a few neighbouring cells whose marks would overlap
     * ({@link BinMerging}), drawn at their centroid; a bin of one event is drawn at its own point.
     *
     * @param cells         the cells' keys at the frame's level
     * @param byGroup       how many of the events are in each strata group, coloured as on the timeline
     * @param dominantGroup the group most of them are in
     * @param meanTone      the mean tone of those with a tone, or NaN
     * @param toned         how many of them have a tone
     * @param event         the event when the bin holds exactly one, else -1
     */
    public record Bin(long[] cells, double x, double y, int count, int[] byGroup, int dominantGroup, double meanTone,
                      int toned, int event) {
        public boolean isSingle() {
            return event >= 0;
        }
    }

    /** A country's events in the window and their mean tone (NaN when none has one). */
    public record CountryValue(int country, int events, double meanTone) {
    }

    /** The most events of a shaded country, and the lowest and highest mean tone (NaN when none). */
    public record Legend(int maxEvents, double minTone, double maxTone) {

        /** The range of the countries' figures. */
        public static Legend of(List<CountryValue> countries) {
            int maxEvents = 0;
            double minTone = Double.NaN;
            double maxTone = Double.NaN;
            for (CountryValue value : countries) {
                maxEvents = Math.max(maxEvents, value.events());
                if (!Double.isNaN(value.meanTone())) {
                    minTone = Double.isNaN(minTone) ? value.meanTone() : Math.min(minTone, value.meanTone());
                    maxTone = Double.isNaN(maxTone) ? value.meanTone() : Math.max(maxTone, value.meanTone());
                }
            }
            return new Legend(maxEvents, minTone, maxTone);
        }
    }

    /** Events placed only at a country, drawn at its anchor (x, y). */
    public record CountryMarker(int country, double x, double y, int events) {
    }

    /**
     * An arc between two countries' anchors: its width is its events, its colour their mean tone.
     *
     * @param directed whether it goes one way, from {@code from} to {@code to}
     * @param events   the window's events on it; 0 for a flow shown only because the selection takes it
     * @param selected how many of the selection's events take it
     */
    public record Flow(int flow, int from, int to, boolean directed, int events, double meanTone, int selected,
                       double fromX, double fromY, double toX, double toY) {
    }
}
