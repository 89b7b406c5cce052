package org.entente.timeline;

import javafx.scene.paint.Color;
import org.entente.query.TimeWindow;
import org.entente.timescale.TimeScale;

/**
 * The cursor: a line down the lanes over everything in them, the handle on the axis that a drag scrubs,
 * and its mark on the overview strip. It is drawn on the overlay, so that moving it redraws nothing else.
 */
final class CursorLayer {

    /** The style class of the cursor's line down the lanes. */
    static final String LINE = "timeline-cursor";

    void paint(OverlayPane g, TimelineFrame f, TimeScale scale) {
        Color colour = f.palette().cursor();
        if (f.window().contains(f.cursor())) {
            double x = Math.floor(f.x(scale, f.cursor())) + 0.5;
            g.line(colour, 1.5, x, f.bodyTop(), x, f.bodyTop() + f.bodyHeight(), LINE);
            double handle = f.x(scale, f.cursor());
            g.triangle(colour, handle - 7, TimelineFrame.AXIS_HEIGHT - 12, handle + 7, TimelineFrame.AXIS_HEIGHT - 12,
                    handle, TimelineFrame.AXIS_HEIGHT);
        }
        TimeWindow extent = f.overviewExtent();
        if (extent.contains(f.cursor())) {
            double cx = new TimeScale(extent.start(), extent.end(), f.width()).x(f.cursor());
            g.line(colour, 1, cx, f.overviewTop() + 2, cx, f.height() - 2, null);
        }
    }
}
