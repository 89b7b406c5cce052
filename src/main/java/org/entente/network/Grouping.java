package org.entente.network;

import java.util.Arrays;
import org.entente.index.IntList;

/**
 * Items filed under int keys in two flat arrays (compressed sparse rows): the items of key {@code k} sit
 * at slots {@code [start(k), end(k))}, in the order they were filed. Boxed lists per key would cost an
 * object per pair of actors.
 */
public final class Grouping {
    private final int[] starts;
    private final int[] items;

    private Grouping(int[] starts, int[] items) {
        this.starts = starts;
        this.items = items;
    }

    /**
     * Files items under their keys: item {@code i} owns the keys at {@code keys[keyStarts[i] .. keyStarts[i + 1])},
     * and items are filed in the given order, so each key's items keep that order.
     */
    static Grouping of(int keyCount, IntList keys, int[] keyStarts, int[] order) {
        int[] starts = new int[keyCount + 1];
        for (int slot = 0; slot < keys.size(); slot++) {
            starts[keys.get(slot) + 1]++;
        }
        for (int k = 0; k < keyCount; k++) {
            starts[k + 1] += starts[k];
        }
        int[] next = Arrays.copyOf(starts, keyCount);
        int[] items = new int[keys.size()];
        for (int item : order) {
            for (int slot = keyStarts[item]; slot < keyStarts[item + 1]; slot++) {
                items[next[keys.get(slot)]++] = item;
            }
        }
        return new Grouping(starts, items);
    }

    int start(int key) {
        return starts[key];
    }

    int end(int key) {
        return starts[key + 1];
    }

    int itemAt(int slot) {
        return items[slot];
    }
}
