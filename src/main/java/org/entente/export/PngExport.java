package org.entente.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves what a node shows as a PNG. The snapshot is taken on the UI thread; encoding and writing happen
 * in the background through {@link AtomicFile}, so that a failed write never leaves half a file.
 */
public final class PngExport {
    private PngExport() {
    }

    /** Call on the FX thread; the future completes when the file is in place. */
    public static CompletableFuture<Path> save(Node node, Path target) {
        WritableImage image = node.snapshot(null, null);
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        return CompletableFuture.supplyAsync(() -> {
            try {
                write(pixels, target);
                return target;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static void write(BufferedImage pixels, Path target) throws IOException {
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
