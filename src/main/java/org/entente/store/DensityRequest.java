package org.entente.store;

import org.entente.lanes.LaneMode;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.strata.ColorMode;

/**
 * How many events overlap each of {@code bins} equal bins dividing a window, split by the groups of a
 * colouring: for every event the filter passes, or for one lane of the timeline's grouping ({@code lane}
 * is a {@link LaneRow#key()}; it is ignored when {@code lanes} is {@link LaneMode#NONE}).
 */
public record DensityRequest(Filter filter, TimeWindow window, int bins, LaneMode lanes, String lane, ColorMode colors) {
    public DensityRequest {
        if (bins < 1) {
            throw new IllegalArgumentException("a density needs at least one bin, not " + bins);
        }
    }

    /** The density of every event the filter passes. */
    public static DensityRequest all(Filter filter, TimeWindow window, int bins, ColorMode colors) {
        return new DensityRequest(filter, window, bins, LaneMode.NONE, null, colors);
    }
}
