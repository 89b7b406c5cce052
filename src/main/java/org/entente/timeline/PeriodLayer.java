package org.entente.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.entente.model.Period;
import org.entente.time.When;
import org.entente.timescale.TimeScale;

/**
 * Named periods (a dataset's eras) as light shading over the lanes, with their titles along the top; a
 * dataset has few, so each frame draws those in view one by one.
 */
final class PeriodLayer {
    private final TimelineFonts fonts;

    PeriodLayer(TimelineFonts fonts) {
        this.fonts = fonts;
    }

    void paint(GraphicsContext g, TimelineFrame f, TimeScale scale) {
        List<Period> periods = f.dataset().periods();
        double left = f.headerWidth();
        for (int i = 0; i < periods.size(); i++) {
            When when = periods.get(i).when();
            if (!f.window().overlaps(when.start(), when.end())) {
                continue;
            }
            double x0 = Math.max(left, f.x(scale, Math.max(when.start(), f.window().start())));
            double x1 = Math.min(f.width(), f.x(scale, Math.min(when.end(), f.window().end())));
            g.setFill(f.palette().period().deriveColor(0, 1, 1, i % 2 == 0 ? 0.09 : 0.14));
            g.fillRect(x0, f.bodyTop(), Math.max(1, x1 - x0), f.bodyHeight());
            g.setStroke(f.palette().period().deriveColor(0, 1, 1, 0.35));
            g.setLineWidth(1);
            g.strokeLine(Math.floor(x0) + 0.5, f.bodyTop(), Math.floor(x0) + 0.5, f.bodyTop() + f.bodyHeight());
            String title = periods.get(i).title();
            double w = Math.min(x1 - x0 - 6, fonts.width(title));
            if (w > 24) {
                g.setFont(fonts.regular());
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.setFill(f.palette().period().deriveColor(0, 1, 0.8, 1));
                g.fillText(title, x0 + 4, f.bodyTop() + 2, w);
            }
        }
    }
}
