package org.entente.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.entente.timescale.AxisTicks;
import org.entente.timescale.TimeScale;

/**
 * The time axis above the lanes: ticks with their labels, and over the lane headers' column the name of
 * the grouping. The cursor's handle is on the overlay.
 */
final class AxisLayer {
    private final TimelineFonts fonts;

    AxisLayer(TimelineFonts fonts) {
        this.fonts = fonts;
    }

    void paint(GraphicsContext g, TimelineFrame f, TimeScale scale, List<AxisTicks.Tick> ticks) {
        TimelinePalette p = f.palette();
        g.setFill(p.background());
        g.fillRect(0, 0, f.width(), TimelineFrame.AXIS_HEIGHT);
        g.setStroke(p.majorGrid());
        g.strokeLine(0, TimelineFrame.AXIS_HEIGHT - 0.5, f.width(), TimelineFrame.AXIS_HEIGHT - 0.5);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (AxisTicks.Tick tick : ticks) {
            double x = Math.floor(f.x(scale, tick.time())) + 0.5;
            if (x < f.headerWidth()) {
                continue;
            }
            g.setStroke(tick.major() ? p.majorGrid() : p.grid());
            g.strokeLine(x, tick.major() ? 4 : 24, x, TimelineFrame.AXIS_HEIGHT);
            g.setFill(tick.major() ? p.text() : p.mutedText());
            g.setFont(tick.major() ? fonts.bold() : fonts.small());
            g.fillText(tick.label(), x + 4, tick.major() ? 12 : 35);
        }
        if (f.headerWidth() > 0) {
            g.setFill(p.background());
            g.fillRect(0, 0, f.headerWidth(), TimelineFrame.AXIS_HEIGHT - 1);
            g.setFill(p.mutedText());
            g.setFont(fonts.small());
            g.fillText(f.lanes().mode().toString(), 8, TimelineFrame.AXIS_HEIGHT / 2);
        }
    }
}
