package org.entente.canvas;

import javafx.animation.AnimationTimer;

/**
 * Runs a canvas view's frames: on each pulse it lets the view step what moves, paints when anything
 * moved or was invalidated, and stops the pulse as soon as nothing moves, so an idle view costs nothing.
 * What only moves by itself (a layout settling, a glide) is painted every other pulse: a software
 * renderer rasterises every canvas drawn in a pulse before the next pulse can show anything, so a
 * settling view drawn on every pulse would hold up the other views' answers half the time it takes.
 */
public final class FrameLoop {
    /** Advances what moves to {@code now}, {@code seconds} after the last frame; true while anything still moves. */
    @FunctionalInterface
    public interface Step {
        boolean step(long now, double seconds);
    }

    private final Step step;
    private final Runnable paint;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame(now);
        }
    };
    private boolean dirty = true;
    private boolean yieldNext;
    private boolean yielded;
    /** Whether the last frame painted, so that a frame of motion alone skips painting. */
    private boolean paintedLast;
    /** Whether a frame stepped what moves without painting it. */
    private boolean unpainted;
    private long last;

    public FrameLoop(Step step, Runnable paint) {
        this.step = step;
        this.paint = paint;
    }

    /** Something changed: draw it on the next pulse. */
    public void invalidate() {
        dirty = true;
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /**
     * Something changed by the user's hand in another view: this view skips its next frame, neither
     * stepping nor painting, so that the pulse carrying the other view's answer carries none of this
     * view's work (a software renderer rasterises every canvas drawn in a pulse before showing it). It
     * never skips two frames in a row, so a view that follows a continuous drag still moves.
     */
    public void yieldNextFrame() {
        yieldNext = !yielded;
        timer.start();
    }

    /** One pulse's frame at {@code now} (nanoseconds); the timer calls it, and tests do. */
    public void frame(long now) {
        if (yieldNext) {
            yieldNext = false;
            yielded = true;
            return;
        }
        yielded = false;
        double seconds = last == 0 ? 1 / 60.0 : Math.min(0.1, (now - last) / 1e9);
        last = now;
        boolean busy = step.step(now, seconds);
        boolean moved = busy || unpainted;
        if (dirty || moved && !paintedLast) {
            dirty = false;
            unpainted = false;
            paintedLast = true;
            paint.run();
        } else {
            unpainted = moved;
            paintedLast = false;
        }
        if (!busy && !unpainted) {
            last = 0;
            timer.stop();
        }
    }
}
