package org.entente.map;

import org.entente.geo.AtlasCountry;
import org.entente.places.MapFrame;
import org.entente.places.MarkRadius;

/**
 * What lies under a point of the canvas in the frame last drawn: a selected bin, a bin, a country-level
 * marker, a flow, or a country, tried in the order they are drawn from the top, so that a click picks
 * what the eye sees.
 */
final class MapHits {
    /** How far outside a mark or an arc a pointer still counts as on it, for fingers and shaky hands. */
    private static final double SLACK = 3;
    private static final int ARC_SAMPLES = 24;

    /** What a point hits: exactly one of the parts is set, or none. */
    record Hit(MapFrame.Bin bin, MapMarker marker, MapFrame.Flow flow, AtlasCountry country) {
        static final Hit NOTHING = new Hit(null, null, null, null);

        boolean isNothing() {
            return bin == null && marker == null && flow == null && country == null;
        }
    }

    private MapHits() {
    }

    static Hit at(MapPicture p, double x, double y) {
        if (p == null) {
            return Hit.NOTHING;
        }
        MapFrame frame = p.frame();
        if (frame != null) {
            MapFrame.Bin bin = bin(p, frame.selectedBins(), x, y, 1.5);
            if (bin == null) {
                bin = bin(p, frame.bins(), x, y, 0);
            }
            if (bin != null) {
                return new Hit(bin, null, null, null);
            }
            MapMarker marker = marker(p, x, y);
            if (marker != null) {
                return new Hit(null, marker, null, null);
            }
            MapFrame.Flow flow = flow(p, frame, x, y);
            if (flow != null) {
                return new Hit(null, null, flow, null);
            }
        }
        AtlasCountry country = p.atlas().countryAt(p.viewport().mapX(x, p.width()), -p.viewport().mapY(y, p.height()));
        return country == null ? Hit.NOTHING : new Hit(null, null, null, country);
    }

    /** The bin whose disc holds the point, the nearest centre winning; later bins are drawn over earlier ones. */
    private static MapFrame.Bin bin(MapPicture p, Iterable<MapFrame.Bin> bins, double x, double y, double grow) {
        MapFrame.Bin best = null;
        double bestDistance = Double.MAX_VALUE;
        for (MapFrame.Bin bin : bins) {
            double d = Math.hypot(p.screenX(bin.x()) - x, p.screenY(bin.y()) - y);
            if (d <= MarkRadius.of(bin.count()) + grow + SLACK && d < bestDistance) {
                best = bin;
                bestDistance = d;
            }
        }
        return best;
    }

    private static double toSegment(double x, double y, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / lengthSquared));
        return Math.hypot(a[0] + t * dx - x, a[1] + t * dy - y);
    }

    private static MapMarker marker(MapPicture p, double x, double y) {
        for (MapMarker marker : p.markers()) {
            double d = Math.hypot(p.screenX(marker.x()) - x, p.screenY(marker.y()) - y);
            if (d <= MarkRadius.of(marker.events()) + 2 + SLACK) {
                return marker;
            }
        }
        return null;
    }

    /** The flow whose arc passes nearest the point, within half its width and the slack; drawn flows only. */
    private static MapFrame.Flow flow(MapPicture p, MapFrame frame, double x, double y) {
        int heaviest = 1;
        for (MapFrame.Flow flow : frame.flows()) {
            heaviest = Math.max(heaviest, flow.events());
        }
        MapFrame.Flow best = null;
        double bestDistance = Double.MAX_VALUE;
        for (MapFrame.Flow flow : frame.flows()) {
            if (!p.flows() && flow.selected() == 0) {
                continue;
            }
            double[] curve = FlowLayer.curve(p, flow);
            double reach = FlowLayer.width(Math.max(flow.events(), flow.selected()), heaviest) / 2 + SLACK;
            double[] last = FlowLayer.along(curve, 0);
            for (int i = 1; i <= ARC_SAMPLES; i++) {
                double[] next = FlowLayer.along(curve, i / (double) ARC_SAMPLES);
                double d = toSegment(x, y, last, next);
                if (d <= reach && d < bestDistance) {
                    best = flow;
                    bestDistance = d;
                }
                last = next;
            }
        }
        return best;
    }
}
