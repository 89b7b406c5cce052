package org.entente.timeline;

import javafx.animation.AnimationTimer;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;

/**
 * Moves the view state's window to a target with a short ease-out. A new target, or any direct change
 * such as a drag, takes over from wherever the animation is, so motion can always be interrupted.
 * Interpolation runs on the window's centre and on the logarithm of its span, so that zooming through
 * many orders of magnitude looks even.
 */
final class WindowAnimator {
    static final double DURATION_NANOS = 220e6;

    private final ViewState state;
    private final AnimationTimer timer;
    private TimeWindow from;
    private TimeWindow to;
    private long startedAt;
    private boolean running;
    private boolean settingWindow;

    WindowAnimator(ViewState state) {
        this.state = state;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                step(now);
            }
        };
    }

    /** Told of every change of the window: one the animation did not make itself takes over from it. */
    void windowChanged() {
        if (!settingWindow) {
            stop();
        }
    }

    void animateTo(TimeWindow target) {
        from = state.getWindow();
        to = target;
        startedAt = System.nanoTime();
        if (!running) {
            running = true;
            timer.start();
        }
    }

    /** The window the animation is heading for, or the current window when idle. */
    TimeWindow target() {
        return running ? to : state.getWindow();
    }

    boolean isRunning() {
        return running;
    }

    void stop() {
        if (running) {
            running = false;
            timer.stop();
        }
    }

    private void step(long now) {
        double t = Math.min(1, (now - startedAt) / DURATION_NANOS);
        double eased = 1 - Math.pow(1 - t, 3);
        settingWindow = true;
        try {
            state.setWindow(t >= 1 ? to : interpolate(from, to, eased));
        } finally {
            settingWindow = false;
        }
        if (t >= 1) {
            stop();
        }
    }

    static TimeWindow interpolate(TimeWindow a, TimeWindow b, double t) {
        double centerA = a.start() / 2.0 + a.end() / 2.0;
        double centerB = b.start() / 2.0 + b.end() / 2.0;
        double span = Math.exp(Math.log(a.span()) * (1 - t) + Math.log(b.span()) * t);
        double center = centerA + (centerB - centerA) * t;
        long start = Math.round(center - span / 2);
        return new TimeWindow(start, start + Math.max(TimeWindow.MIN_SPAN, Math.round(span)));
    }
}
