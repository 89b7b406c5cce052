package org.entente.convert;

import java.nio.charset.StandardCharsets;
import org.entente.bytes.ByteWords;

/**
 * The tab-separated fields of one line, as ranges of its UTF-8 bytes: a field becomes a String only when it
 * is read, and a plain number is read straight from its bytes. What a field reads as is exactly what
 * splitting the decoded line on tabs gives; the fast paths only skip work, so anything they do not take
 * (blanks around a value, "NA", text outside ASCII) goes through {@link GdeltFields} as before.
 */
final class TabFields {
    /** Powers of ten a double holds exactly, so that a short decimal divided by one is rounded as parseDouble rounds it. */
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
            1e13, 1e14, 1e15};
    /** Digits below 2^53, so that the number they make is an exact double. */
    private static final int MOST_EXACT_DIGITS = 15;
    private static final byte TAB = '\t';

    private final int[] starts;
    private final int[] ends;
    private byte[] line;
    private int lineStart;
    private int lineEnd;
    private int count;
    private int fieldStart;
    private boolean ascii;

    /** Keeps the bounds of the first {@code columns} fields; later ones are only counted. */
    TabFields(int columns) {
        starts = new int[columns];
        ends = new int[columns];
    }

    /** Splits the bytes from {@code start} to {@code end} of {@code line}, which stay this row's until the next split. */
    void split(byte[] line, int start, int end) {
        this.line = line;
        this.lineStart = start;
        this.lineEnd = end;
        count = 0;
        fieldStart = start;
        long seen = 0;
        int i = start;
        for (; i + Long.BYTES <= end; i += Long.BYTES) {
            long word = ByteWords.word(line, i);
            seen |= word;
            for (long tabs = ByteWords.candidates(word, TAB); tabs != 0; tabs &= tabs - 1) {
                int at = ByteWords.first(i, tabs);
                if (line[at] == TAB) {
                    endField(at);
                }
            }
        }
        for (; i < end; i++) {
            seen |= line[i];
            if (line[i] == TAB) {
                endField(i);
            }
        }
        endField(end);
        ascii = (seen & ByteWords.HIGH_BITS) == 0;
    }

    private void endField(int at) {
        if (count < starts.length) {
            starts[count] = fieldStart;
            ends[count] = at;
        }
        count++;
        fieldStart = at + 1;
    }

    /** How many fields the line has, as many as it has tabs and one. */
    int count() {
        return count;
    }

    /** Whether the line holds nothing but white space, as {@link String#isBlank} tells. */
    boolean isBlank() {
        if (!ascii) {
            return new String(line, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8).isBlank();
        }
        for (int i = lineStart; i < lineEnd; i++) {
            if (!Character.isWhitespace(line[i])) {
                return false;
            }
        }
        return true;
    }

    /** The field as written. */
    String raw(int column) {
        return new String(line, starts[column], ends[column] - starts[column], StandardCharsets.UTF_8);
    }

    /** The field as {@link GdeltFields#text} reads it. */
    String text(int column) {
        if (isPlain(column)) {
            return new String(line, starts[column], ends[column] - starts[column], StandardCharsets.ISO_8859_1);
        }
        return GdeltFields.text(raw(column));
    }

    /** Whether the field is ASCII text, not empty, without blanks around it and not "NA": it reads as its bytes. */
    boolean isPlain(int column) {
        int start = starts[column];
        int end = ends[column];
        if (!ascii || start == end || Character.isWhitespace(line[start]) || Character.isWhitespace(line[end - 1])) {
            return false;
        }
        return !(end - start == 2 && line[start] == 'N' && line[start + 1] == 'A');
    }

    /**
     * The field's value when it is one to eighteen digits alone, as {@link GdeltFields#count} reads them; -1
     * for anything else, which the caller reads as text.
     */
    long plainCount(int column) {
        int start = starts[column];
        int end = ends[column];
        if (end == start || end - start > 18) {
            return -1;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = line[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /**
     * The field's value when it is a short decimal alone (a sign, at most fifteen digits, one point), read as
     * {@link Double#parseDouble} reads it; NaN for anything else, which the caller reads as text.
     */
    double plainDecimal(int column) {
        int i = starts[column];
        int end = ends[column];
        boolean negative = i < end && line[i] == '-';
        if (i < end && (line[i] == '-' || line[i] == '+')) {
            i++;
        }
        long digits = 0;
        int count = 0;
        int point = -1;
        for (; i < end; i++) {
            byte b = line[i];
            if (b >= '0' && b <= '9') {
                digits = digits * 10 + (b - '0');
                count++;
            } else if (b == '.' && point < 0) {
                point = count;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > MOST_EXACT_DIGITS) {
            return Double.NaN;
        }
        double value = digits / POWERS_OF_TEN[point < 0 ? 0 : count - point];
        return negative ? -value : value;
    }

    byte[] line() {
        return line;
    }

    int start(int column) {
        return starts[column];
    }

    int end(int column) {
        return ends[column];
    }
}
