package org.entente.graph;

import java.util.concurrent.ExecutorService;
import javafx.application.Platform;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.entente.work.LatestJob;
import org.entente.work.Workers;

/**
 * The graph's edges as an image under its nodes. A worker rasterises each new {@link EdgePicture} (see
 * {@link EdgeRaster}), one at a time, the newest waiting while one is drawn, and a frame draws the last
 * image finished, moved and scaled to the frame's viewport. So JavaFX's render thread only copies an
 * image however many edges there are, and the other views' answers to input never queue behind the
 * edges of a graph whose layout is still moving. While the layout moves, the edges trail their nodes by
 * the time one picture takes; at rest they meet.
 */
final class EdgeLayer {
    private static final ExecutorService WORKER = Workers.single("entente-graph-edges");

    private final LatestJob<int[]> rasterising = new LatestJob<>(WORKER, Platform::runLater);
    private final Runnable ready;
    /**
     * Two images by turns: the render thread may still be drawing the frame that used one while the
     * next picture is written into the other.
     */
    private final WritableImage[] images = new WritableImage[2];
    private int current;
    /** The picture the current image holds; null before the first. */
    private EdgePicture shown;
    /** The newest picture asked for, drawn or being drawn or waiting. */
    private EdgePicture wanted;
    /** Whether {@link #wanted} waits for the picture being drawn. */
    private boolean waiting;

    /** {@code ready} hears, on the UI thread, when a new image can be drawn. */
    EdgeLayer(Runnable ready) {
        this.ready = ready;
    }

    /** Has the picture drawn in the background, unless it is drawn or asked for already. */
    void request(EdgePicture picture) {
        if (picture.sameAs(wanted)) {
            return;
        }
        wanted = picture;
        if (rasterising.isRunning()) {
            waiting = true;
        } else {
            start(picture);
        }
    }

    /** Draws the picture at once, on this thread: for a frame that must show its edges, such as a test's or an export's. */
    void drawNow(EdgePicture picture) {
        cancel();
        wanted = picture;
        install(picture, EdgeRaster.draw(picture));
    }

    private void start(EdgePicture picture) {
        rasterising.run(cancelled -> EdgeRaster.draw(picture), pixels -> {
            install(picture, pixels);
            startWaiting();
            ready.run();
        }, failure -> startWaiting());
    }

    private void startWaiting() {
        if (waiting) {
            waiting = false;
            start(wanted);
        }
    }

    private void install(EdgePicture picture, int[] pixels) {
        int w = picture.pixelWidth();
        int h = picture.pixelHeight();
        current = 1 - current;
        WritableImage image = images[current];
        if (image == null || image.getWidth() != w || image.getHeight() != h) {
            image = new WritableImage(w, h);
            images[current] = image;
        }
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        shown = picture;
    }

    /**
     * Draws the last image finished on a canvas {@code width} by {@code height} showing {@code viewport}:
     * a layout point lands where this viewport puts it, whichever viewport the image was drawn for.
     */
    void paint(GraphicsContext g, GraphViewport viewport, double width, double height) {
        if (shown == null) {
            return;
        }
        GraphViewport from = shown.viewport();
        double k = viewport.scale() / from.scale();
        double x = (from.centerX() - viewport.centerX()) * viewport.scale() + width / 2 - k * shown.width() / 2;
        double y = (from.centerY() - viewport.centerY()) * viewport.scale() + height / 2 - k * shown.height() / 2;
        g.setGlobalAlpha(1);
        g.drawImage(images[current], x, y, shown.pixelWidth() / shown.scale() * k, shown.pixelHeight() / shown.scale() * k);
    }

    /** Drops the picture being drawn and any waiting: a new dataset, or the view is gone. */
    void cancel() {
        rasterising.cancel();
        waiting = false;
        wanted = null;
    }
}
