package org.entente.graph;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Rasterises an {@link EdgePicture} with Java2D into premultiplied ARGB pixels. It touches nothing of
 * JavaFX, so it runs on any thread: stroking thousands of antialiased edges costs tens of milliseconds
 * in a software pipeline, and on JavaFX's render thread every other view's frame would wait for it.
 */
final class EdgeRaster {
    private EdgeRaster() {
    }

    /** The picture's pixels, row by row, premultiplied ARGB, {@link EdgePicture#pixelWidth()} to a row. */
    static int[] draw(EdgePicture picture) {
        BufferedImage image = new BufferedImage(picture.pixelWidth(), picture.pixelHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // Lines where the frame put them, not snapped to pixel centres: JavaFX's canvas does not snap either.
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(picture.scale(), picture.scale());
            Path2D.Float path = new Path2D.Float();
            for (EdgePicture.Stroke stroke : picture.strokes()) {
                path.reset();
                float[] lines = stroke.lines();
                for (int i = 0; i < lines.length; i += 4) {
                    path.moveTo(lines[i], lines[i + 1]);
                    path.lineTo(lines[i + 2], lines[i + 3]);
                }
                g.setColor(new Color(stroke.argb(), true));
                g.setStroke(new BasicStroke(stroke.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER, 10,
                        stroke.dashes().length == 0 ? null : stroke.dashes(), 0));
                g.draw(path);
            }
        } finally {
            g.dispose();
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
