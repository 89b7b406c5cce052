package org.entente.map;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;

/**
 * Draws a frame of the map in layers, bottom to top: the land and its shades on a canvas of their own;
 * then, above, the flows, the marks and the names. The land is the costly layer, so it is drawn afresh
 * only when the view rests somewhere new: while the view moves (a wheel, a drag, a glide), the land
 * drawn last is moved and scaled to match, and the marks are drawn sharp over it; and where only shades
 * changed, only those countries are filled again.
 */
final class MapPainter {
    private final BaseLayer base = new BaseLayer();
    private final FlowLayer flows = new FlowLayer();
    private final MarkLayer marks = new MarkLayer();
    private final LabelLayer labels = new LabelLayer();

    private BaseLayer.Key lastBase;
    private MapViewport drawnView;
    private Color[] lastShades;

    /**
     * Draws a frame.
     *
     * @param landMove the land canvas's transform, which carries the land drawn last to the view now
     * @param moving   whether the view is moving, so that the land may be moved rather than drawn
     */
    void draw(GraphicsContext land, Affine landMove, GraphicsContext g, MapPicture picture, boolean moving) {
        BaseLayer.Key key = BaseLayer.Key.of(picture);
        if (!key.equals(lastBase) || !moving && !picture.viewport().equals(drawnView)) {
            base.draw(land, picture);
            landMove.setToIdentity();
            drawnView = picture.viewport();
            lastShades = copy(picture.shades());
        } else if (!picture.viewport().equals(drawnView)) {
            follow(landMove, drawnView, picture.viewport(), picture.width(), picture.height());
        } else if (picture.shades() != null && !Arrays.equals(lastShades, picture.shades())) {
            base.redraw(land, picture, lastShades);
            lastShades = copy(picture.shades());
        }
        lastBase = key;
        g.clearRect(0, 0, picture.width(), picture.height());
        flows.draw(g, picture);
        marks.draw(g, picture);
        labels.draw(g, picture);
    }

    /** The transform that puts what was drawn for {@code from} where {@code to} draws it: a scale and a shift. */
    private static void follow(Affine transform, MapViewport from, MapViewport to, double width, double height) {
        double k = to.scale() / from.scale();
        double tx = width / 2 * (1 - k) + (from.centerX() - to.centerX()) * to.scale();
        double ty = height / 2 * (1 - k) + (from.centerY() - to.centerY()) * to.scale();
        transform.setToTransform(k, 0, tx, 0, k, ty);
    }

    private static Color[] copy(Color[] shades) {
        return shades == null ? null : shades.clone();
    }
}
