package org.entente.timeline;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import org.entente.query.TimeWindow;
import org.entente.timescale.AxisTicks;
import org.entente.timescale.TimeScale;

/**
 * Draws the timeline by layers, back to front: on a canvas, the frame (lane bands, grid, lanes and
 * periods inside the lanes' body, then the axis above and the overview strip below); over it, the overlay
 * (the graph's time as a band, the periods compared and the cursor), which move on every scrub step and
 * so are shapes apart, so that a step moves a few shapes rather than redrawing every lane. The layers draw from the frame alone; this
 * class orders them and owns what they share in a frame: the scale, the ticks and the hit map of what was
 * drawn where. Each layer's work follows what is on screen, never the size of the dataset.
 */
final class TimelinePainter {
    private static final double MIN_TICK_SPACING = 80;

    private final HitMap hits = new HitMap();
    private final GridLayer grid = new GridLayer();
    private final LaneLayer lanes;
    private final PeriodLayer periods;
    private final CursorLayer cursor = new CursorLayer();
    private final AxisLayer axis;
    private final GraphWindowLayer graphWindow;
    private final ComparisonLayer comparison;
    private final OverviewLayer overview = new OverviewLayer();
    private final NotesLayer notes = new NotesLayer();

    TimelinePainter(Font font) {
        TimelineFonts fonts = TimelineFonts.of(font);
        this.lanes = new LaneLayer(fonts, hits);
        this.periods = new PeriodLayer(fonts);
        this.axis = new AxisLayer(fonts);
        this.graphWindow = new GraphWindowLayer(fonts);
        this.comparison = new ComparisonLayer(graphWindow);
    }

    HitMap hits() {
        return hits;
    }

    void paint(GraphicsContext g, TimelineFrame f) {
        hits.clear(f.bodyTop(), f.bodyTop() + f.bodyHeight());
        g.setFill(f.palette().background());
        g.fillRect(0, 0, f.width(), f.height());
        TimeScale scale = f.scale();
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(scale, MIN_TICK_SPACING, f.finest());

        g.save();
        g.beginPath();
        g.rect(0, f.bodyTop(), f.width(), f.bodyHeight());
        g.clip();
        lanes.paintBands(g, f);
        grid.paint(g, f, scale, ticks);
        lanes.paint(g, f, scale);
        periods.paint(g, f, scale);
        g.restore();

        axis.paint(g, f, scale, ticks);
        overview.paint(g, f);
    }

    /** The overlay, as shapes over the canvas: the graph's time or the periods compared, and the cursor. */
    void paintOverlay(OverlayPane g, TimelineFrame f) {
        g.begin();
        TimeScale scale = f.scale();
        // Notes lie beneath the graph's band, whose tab at the top of the lanes stays whole and can be grabbed.
        notes.paint(g, f, scale);
        if (ComparisonLayer.graphBandShows(f)) {
            graphWindow.paintBody(g, f, scale);
        }
        comparison.paintBody(g, f, scale);
        TimeWindow extent = f.overviewExtent();
        TimeScale overview = new TimeScale(extent.start(), extent.end(), f.width());
        if (ComparisonLayer.graphBandShows(f)) {
            graphWindow.paintOverview(g, f, overview, f.overviewTop() + 1, TimelineFrame.OVERVIEW_HEIGHT - 1);
        }
        comparison.paintOverview(g, f, overview, f.overviewTop() + 1, TimelineFrame.OVERVIEW_HEIGHT - 1);
        cursor.paint(g, f, scale);
        g.end();
    }
}
