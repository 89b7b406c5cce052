package org.entente.timeline;

import javafx.animation.AnimationTimer;
import org.entente.index.TimeIndex;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;

/**
 * Play: moves the cursor through time at the chosen speed, turning the window page by page to keep the
 * cursor in view, and stops at the last event. The skin starts and stops it as the view's
 * {@code playing} property says, and stops it for good when it is disposed.
 */
final class Player {
    private final TimelineView view;
    private final AnimationTimer timer;
    private long last;

    Player(TimelineView view) {
        this.view = view;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                advance(now);
            }
        };
    }

    void start() {
        last = 0;
        timer.start();
    }

    void stop() {
        timer.stop();
    }

    private void advance(long now) {
        if (last == 0) {
            last = now;
            return;
        }
        ViewState state = view.getViewState();
        if (state.getDataset() == null) {
            view.setPlaying(false);
            return;
        }
        double seconds = (now - last) / 1e9;
        last = now;
        long end = end(state);
        long next = state.getCursor() + Math.round(view.getPlaySpeed().millisPerSecond() * seconds);
        if (next >= end) {
            next = end - 1;
            view.setPlaying(false);
        }
        state.setCursor(next);
        TimeWindow window = state.getWindow();
        if (!window.contains(next)) {
            long lead = window.span() / 5;
            state.setWindow(new TimeWindow(next - lead, next - lead + window.span()));
        }
    }

    /** Where playing stops: the end of the last event, of the whole store when one is shown, not of its records held. */
    private static long end(ViewState state) {
        if (state.getStore() != null) {
            return state.getStore().extent().maxEnd();
        }
        TimeIndex time = state.getDataset().time();
        return time.isEmpty() ? state.getCursor() + 1 : time.maxEnd();
    }
}
