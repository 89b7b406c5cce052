package org.entente.map;

import javafx.scene.canvas.GraphicsContext;

/** Draws a frame of the map in layers, bottom to top: the land and its shades, the flows, the marks, the names. */
final class MapPainter {
    private final BaseLayer base = new BaseLayer();
    private final FlowLayer flows = new FlowLayer();
    private final MarkLayer marks = new MarkLayer();
    private final LabelLayer labels = new LabelLayer();

    void draw(GraphicsContext g, MapPicture picture) {
        base.draw(g, picture);
        flows.draw(g, picture);
        marks.draw(g, picture);
        labels.draw(g, picture);
    }
}
