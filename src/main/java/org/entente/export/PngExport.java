package org.entente.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves what a node shows as a PNG. The snapshot is taken on the UI thread; encoding and writing happen
 * in the background, to a temporary file beside the target that is then renamed over it, so that a
 * failed write never leaves half a file.
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
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (!ImageIO.write(pixels, "png", out)) {
                    throw new IOException("no PNG writer is available");
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
