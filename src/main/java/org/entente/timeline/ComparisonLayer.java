package org.entente.timeline;

import org.entente.query.Comparison;
import org.entente.timescale.TimeScale;

/**
 * The two periods being compared, as bands tagged "A" and "B" in their own colours over the lanes and
 * on the overview strip, drawn like the graph's band (on the overlay, with its tab and edges). While both
 * are set the graph shows them rather than its own time, so its band gives way to them.
 */
final class ComparisonLayer {
    static final String A = "A";
    static final String B = "B";

    private final GraphWindowLayer bands;

    ComparisonLayer(GraphWindowLayer bands) {
        this.bands = bands;
    }

    /** Whether the graph's own band still shows: not while the graph shows the periods compared. */
    static boolean graphBandShows(TimelineFrame f) {
        return f.comparison() == null || !f.comparison().isComplete();
    }

    void paintBody(OverlayPane g, TimelineFrame f, TimeScale scale) {
        Comparison periods = f.comparison();
        if (periods == null) {
            return;
        }
        if (periods.a() != null) {
            bands.paintBand(g, f, scale, periods.a(), f.palette().compareA(), f.palette().compareATint(), A);
        }
        if (periods.b() != null) {
            bands.paintBand(g, f, scale, periods.b(), f.palette().compareB(), f.palette().compareBTint(), B);
        }
    }

    void paintOverview(OverlayPane g, TimelineFrame f, TimeScale overview, double top, double height) {
        Comparison periods = f.comparison();
        if (periods == null) {
            return;
        }
        if (periods.a() != null) {
            GraphWindowLayer.paintOverviewBand(g, f, overview, top, height, periods.a(), f.palette().compareA(),
                    f.palette().compareATint());
        }
        if (periods.b() != null) {
            GraphWindowLayer.paintOverviewBand(g, f, overview, top, height, periods.b(), f.palette().compareB(),
                    f.palette().compareBTint());
        }
    }
}
