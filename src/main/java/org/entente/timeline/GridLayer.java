package org.entente.timeline;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.entente.timescale.AxisTicks;
import org.entente.timescale.TimeScale;

/** Behind the lanes: a vertical line at each tick of the axis, stronger at major ticks. */
final class GridLayer {

    void paint(GraphicsContext g, TimelineFrame f, TimeScale scale, List<AxisTicks.Tick> ticks) {
        g.setLineWidth(1);
        for (AxisTicks.Tick tick : ticks) {
            double x = Math.floor(f.x(scale, tick.time())) + 0.5;
            g.setStroke(tick.major() ? f.palette().majorGrid() : f.palette().grid());
            g.strokeLine(x, f.bodyTop(), x, f.bodyTop() + f.bodyHeight());
        }
    }
}
