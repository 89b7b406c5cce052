package org.entente.bytes;

import java.util.Arrays;

/**
 * Values worked out from runs of bytes, found again by the bytes alone: an export repeats the same few
 * thousand actor blocks, codes, days and places in millions of rows, a store's window the same details and
 * dates in thousands, and each is worth reading once. It
 * holds at most {@code limit} entries and starts over when full, so a file of endlessly new values costs
 * time, not memory. Values must be what the bytes alone make, so that forgetting one changes nothing.
 */
public final class ByteKeyedCache<V> {
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private final int limit;
    private byte[][] keys = new byte[64][];
    private Object[] values = new Object[64];
    private int[] hashes = new int[64];
    private int size;

    public ByteKeyedCache(int limit) {
        this.limit = limit;
    }

    /** The value kept for the bytes from {@code from} to {@code to}, or null. */
    @SuppressWarnings("unchecked")
    public V get(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        int mask = keys.length - 1;
        for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && Arrays.equals(keys[slot], 0, keys[slot].length, bytes, from, to)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** Keeps {@code value} for a copy of the bytes, which are not kept yet. */
    public void put(byte[] bytes, int from, int to, V value) {
        if (size == limit) {
            clear();
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(Arrays.copyOfRange(bytes, from, to), hash(bytes, from, to), value);
        size++;
    }

    private void insert(byte[] key, int hash, Object value) {
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new byte[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }

    private void clear() {
        keys = new byte[64][];
        values = new Object[64];
        hashes = new int[64];
        size = 0;
    }

    /** Eight bytes at a time: a key is hashed on every row, and most keys are tens of bytes long. */
    private static int hash(byte[] bytes, int from, int to) {
        long hash = to - from;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            hash = (hash ^ ByteWords.word(bytes, i)) * MIX;
            hash ^= hash >>> 29;
        }
        for (; i < to; i++) {
            hash = (hash ^ bytes[i]) * MIX;
        }
        return (int) (hash ^ (hash >>> 32));
    }
}
