package org.entente.graph;

import org.entente.index.IndexedDataset;
import org.entente.network.GraphRange;
import org.entente.network.GraphTimeMode;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;

/**
 * The stretch of time a graph view shows, worked out in one place for the graph's own scene and for the
 * window it publishes in the {@link ViewState}, so that what the timeline marks is what the graph draws.
 */
final class GraphTime {
    private GraphTime() {
    }

    /** The range whose events the graph shows, from its time mode and span and the timeline's window and cursor. */
    static GraphRange range(ActorGraphView view) {
        ViewState state = view.getViewState();
        TimeWindow window = state.getWindow();
        return view.getTimeMode().range(window.start(), window.end(), state.getCursor(), view.getSpan());
    }

    /**
     * The range as a window another view can draw, or null without a dataset. "Up to the cursor" reaches
     * back to the beginning of time, where nothing can be drawn, so its window starts at the dataset's
     * first event instead; a window too short to be one is widened to the shortest.
     */
    static TimeWindow window(ActorGraphView view) {
        IndexedDataset dataset = view.getViewState().getDataset();
        if (dataset == null) {
            return null;
        }
        GraphRange range = range(view);
        long from = range.from();
        if (view.getTimeMode() == GraphTimeMode.UP_TO_CURSOR) {
            from = dataset.time().isEmpty() ? range.to() : dataset.time().minStart();
        }
        from = Math.min(from, range.to() - TimeWindow.MIN_SPAN);
        return new TimeWindow(from, range.to());
    }
}
