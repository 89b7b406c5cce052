package org.entente.convert;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by LF, CRLF or CR) and counts them, refusing to hold a line longer than its limit: such a
 * line is read to its end but returned as {@link #TOO_LONG}, so one enormous line cannot fill the heap.
 */
final class LineReader {
    /** Stands for a line past the limit; compare by identity. */
    static final String TOO_LONG = new String("(too long)");

    private final Reader in;
    private final int longest;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int filled;
    private long number;
    private boolean pendingLineFeed;

    LineReader(Reader in, int longest) {
        this.in = in;
        this.longest = longest;
    }

    /** The number of the line last returned, from 1. */
    long number() {
        return number;
    }

    /** The next line without its ending, {@link #TOO_LONG}, or null at the end of the input. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer, 0, buffer.length);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    break;
                }
            }
            char c = buffer[position++];
            if (pendingLineFeed) {
                pendingLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                pendingLineFeed = c == '\r';
                number++;
                return length > longest ? TOO_LONG : line.toString();
            }
            if (length++ < longest) {
                line.append(c);
            }
        }
        if (!any) {
            return null;
        }
        number++;
        return length > longest ? TOO_LONG : line.toString();
    }
}
