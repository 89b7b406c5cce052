package org.entente.timeline;

import java.util.List;
import org.entente.lanes.LaneGeometry;
import org.entente.lanes.LaneMode;
import org.entente.lanes.Lanes;
import org.entente.model.Dataset;
import org.entente.query.Comparison;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.strata.ColorMode;
import org.entente.time.Precision;
import org.entente.timescale.TimeScale;

/**
 * Everything one frame depends on. The painter reads only this, so a frame can be prepared and measured
 * away from the skin.
 *
 * @param hovered  the dataset position of the event under the pointer, or -1
 * @param focused  the dataset position of the event with the keyboard focus ring, or -1
 * @param finest   the finest precision of the dataset's dates, which the axis does not go past
 * @param selected the selection's events in each lane, for lanes drawn as density
 * @param graphWindow the stretch of time the actor graph shows, or null when there is no graph
 * @param comparison  the two periods being compared, or null
 * @param store       what is drawn of a store, or null for a dataset in memory
 */
record TimelineFrame(double width, double height, Lanes lanes, LaneGeometry geometry, double scrollY,
                     TimeWindow window, long cursor, Dataset dataset, Selection selection, int hovered,
                     int focused, ColorMode colorMode, TimelinePalette palette, TimeWindow overviewExtent,
                     Precision finest, LaneSelection selected, TimeWindow graphWindow,
                     Comparison comparison, StoreFrame store, List<NotesLayer.Mark> notes) {

    static final double AXIS_HEIGHT = 46;
    static final double OVERVIEW_HEIGHT = 44;
    static final double HEADER_WIDTH = 170;

    double headerWidth() {
        return lanes.mode() == LaneMode.NONE || drawsCounts() ? 0 : HEADER_WIDTH;
    }

    /** Whether the window is drawn from a store's counts, its events being too many to hold. */
    boolean drawsCounts() {
        return store != null && !store.recordsHeld();
    }

    double bodyTop() {
        return AXIS_HEIGHT;
    }

    double bodyHeight() {
        return Math.max(0, height - AXIS_HEIGHT - OVERVIEW_HEIGHT);
    }

    double overviewTop() {
        return height - OVERVIEW_HEIGHT;
    }

    TimeScale scale() {
        return new TimeScale(window.start(), window.end(), Math.max(1, width - headerWidth()));
    }

    /** The x of an instant on the canvas, past the lane headers. */
    double x(TimeScale scale, long t) {
        return headerWidth() + scale.x(t);
    }
}
