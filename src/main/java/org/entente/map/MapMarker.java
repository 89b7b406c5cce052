package org.entente.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.places.MapFrame;
import org.entente.places.MarkRadius;

/**
 * A count of events known only by their country, drawn as one dashed ring: a country's, or several
 * neighbours' merged where their rings would overlap on screen (Europe at the scale of the world), so
 * that the numbers stay readable. It sits at its busiest country's anchor.
 *
 * @param x         the anchor's projected x
 * @param y         the anchor's projected y
 * @param countries the countries it counts (the places' numbers), busiest first
 */
record MapMarker(double x, double y, int events, List<Integer> countries) {
    /** Room kept between two rings, in pixels. */
    private static final double GAP = 2;

    /**
     * The markers of a frame merged for the view: the busiest first claims its place, and a neighbour
     * that would overlap it joins it.
     */
    static List<MapMarker> merge(List<MapFrame.CountryMarker> markers, MapViewport viewport) {
        List<MapFrame.CountryMarker> busiestFirst = new ArrayList<>(markers);
        busiestFirst.sort(Comparator.comparingInt(MapFrame.CountryMarker::events).reversed());
        List<double[]> placed = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        for (MapFrame.CountryMarker marker : busiestFirst) {
            double r = MarkRadius.of(marker.events()) + GAP;
            int into = -1;
            for (int i = 0; i < placed.size() && into < 0; i++) {
                double[] p = placed.get(i);
                double distance = Math.hypot(p[0] - marker.x(), p[1] - marker.y()) * viewport.scale();
                if (distance < MarkRadius.of(counts.get(i)[0]) + r) {
                    into = i;
                }
            }
            if (into < 0) {
                placed.add(new double[] {marker.x(), marker.y()});
                members.add(new ArrayList<>(List.of(marker.country())));
                counts.add(new int[] {marker.events()});
            } else {
                members.get(into).add(marker.country());
                counts.get(into)[0] += marker.events();
            }
        }
        List<MapMarker> merged = new ArrayList<>(placed.size());
        for (int i = 0; i < placed.size(); i++) {
            merged.add(new MapMarker(placed.get(i)[0], placed.get(i)[1], counts.get(i)[0], List.copyOf(members.get(i))));
        }
        return merged;
    }
}
