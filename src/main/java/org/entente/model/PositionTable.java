package org.entente.model;

import java.util.List;
import java.util.function.Function;

/**
 * Finds a record's position in a list by its id with an open-addressing table of positions: a few bytes
 * per record where a map of boxed positions would cost some sixty, which matters at a million events.
 * The first record with an id wins, as in the file.
 */
final class PositionTable<T> {
    private final List<T> records;
    private final Function<T, String> id;
    private final int[] slots;

    PositionTable(List<T> records, Function<T, String> id) {
        this.records = records;
        this.id = id;
        int capacity = Integer.highestOneBit(Math.max(4, records.size() * 2 - 1)) << 1;
        this.slots = new int[capacity];
        for (int position = 0; position < records.size(); position++) {
            String key = id.apply(records.get(position));
            int slot = find(key);
            if (slots[slot] == 0) {
                slots[slot] = position + 1;
            }
        }
    }

    /** The slot that holds this id, or the empty slot where it would go. */
    private int find(String key) {
        int mask = slots.length - 1;
        int hash = key.hashCode();
        for (int slot = (hash ^ (hash >>> 16)) & mask; ; slot = (slot + 1) & mask) {
            int held = slots[slot];
            if (held == 0 || id.apply(records.get(held - 1)).equals(key)) {
                return slot;
            }
        }
    }

    /** The position of the first record with this id, or -1. */
    int position(String key) {
        return slots[find(key)] - 1;
    }
}
