package org.entente.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.entente.canvas.LabelMetrics;
import org.entente.places.MapFrame;
import org.entente.places.MarkRadius;

/**
 * The names of the busiest countries in view, with their counts, beside their anchors on a plate of the
 * halo colour, so that the eye reads "China 1,204" without hovering, placed where they hide no bin's count
 * when they can ({@link LabelPlacement}).
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
        LabelPlacement placement = new LabelPlacement(p.width(), p.height(), discs(p));
        for (MapLabel label : p.labels()) {
            // The plate's padding overlaps the mark's gap, as the name alone keeps clear of it.
            double[] box = placement.place(p.screenX(label.x()), p.screenY(label.y()), label.below() - PAD,
                    metrics.width(label.text()) + 2 * PAD, LINE + 2 * PAD);
            if (box == null) {
                continue;
            }
            g.setFill(p.palette().get(MapPalette.Role.HALO));
            g.fillRoundRect(box[0], box[1], box[2] - box[0], box[3] - box[1], 4, 4);
            g.setFill(p.palette().get(MapPalette.Role.TEXT));
            g.fillText(label.text(), (box[0] + box[2]) / 2, box[1] + PAD);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** The squares around the bins' discs on screen. */
    private static List<double[]> discs(MapPicture p) {
        List<double[]> discs = new ArrayList<>();
        if (p.frame() == null) {
            return discs;
        }
        for (MapFrame.Bin bin : p.frame().bins()) {
            double x = p.screenX(bin.x());
            double y = p.screenY(bin.y());
            double r = MarkRadius.of(bin.count());
            discs.add(new double[] {x - r, y - r, x + r, y + r});
        }
        return discs;
    }
}
