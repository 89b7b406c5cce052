package org.entente.places;

import org.entente.index.SpanSort;

/**
 * Events filed under long keys and sorted by them, so that the events under a run of keys are found by
 * binary search: those of a country, or (by Morton code) those of any cell of any level. Built once with
 * the places; a click asks it for what lies under the pointer, and pays for that cell's events only.
 */
final class KeyedEvents {
    private final long[] keys;
    private final int[] events;

    /** Files {@code events[i]} under {@code keys[i]} for the first {@code n} entries; equal keys keep their order. */
    KeyedEvents(long[] unsortedKeys, int[] unsortedEvents, int n) {
        int[] order = SpanSort.byStart(unsortedKeys, n);
        keys = new long[n];
        events = new int[n];
        for (int i = 0; i < n; i++) {
            keys[i] = unsortedKeys[order[i]];
            events[i] = unsortedEvents[order[i]];
        }
    }

    /** The first position whose key is at least {@code key}; {@link #size()} when none is. */
    int first(long key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int size() {
        return keys.length;
    }

    int eventAt(int position) {
        return events[position];
    }
}
