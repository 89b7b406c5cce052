package org.entente.timeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.index.IndexedDataset;
import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.model.Dataset;
import org.entente.lanes.Lane;
import org.entente.lanes.Lanes;
import org.entente.model.Event;
import org.entente.state.Selection;
import org.entente.timescale.SelectionExtent;

/**
 * The events of the selection that each lane shows, with a time index per lane, so that a lane drawn as
 * density can draw the selection over it at the cost of what is on screen. Finding them scans the
 * dataset once, when the selection or the lanes change, never per frame.
 *
 * @param byLane the selection's events in each lane that has any, by lane key
 */
record LaneSelection(Selection selection, Lanes lanes, Map<String, TimeIndex> byLane) {
    public static final LaneSelection NONE = new LaneSelection(Selection.NOTHING, null, Map.of());

    public static LaneSelection of(IndexedDataset data, Lanes lanes, Selection selection) {
        if (selection instanceof Selection.Nothing) {
            return new LaneSelection(selection, lanes, Map.of());
        }
        Dataset dataset = data.dataset();
        List<Event> events = dataset.events();
        Map<String, IntList> positions = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (int position = 0; position < events.size(); position++) {
            Event event = events.get(position);
            if (!SelectionExtent.shows(selection, event)
                    || !(lanes.filter().isEmpty() || lanes.filter().matches(event, dataset))) {
                continue;
            }
            keys.clear();
            Lanes.keysOf(event, lanes.mode(), keys);
            for (String key : keys) {
                positions.computeIfAbsent(key, unused -> new IntList(16)).add(position);
            }
        }
        Map<String, TimeIndex> byLane = new HashMap<>();
        positions.forEach((key, list) -> byLane.put(key, TimeIndex.of(events, list)));
        return new LaneSelection(selection, lanes, Map.copyOf(byLane));
    }

    /** Whether this was found for that selection and those lanes, or is stale. */
    public boolean isFor(Selection other, Lanes otherLanes) {
        return selection.equals(other) && lanes == otherLanes;
    }

    /** The selection's events in a lane, or null when it has none. */
    public TimeIndex in(Lane lane) {
        return byLane.get(lane.key());
    }
}
