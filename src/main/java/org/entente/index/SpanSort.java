package org.entente.index;

import java.util.Arrays;

/**
 * Orders event positions by start time with a stable LSD radix sort on the raw longs: a million spans
 * sort in tens of milliseconds without boxing, and events that start together keep their file order.
 */
public final class SpanSort {
    private static final int BITS = 16;
    private static final int BUCKETS = 1 << BITS;

    private SpanSort() {
    }

    /** Below this size a merge sort beats the radix sort's fixed cost of its bucket table. */
    private static final int RADIX_THRESHOLD = 1 << 15;

    public static int[] byStart(long[] keys, int n) {
        if (n < RADIX_THRESHOLD) {
            return mergeSorted(keys, n);
        }
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

    private static int[] mergeSorted(long[] keys, int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] scratch = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    scratch[k++] = keys[order[j]] < keys[order[i]] ? order[j++] : order[i++];
                }
                while (i < mid) {
                    scratch[k++] = order[i++];
                }
                while (j < hi) {
                    scratch[k++] = order[j++];
                }
            }
            int[] swap = order;
            order = scratch;
            scratch = swap;
        }
        return order;
    }
}
