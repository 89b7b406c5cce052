package org.entente.timeline;

import javafx.scene.canvas.GraphicsContext;
import org.entente.timescale.TimeScale;

/** The cursor as a line down the lanes, over everything else in them; its handle belongs to the axis. */
final class CursorLayer {

    void paint(GraphicsContext g, TimelineFrame f, TimeScale scale) {
        if (!f.window().contains(f.cursor())) {
            return;
        }
        double x = Math.floor(f.x(scale, f.cursor())) + 0.5;
        g.setStroke(f.palette().cursor());
        g.setLineWidth(1.5);
        g.strokeLine(x, f.bodyTop(), x, f.bodyTop() + f.bodyHeight());
        g.setLineWidth(1);
    }
}
