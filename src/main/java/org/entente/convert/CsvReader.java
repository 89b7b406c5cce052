package org.entente.convert;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 defines them: a field in double quotes may hold commas, line
 * breaks and doubled quotes. Each record keeps the line it starts on, so that a problem points to it. The
 * reading is one pass over the characters; a record longer than its limit is skipped (read to its end but not
 * kept), so a hostile file cannot fill the heap. Lenient where it does not mislead: a quote inside an unquoted
 * field, or text after a closing quote, is kept as it stands; a line ends with LF, CRLF or CR.
 */
final class CsvReader {
    /** A record: its first line and its fields, or why it cannot be read ({@code problem} not null). */
    record Row(long line, List<String> fields, String problem) {
    }

    private static final int END = -1;

    private final Reader in;
    private final int longestRecord;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int filled;
    private long line = 1;
    private boolean started;

    CsvReader(Reader in, int longestRecord) {
        this.in = in;
        this.longestRecord = longestRecord;
    }

    private int read() throws IOException {
        if (position == filled) {
            filled = in.read(buffer, 0, buffer.length);
            position = 0;
            if (filled <= 0) {
                filled = 0;
                return END;
            }
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        int c = read();
        if (c != END) {
            position--;
        }
        return c;
    }

    /** The next record, or null at the end of the input. Blank lines are not records. */
    Row next() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
            }
        }
        int c;
        while ((c = peek()) == '\n' || c == '\r') {
            endOfLine(read());
        }
        if (c == END) {
            return null;
        }
        long first = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        long length = 0;
        boolean quoted = false;
        boolean atFieldStart = true;
        while (true) {
            c = read();
            if (c == END) {
                if (quoted) {
                    return new Row(first, List.of(), "a quoted field opened on this line is never closed;"
                            + " the rest of the file was skipped");
                }
                break;
            }
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        length = append(field, '"', length);
                    } else {
                        quoted = false;
                    }
                } else {
                    length = append(field, (char) c, length);
                    if (c == '\r' && peek() == '\n') {
                        length = append(field, (char) read(), length);
                    }
                    if (c == '\n' || c == '\r') {
                        line++;
                    }
                }
            } else if (c == ',') {
                if (++length <= longestRecord) {
                    fields.add(field.toString());
                }
                field.setLength(0);
                atFieldStart = true;
                continue;
            } else if (c == '\n' || c == '\r') {
                endOfLine(c);
                break;
            } else if (c == '"' && atFieldStart) {
                quoted = true;
            } else {
                length = append(field, (char) c, length);
            }
            atFieldStart = false;
        }
        fields.add(field.toString());
        if (length > longestRecord) {
            return new Row(first, List.of(), "the record is " + length + " characters long, more than the "
                    + longestRecord + " a record may have; it was skipped");
        }
        return new Row(first, fields, null);
    }

    /** Counts a line break, taking CRLF as one. */
    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    /** Appends while the record is within its limit; past it only counts, so the record can be skipped whole. */
    private long append(StringBuilder field, char c, long length) {
        if (length < longestRecord) {
            field.append(c);
        }
        return length + 1;
    }
}
