package org.entente.store;

import java.util.Arrays;

/**
 * Pairs of actors (two actor numbers) and their counts in a window: events, tones' sum and count, weak events,
 * in parallel arrays by open addressing. A scrub step copies the counts of the last window and moves them; a
 * year of a million events holds some 60,000 pairs, whose copy in a map of boxed keys and records took 10 to
 * 40 ms of a step, and in arrays takes one. A pair left with no events is removed, so that only the window's
 * pairs are held. The tones' sum is a double that steps add to and take from, exact to far below the nine
 * places a mean tone is shown to.
 */
final class PairCounts {
    private static final long EMPTY = -1L;

    private long[] keys;
    private int[] events;
    private double[] toneSums;
    private int[] tones;
    private int[] weak;
    private int size;

    PairCounts() {
        this(16);
    }

    private PairCounts(int capacity) {
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        events = new int[capacity];
        toneSums = new double[capacity];
        tones = new int[capacity];
        weak = new int[capacity];
    }

    private PairCounts(PairCounts other) {
        keys = other.keys.clone();
        events = other.events.clone();
        toneSums = other.toneSums.clone();
        tones = other.tones.clone();
        weak = other.weak.clone();
        size = other.size;
    }

    PairCounts copy() {
        return new PairCounts(this);
    }

    int size() {
        return size;
    }

    /** Adds {@code sign} times a strip's counts to a pair's, removing the pair when it is left with no events. */
    void add(int x, int y, int sign, int moreEvents, double toneSum, int moreTones, int moreWeak) {
        if (size * 2 >= keys.length) {
            grow();
        }
        long key = key(x, y);
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        events[slot] += sign * moreEvents;
        toneSums[slot] += sign * toneSum;
        tones[slot] += sign * moreTones;
        weak[slot] += sign * moreWeak;
        if (events[slot] == 0) {
            remove(slot);
        }
    }

    /** Calls {@code each} with every pair held, in no order. */
    void forEach(Each each) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                each.pair((int) (keys[slot] >>> 32), (int) keys[slot], events[slot], toneSums[slot], tones[slot],
                        weak[slot]);
            }
        }
    }

    /** The events of each pair held, in no order. */
    int[] events() {
        int[] all = new int[size];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                all[n++] = events[slot];
            }
        }
        return all;
    }

    interface Each {
        void pair(int x, int y, int events, double toneSum, int tones, int weak);
    }

    /** The slot holding the key, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * Empties a slot and moves back the keys after it that probing would no longer reach (deletion by backward
     * shift: no tombstones, so that a long scrub leaves the table no slower).
     */
    private void remove(int slot) {
        int mask = keys.length - 1;
        int hole = slot;
        int next = (hole + 1) & mask;
        while (keys[next] != EMPTY) {
            int home = hash(keys[next]) & mask;
            // The key at next may fill the hole if its home does not lie cyclically in (hole, next].
            boolean reachable = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!reachable) {
                move(next, hole);
                hole = next;
            }
            next = (next + 1) & mask;
        }
        keys[hole] = EMPTY;
        events[hole] = 0;
        toneSums[hole] = 0;
        tones[hole] = 0;
        weak[hole] = 0;
        size--;
    }

    private void move(int from, int to) {
        keys[to] = keys[from];
        events[to] = events[from];
        toneSums[to] = toneSums[from];
        tones[to] = tones[from];
        weak[to] = weak[from];
    }

    private void grow() {
        PairCounts bigger = new PairCounts(keys.length * 2);
        forEach(bigger::put);
        keys = bigger.keys;
        events = bigger.events;
        toneSums = bigger.toneSums;
        tones = bigger.tones;
        weak = bigger.weak;
    }

    private void put(int x, int y, int someEvents, double toneSum, int someTones, int someWeak) {
        int slot = slot(key(x, y));
        keys[slot] = key(x, y);
        events[slot] = someEvents;
        toneSums[slot] = toneSum;
        tones[slot] = someTones;
        weak[slot] = someWeak;
        size++;
    }

    private static long key(int x, int y) {
        return ((long) x << 32) | (y & 0xFFFFFFFFL);
    }

    /** Actor numbers in sequence would fill runs of slots: their bits are mixed first. */
    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
