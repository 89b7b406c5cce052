package org.entente.bench;

import com.sun.javafx.scene.DirtyBits;
import com.sun.javafx.scene.NodeHelper;
import com.sun.javafx.tk.RenderJob;
import com.sun.javafx.tk.Toolkit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.shape.Line;
import org.entente.work.Workers;

/**
 * Times an input from the moment it is injected on the FX thread to the moment the frame that first
 * shows its result has been rendered. A pulse shows the result when, after its layout, the result is in
 * the scene graph (a canvas repainted after the state changed, or a pane holding the new text); that
 * frame is then rasterised on the render thread, and a render job queued once the pulse is over runs
 * right after it, so its clock reading is when the frame was done.
 *
 * <p>The canvas test reads JavaFX's own dirty bit, which a canvas sets when it is drawn on and the
 * pulse's synchronisation clears: at the end of a pulse's layout it says the canvas was drawn in that
 * pulse. Internal API, acceptable in a benchmark that runs on the classpath.
 */
final class PulseWatch {
    private static final long TIMEOUT_SECONDS = 30;
    /** The name of the graph's thread that rasterises its edges (EdgeLayer's), the same executor by that name. */
    private static final String EDGE_WORKER = "entente-graph-edges";

    private final Scene scene;
    private int pulses;

    PulseWatch(Scene scene) {
        this.scene = scene;
        scene.addPostLayoutPulseListener(() -> pulses++);
    }

    /**
     * When an input went in, when its handlers had returned, when the pulse that showed it began its
     * layout (after the pulse's animations, where the canvas views draw) and ended it, and when its frame
     * was rendered, in nanoseconds: where the time of an answer goes.
     */
    record Sample(long injected, long handled, long layoutStarted, long laidOut, long rendered) {
        double millis() {
            return (rendered - injected) / 1e6;
        }

        /** The four parts of {@link #millis()}: handlers, until the pulse's layout, the layout, rendering. */
        double[] parts() {
            return new double[] {(handled - injected) / 1e6, (layoutStarted - handled) / 1e6,
                    (laidOut - layoutStarted) / 1e6, (rendered - laidOut) / 1e6};
        }
    }

    /** Injects {@code input} and waits for the rendered end of the first pulse in which {@code shown} holds. */
    Sample measure(Runnable input, BooleanSupplier shown) throws InterruptedException {
        CompletableFuture<Long> rendered = new CompletableFuture<>();
        long[] times = new long[4];
        Runnable layoutStarts = () -> times[2] = System.nanoTime();
        Platform.runLater(() -> {
            scene.addPreLayoutPulseListener(layoutStarts);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    if (shown.getAsBoolean()) {
                        times[3] = System.nanoTime();
                        scene.removePostLayoutPulseListener(this);
                        scene.removePreLayoutPulseListener(layoutStarts);
                        Platform.runLater(() -> Toolkit.getToolkit().addRenderJob(
                                new RenderJob(() -> rendered.complete(System.nanoTime()))));
                    }
                }
            });
            times[0] = System.nanoTime();
            input.run();
            times[1] = System.nanoTime();
            Platform.requestNextPulse();
        });
        long done = await(rendered);
        return new Sample(times[0], times[1], times[2], times[3], done);
    }

    /**
     * After a change of {@code changed}, whether one of {@code canvases} has been drawn since: drawn in a
     * later pulse, or in the pulse of the change if it was not drawn already when the change came.
     * Call on the FX thread before the input; the answer is meant for a post-layout pulse listener.
     */
    BooleanSupplier repaintAfter(Observable changed, List<Canvas> canvases) {
        int[] changePulse = {-1};
        boolean[] drawnBeforeChange = new boolean[1];
        InvalidationListener mark = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                o.removeListener(this);
                changePulse[0] = pulses;
                drawnBeforeChange[0] = canvases.stream().anyMatch(PulseWatch::drawnThisPulse);
            }
        };
        changed.addListener(mark);
        return () -> changePulse[0] >= 0 && canvases.stream().anyMatch(PulseWatch::drawnThisPulse)
                && (pulses > changePulse[0] || !drawnBeforeChange[0]);
    }

    /**
     * After a change of {@code changed}, whether {@code line} has moved since: a shape over a canvas, moved
     * in the pulse's pre-layout phase. Call on the FX thread before the input; the answer is meant for a
     * post-layout pulse listener.
     */
    BooleanSupplier movedAfter(Observable changed, Line line) {
        double[] before = {Double.NaN};
        InvalidationListener mark = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                o.removeListener(this);
                before[0] = line.getStartX();
            }
        };
        changed.addListener(mark);
        return () -> !Double.isNaN(before[0]) && line.getStartX() != before[0];
    }

    /**
     * Milliseconds from {@code since} (a {@link System#nanoTime()} reading) to the end of the last pulse
     * that drew on one of {@code canvases}, once none has been drawn on for {@code quietMillis}, or
     * {@code limitMillis} after {@code since} if they never rest.
     */
    double stillAfter(long since, List<Canvas> canvases, long quietMillis, long limitMillis) throws InterruptedException {
        long[] last = {since};
        Runnable watch = () -> {
            if (canvases.stream().anyMatch(PulseWatch::drawnThisPulse)) {
                last[0] = System.nanoTime();
            }
        };
        Platform.runLater(() -> scene.addPostLayoutPulseListener(watch));
        long deadline = since + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        long seen;
        do {
            seen = onFx(() -> last[0]);
            Thread.sleep(quietMillis);
        } while (onFx(() -> last[0]) != seen && System.nanoTime() < deadline);
        Platform.runLater(() -> scene.removePostLayoutPulseListener(watch));
        return (seen - since) / 1e6;
    }

    /**
     * Waits until the render thread has finished what it was given: a frame drawn on the FX thread may
     * still be rasterised long after, and an input then would wait for it.
     */
    void awaitRenderer() throws InterruptedException {
        CompletableFuture<Long> rendered = new CompletableFuture<>();
        Platform.runLater(() -> Toolkit.getToolkit().addRenderJob(new RenderJob(() -> rendered.complete(System.nanoTime()))));
        await(rendered);
    }

    /**
     * Waits until the graph's worker that rasterises its edges (the render thread's share of a graph frame,
     * done in the background) has finished what it was given; the image it hands over is drawn in a later
     * pulse, which {@link #stillAfter} then sees.
     */
    void awaitEdgeRaster() throws InterruptedException {
        try {
            Workers.single(EDGE_WORKER).submit(() -> { }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the graph's edges were never rasterised", e);
        }
    }

    private static boolean drawnThisPulse(Canvas canvas) {
        return NodeHelper.isDirty(canvas, DirtyBits.NODE_CONTENTS);
    }

    private static long onFx(LongSupplier value) throws InterruptedException {
        return HeadlessToolkit.call(value::getAsLong);
    }

    private static long await(CompletableFuture<Long> done) throws InterruptedException {
        try {
            return done.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the result never showed", e);
        }
    }
}
