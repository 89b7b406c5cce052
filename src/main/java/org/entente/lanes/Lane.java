package org.entente.lanes;

import org.entente.index.TimeIndex;

/** One horizontal band of the timeline: a label and the index of the events it shows. */
public record Lane(String key, String label, TimeIndex index) {
    public int size() {
        return index.size();
    }
}
