package org.entente.index;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A growable list of ints that views keep and reuse between frames, so that answering a query
 * allocates nothing once the list has grown to the size of what is on screen.
 */
public final class IntList {
    private int[] values;
    private int size;

    public IntList() {
        this(64);
    }

    public IntList(int capacity) {
        values = new int[Math.max(1, capacity)];
    }

    /** 0, 1, ... up to {@code n} - 1: every row of a table, in order. */
    public static IntList counting(int n) {
        IntList all = new IntList(Math.max(16, n));
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    public void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    public int get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        return values[index];
    }

    public void set(int index, int value) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        values[index] = value;
    }

    /** Drops the last value; the list must not be empty. */
    public void removeLast() {
        if (size == 0) {
            throw new IndexOutOfBoundsException("the list is empty");
        }
        size--;
    }

    /** Removes the values the test accepts, keeping the order of the rest. */
    public void removeIf(IntPredicate test) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!test.test(values[i])) {
                values[kept++] = values[i];
            }
        }
        size = kept;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public void clear() {
        size = 0;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
