package org.entente.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.entente.canvas.LabelMetrics;

/**
 * The names of the busiest countries in view, with their counts, under their anchors on a plate of the
 * halo colour, so that the eye reads "China 1,204" without hovering. A label that would overlap one
 * already drawn is left out; the busiest come first, so they win.
 */
final class LabelLayer {
    private static final Font FONT = Font.font("System", 11);
    private static final double PAD = 2;
    private static final double LINE = 14;

    private final LabelMetrics metrics = new LabelMetrics(FONT);

    void draw(GraphicsContext g, MapPicture p) {
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        List<double[]> taken = new ArrayList<>();
        for (MapLabel label : p.labels()) {
            double x = p.screenX(label.x());
            double y = p.screenY(label.y()) + label.below();
            double width = metrics.width(label.text());
            double[] box = {x - width / 2 - PAD, y - PAD, x + width / 2 + PAD, y + LINE + PAD};
            if (box[2] < 0 || box[0] > p.width() || box[3] < 0 || box[1] > p.height() || overlaps(box, taken)) {
                continue;
            }
            taken.add(box);
            g.setFill(p.palette().get(MapPalette.Role.HALO));
            g.fillRoundRect(box[0], box[1], box[2] - box[0], box[3] - box[1], 4, 4);
            g.setFill(p.palette().get(MapPalette.Role.TEXT));
            g.fillText(label.text(), x, y);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private static boolean overlaps(double[] box, List<double[]> taken) {
        for (double[] other : taken) {
            if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                return true;
            }
        }
        return false;
    }
}
