package org.entente.index;

import java.util.Arrays;

/**
 * Orders event positions by start time with a stable LSD radix sort on the raw longs: a million spans
 * sort in tens of milliseconds without boxing, and events that start together keep their file order.
 */
final class SpanSort {
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;

    private SpanSort() {
    }

    static int[] byStart(long[] keys, int n) {
        int[] order = new int[n];
        int[] scratch = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n == 0) {
            return order;
        }
        int[] counts = new int[BUCKETS + 1];
        for (int shift = 0; shift < Long.SIZE; shift += BITS) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[digit(keys[i], shift) + 1]++;
            }
            if (counts[digit(keys[0], shift) + 1] == n) {
                continue;
            }
            for (int b = 0; b < BUCKETS; b++) {
                counts[b + 1] += counts[b];
            }
            for (int i = 0; i < n; i++) {
                int position = order[i];
                scratch[counts[digit(keys[position], shift)]++] = position;
            }
            int[] swap = order;
            order = scratch;
            scratch = swap;
        }
        return order;
    }

    /** One 16-bit digit of the key with its sign flipped, so that unsigned digit order is signed order. */
    private static int digit(long key, int shift) {
        return (int) (((key ^ Long.MIN_VALUE) >>> shift) & (BUCKETS - 1));
    }
}
