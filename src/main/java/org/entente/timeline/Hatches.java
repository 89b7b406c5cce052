package org.entente.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/**
 * Diagonal hatching as a small repeating image per colour, made once, so that a hatched bar across the
 * whole screen costs one fill, not a stroke every few pixels.
 */
final class Hatches {
    private static final int SPACING = 6;

    private final Map<Color, ImagePattern> patterns = new HashMap<>();

    ImagePattern of(Color color) {
        return patterns.computeIfAbsent(color, Hatches::hatch);
    }

    private static ImagePattern hatch(Color color) {
        WritableImage tile = new WritableImage(SPACING, SPACING);
        Color faded = color.deriveColor(0, 1, 1, 0.28);
        for (int py = 0; py < SPACING; py++) {
            for (int px = 0; px < SPACING; px++) {
                tile.getPixelWriter().setColor(px, py, (px + py) % SPACING == SPACING - 1 ? color : faded);
            }
        }
        return new ImagePattern(tile, 0, 0, SPACING, SPACING, false);
    }
}
