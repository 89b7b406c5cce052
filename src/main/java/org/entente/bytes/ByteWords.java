package org.entente.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Bytes read eight at a time, for the loops that look at every byte of an export: finding line ends and
 * tabs, hashing keys. Byte {@code k} of a word is the byte at {@code i + k}.
 */
public final class ByteWords {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    public static final long HIGH_BITS = 0x8080808080808080L;

    private ByteWords() {
    }

    /** The eight bytes from {@code i} on. */
    public static long word(byte[] bytes, int i) {
        return (long) LONGS.get(bytes, i);
    }

    /**
     * The high bit of each byte of {@code word} that may equal {@code b}. The lowest bit set marks the first
     * byte that does; a higher one may be false (a byte of 0x01 above a match, after the borrow), so a
     * caller checks any but the lowest.
     */
    public static long candidates(long word, byte b) {
        long differences = word ^ (ONES * (b & 0xff));
        return (differences - ONES) & ~differences & HIGH_BITS;
    }

    /** The index of the byte whose high bit is the lowest set in {@code candidates}, from the word at {@code i}. */
    public static int first(int i, long candidates) {
        return i + (Long.numberOfTrailingZeros(candidates) >>> 3);
    }
}
