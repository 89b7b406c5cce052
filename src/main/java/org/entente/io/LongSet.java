package org.entente.io;

/**
 * A set of longs in one open-addressing array: eight bytes a member where a set of boxed longs costs some fifty.
 * It fills to three quarters before it doubles, so a member costs eleven to twenty-one bytes with the free slots:
 * the loader keeps a hash of every event id of a stream that may hold a hundred million.
 */
public final class LongSet {
    private static final long EMPTY = 0;

    private long[] slots = new long[64];
    private boolean hasEmptyValue;
    private int size;

    /** Adds {@code value}; true when it was not there yet. */
    public boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !hasEmptyValue;
            hasEmptyValue = true;
            size += added ? 1 : 0;
            return added;
        }
        int mask = slots.length - 1;
        for (int slot = spread(value) & mask; ; slot = (slot + 1) & mask) {
            if (slots[slot] == value) {
                return false;
            }
            if (slots[slot] == EMPTY) {
                slots[slot] = value;
                size++;
                if (size * 4 > slots.length * 3) {
                    grow();
                }
                return true;
            }
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long value : old) {
            if (value != EMPTY) {
                int slot = spread(value) & mask;
                while (slots[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = value;
            }
        }
    }

    private static int spread(long value) {
        long mixed = value * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }
}
