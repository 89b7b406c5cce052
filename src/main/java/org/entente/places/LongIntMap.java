package org.entente.places;

import java.util.Arrays;

/**
 * A map from non-negative longs to ints by open addressing with linear probing: the map's cells and flows
 * change on every scrub step, and a boxed map would allocate on each change. Removal shifts the entries
 * after the hole back instead of leaving a tombstone, so a map that fills and empties all day never
 * degrades.
 */
final class LongIntMap {
    /** What {@link #get(long)} returns for a key the map does not hold. */
    static final int ABSENT = -1;
    private static final long FREE = -1;
    private static final int MIN_CAPACITY = 16;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;
    private int shift;

    LongIntMap() {
        allocate(MIN_CAPACITY);
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, FREE);
        values = new int[capacity];
        mask = capacity - 1;
        shift = Long.SIZE - Integer.numberOfTrailingZeros(capacity);
    }

    int size() {
        return size;
    }

    int get(long key) {
        for (int i = slot(key); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == FREE) {
                return ABSENT;
            }
        }
    }

    void put(long key, int value) {
        if (key < 0) {
            throw new IllegalArgumentException("negative key " + key);
        }
        int i = slot(key);
        while (keys[i] != FREE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] != FREE) {
            values[i] = value;
            return;
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    void remove(long key) {
        int hole = slot(key);
        while (keys[hole] != key) {
            if (keys[hole] == FREE) {
                return;
            }
            hole = (hole + 1) & mask;
        }
        size--;
        // Moves back each later entry of the run that the hole would cut off from its home slot.
        for (int i = (hole + 1) & mask; keys[i] != FREE; i = (i + 1) & mask) {
            int home = slot(keys[i]);
            if (((i - home) & mask) >= ((i - hole) & mask)) {
                keys[hole] = keys[i];
                values[hole] = values[i];
                hole = i;
            }
        }
        keys[hole] = FREE;
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(keys, FREE);
            size = 0;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    /** Fibonacci hashing: the top bits of the key times the golden ratio spread neighbouring cells apart. */
    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
