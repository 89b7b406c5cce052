package org.entente.bench;

import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.entente.canvas.CanvasColors;

/** What the frame benchmarks of the canvas views share: colours for every role, and a frame rendered and read back. */
public final class CanvasFrames {
    private CanvasFrames() {
    }

    /** A colour of its own for each role, as a palette needs them, without a stylesheet. */
    public static <K extends Enum<K>> Map<K, Color> distinctColours(Class<K> roles) {
        return CanvasColors.each(roles, role -> Color.hsb(role.ordinal() * 40, 0.6, 0.7));
    }

    /** Paints on the FX thread and has the software pipeline render the canvas, read back as an image. */
    public static WritableImage rendered(Canvas canvas, Runnable paint) throws InterruptedException {
        return HeadlessToolkit.call(() -> {
            paint.run();
            return canvas.snapshot(null, null);
        });
    }
}
