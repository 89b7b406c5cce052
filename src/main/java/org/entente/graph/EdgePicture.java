package org.entente.graph;

import java.util.Arrays;
import java.util.List;

/**
 * One frame's edges as plain numbers, so that a worker thread can rasterise them while the UI thread
 * and the render thread go on: stroke batches of one look, bottom to top, in screen coordinates of a
 * canvas {@code width} by {@code height}, for a picture {@code scale} device pixels per canvas pixel.
 * The viewport they were placed with lets a later frame move the picture to its own viewport.
 */
record EdgePicture(double width, double height, double scale, GraphViewport viewport, List<Stroke> strokes) {

    /** Lines of one look: colour as non-premultiplied ARGB, width, dash lengths (empty for solid), then x1 y1 x2 y2 per line. */
    record Stroke(int argb, float width, float[] dashes, float[] lines) {
        boolean sameAs(Stroke other) {
            return argb == other.argb && width == other.width && Arrays.equals(dashes, other.dashes)
                    && Arrays.equals(lines, other.lines);
        }
    }

    /** The device pixels across and down. */
    int pixelWidth() {
        return Math.max(1, (int) Math.ceil(width * scale));
    }

    int pixelHeight() {
        return Math.max(1, (int) Math.ceil(height * scale));
    }

    /** Whether the two would rasterise alike: the same canvas, viewport and strokes. */
    boolean sameAs(EdgePicture other) {
        if (other == null || width != other.width || height != other.height || scale != other.scale
                || !viewport.equals(other.viewport) || strokes.size() != other.strokes.size()) {
            return false;
        }
        for (int i = 0; i < strokes.size(); i++) {
            if (!strokes.get(i).sameAs(other.strokes.get(i))) {
                return false;
            }
        }
        return true;
    }
}
