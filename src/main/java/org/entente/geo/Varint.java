package org.entente.geo;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Unsigned LEB128 integers (seven bits a byte, low bits first, the high bit saying "more follows") and
 * ZigZag for signed ones (0, −1, 1, −2… as 0, 1, 2, 3…), so that the small steps between neighbouring
 * points take one or two bytes.
 */
final class Varint {
    /** Longer than this, a number is not one this format writes: the input is damaged. */
    private static final int MAX_BYTES = 10;

    private Varint() {
    }

    static void write(long value, OutputStream out) throws IOException {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    static void writeSigned(long value, OutputStream out) throws IOException {
        write((value << 1) ^ (value >> 63), out);
    }

    static long read(InputStream in) throws IOException {
        long value = 0;
        for (int i = 0; i < MAX_BYTES; i++) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the atlas ends in the middle of a number");
            }
            value |= (long) (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("damaged atlas: a number longer than " + MAX_BYTES + " bytes");
    }

    static long readSigned(InputStream in) throws IOException {
        long zigzag = read(in);
        return (zigzag >>> 1) ^ -(zigzag & 1);
    }
}
