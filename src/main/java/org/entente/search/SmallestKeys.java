package org.entente.search;

import java.util.Arrays;

/** Keeps the {@code limit} smallest of the keys offered, with a bounded max-heap, for a ranked top of many matches. */
final class SmallestKeys {
    private final long[] heap;
    private int size;

    SmallestKeys(int limit) {
        heap = new long[limit];
    }

    void offer(long key) {
        if (size < heap.length) {
            heap[size] = key;
            siftUp(size++);
        } else if (heap.length > 0 && key < heap[0]) {
            heap[0] = key;
            siftDown();
        }
    }

    /** The kept keys, smallest first. */
    long[] sorted() {
        long[] kept = Arrays.copyOf(heap, size);
        Arrays.sort(kept);
        return kept;
    }

    private void siftUp(int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heap[parent] >= heap[at]) {
                return;
            }
            swap(parent, at);
            at = parent;
        }
    }

    private void siftDown() {
        int at = 0;
        while (true) {
            int largest = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < size && heap[left] > heap[largest]) {
                largest = left;
            }
            if (right < size && heap[right] > heap[largest]) {
                largest = right;
            }
            if (largest == at) {
                return;
            }
            swap(at, largest);
            at = largest;
        }
    }

    private void swap(int a, int b) {
        long held = heap[a];
        heap[a] = heap[b];
        heap[b] = held;
    }
}
