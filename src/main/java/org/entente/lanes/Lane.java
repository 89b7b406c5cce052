package org.entente.lanes;

import java.util.List;
import org.entente.index.TimeIndex;

/**
 * One horizontal band of the timeline: a label, the index of the events it shows, and one index per
 * group of the {@link org.entente.strata.Strata}, so that its density stacks by colour at the cost of
 * what is on screen.
 */
public record Lane(String key, String label, TimeIndex index, List<TimeIndex> groups) {
    public int size() {
        return index.size();
    }
}
