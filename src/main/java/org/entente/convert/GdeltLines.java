package org.entente.convert;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.entente.bytes.ByteWords;

/**
 * The lines of a GDELT export as bytes, ended as {@link java.io.BufferedReader#readLine} ends them (LF, CR or
 * CRLF), so that a row's fields can be split and read where they lie instead of decoding the whole line into
 * a String and splitting it into sixty-one more. A line is held whole, as readLine holds it.
 */
final class GdeltLines {
    private static final byte LF = '\n';
    private static final byte CR = '\r';

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    /** The unread bytes are {@code [position, filled)}. */
    private int position;
    private int filled;
    private int start;
    private int end;
    /** A CR ended the last line: an LF right after it belongs to that ending. */
    private boolean skipLineFeed;

    GdeltLines(InputStream in) {
        this.in = in;
    }

    /** Reads the next line into {@link #bytes()} from {@link #start()} to {@link #end()}; false at the end of the input. */
    boolean next() throws IOException {
        if (skipLineFeed) {
            skipLineFeed = false;
            if ((position < filled || fill(position)) && buffer[position] == '\n') {
                position++;
            }
        }
        int scan = position;
        while (true) {
            if (scan == filled) {
                int scanned = scan - position;
                if (!fill(position)) {
                    if (scanned == 0) {
                        return false;
                    }
                    start = position;
                    end = filled;
                    position = filled;
                    return true;
                }
                scan = position + scanned;
            }
            int found = lineEnd(scan);
            if (found < filled) {
                start = position;
                end = found;
                position = found + 1;
                skipLineFeed = buffer[found] == '\r';
                return true;
            }
            scan = filled;
        }
    }

    /** The first LF or CR from {@code from} on, or {@link #filled} when there is none before it. */
    private int lineEnd(int from) {
        int i = from;
        for (; i + Long.BYTES <= filled; i += Long.BYTES) {
            long word = ByteWords.word(buffer, i);
            long ends = ByteWords.candidates(word, LF) | ByteWords.candidates(word, CR);
            if (ends != 0) {
                return ByteWords.first(i, ends);
            }
        }
        for (; i < filled; i++) {
            if (buffer[i] == LF || buffer[i] == CR) {
                return i;
            }
        }
        return filled;
    }

    /**
     * Reads more bytes after those from {@code keep} on, which move to the front of the buffer (it grows when
     * they fill it); false at the end of the input.
     */
    private boolean fill(int keep) throws IOException {
        int kept = filled - keep;
        if (keep > 0) {
            System.arraycopy(buffer, keep, buffer, 0, kept);
        } else if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        position = 0;
        filled = kept;
        int read = in.read(buffer, filled, buffer.length - filled);
        while (read == 0) {
            read = in.read(buffer, filled, buffer.length - filled);
        }
        if (read < 0) {
            return false;
        }
        filled += read;
        return true;
    }

    byte[] bytes() {
        return buffer;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }
}
