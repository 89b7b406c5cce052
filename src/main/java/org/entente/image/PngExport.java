package org.entente.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.entente.export.AtomicFile;

/**
 * Saves what a node shows as a PNG: the one path every "Save as PNG" in the app takes, so that each asks
 * the same way and reports a failed write. The snapshot is taken on the UI thread; encoding and writing happen
 * in the background through {@link AtomicFile}, so that a failed write never leaves half a file.
 */
public final class PngExport {
    private PngExport() {
    }

    /**
     * Asks where to save what a node shows, then writes it in the background. Call on the FX thread;
     * {@code onSaved} hears of the file once it is in place, and a failure is reported in an error dialog.
     */
    public static void chooseAndSave(Node node, String title, String fileName, Consumer<Path> onSaved) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images (*.png)", "*.png"));
        Window owner = node.getScene() == null ? null : node.getScene().getWindow();
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            saveAndReport(node, file.toPath(), onSaved);
        }
    }

    /** Writes what a node shows to a file in the background; {@code onSaved} hears of success, an error dialog of failure. */
    public static void saveAndReport(Node node, Path target, Consumer<Path> onSaved) {
        Window owner = node.getScene() == null ? null : node.getScene().getWindow();
        save(node, target).whenComplete((path, error) -> Platform.runLater(() -> {
            if (error == null) {
                onSaved.accept(path);
            } else {
                failed(owner, target, error);
            }
        }));
    }

    private static void failed(Window owner, Path target, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        Throwable reason = cause instanceof UncheckedIOException && cause.getCause() != null ? cause.getCause() : cause;
        Alert alert = new Alert(Alert.AlertType.ERROR, "Could not write " + target + ": " + reason.getMessage());
        alert.initOwner(owner);
        alert.setHeaderText("Saving as PNG failed");
        alert.show();
    }

    /** Call on the FX thread; the future completes when the file is in place. */
    public static CompletableFuture<Path> save(Node node, Path target) {
        BufferedImage pixels = pixels(node);
        return CompletableFuture.supplyAsync(() -> {
            try {
                write(pixels, target);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What a node shows, as pixels that may be encoded on any thread; call on the FX thread. */
    public static BufferedImage pixels(Node node) {
        WritableImage image = node.snapshot(null, null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** Pixels as the bytes of a PNG file, for a file of one's own or inside another. */
    public static byte[] encode(BufferedImage pixels) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encode(pixels, out);
        return out.toByteArray();
    }

    static void write(BufferedImage pixels, Path target) throws IOException {
        AtomicFile.write(target, out -> encode(pixels, out));
    }

    private static void encode(BufferedImage pixels, OutputStream out) throws IOException {
        if (!ImageIO.write(pixels, "png", out)) {
            throw new IOException("no PNG writer is available");
        }
    }
}
