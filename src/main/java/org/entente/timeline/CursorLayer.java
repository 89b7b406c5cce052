package org.entente.timeline;

import javafx.scene.canvas.GraphicsContext;
import org.entente.query.TimeWindow;
import org.entente.timescale.TimeScale;

/**
 * The cursor: a line down the lanes over everything in them, the handle on the axis that a drag scrubs,
 * and its mark on the overview strip. It is drawn on the overlay, so that moving it redraws nothing else.
 */
final class CursorLayer {

    void paint(GraphicsContext g, TimelineFrame f, TimeScale scale) {
        g.setStroke(f.palette().cursor());
        g.setFill(f.palette().cursor());
        if (f.window().contains(f.cursor())) {
            double x = Math.floor(f.x(scale, f.cursor())) + 0.5;
            g.setLineWidth(1.5);
            g.strokeLine(x, f.bodyTop(), x, f.bodyTop() + f.bodyHeight());
            double handle = f.x(scale, f.cursor());
            g.fillPolygon(new double[] {handle - 7, handle + 7, handle}, new double[] {TimelineFrame.AXIS_HEIGHT - 12,
                    TimelineFrame.AXIS_HEIGHT - 12, TimelineFrame.AXIS_HEIGHT}, 3);
        }
        TimeWindow extent = f.overviewExtent();
        if (extent.contains(f.cursor())) {
            double cx = new TimeScale(extent.start(), extent.end(), f.width()).x(f.cursor());
            g.setLineWidth(1);
            g.strokeLine(cx, f.overviewTop() + 2, cx, f.height() - 2);
        }
        g.setLineWidth(1);
    }
}
