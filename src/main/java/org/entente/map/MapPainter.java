package org.entente.map;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws a frame of the map in layers, bottom to top: the land and its shades on a canvas of their own,
 * drawn again only when the view changes, and otherwise only where a shade changed; then, above, the
 * flows, the marks and the names.
 */
final class MapPainter {
    private final BaseLayer base = new BaseLayer();
    private final FlowLayer flows = new FlowLayer();
    private final MarkLayer marks = new MarkLayer();
    private final LabelLayer labels = new LabelLayer();

    private BaseLayer.Key lastBase;
    private Color[] lastShades;

    void draw(GraphicsContext land, GraphicsContext g, MapPicture picture) {
        BaseLayer.Key key = BaseLayer.Key.of(picture);
        if (!key.equals(lastBase)) {
            base.draw(land, picture);
        } else if (picture.shades() != null && !Arrays.equals(lastShades, picture.shades())) {
            base.redraw(land, picture, lastShades);
        }
        lastBase = key;
        lastShades = picture.shades() == null ? null : picture.shades().clone();
        g.clearRect(0, 0, picture.width(), picture.height());
        flows.draw(g, picture);
        marks.draw(g, picture);
        labels.draw(g, picture);
    }
}
