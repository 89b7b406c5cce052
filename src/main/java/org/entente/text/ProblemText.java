package org.entente.text;

/**
 * Keeps what a problem says readable whatever the input: on one line (control characters shown as
 * escapes, so a value with a newline cannot split a problem in two) and short (a value quoted from a
 * file is cut to {@link #QUOTED} characters, a whole message to {@link #LONGEST}), so that a file with a
 * megabyte-long field gives a problem one can read, and a log of them stays small.
 */
public final class ProblemText {
    /** The most characters of a value a problem quotes. */
    public static final int QUOTED = 200;
    /** The most characters a problem's message keeps: room for a quoted value and the words around it. */
    public static final int LONGEST = 480;
    private static final int TAIL = 80;

    private ProblemText() {
    }

    /** A value as a problem quotes it: at most {@link #QUOTED} characters, saying how many were left out. */
    public static String quote(String value) {
        if (value.length() <= QUOTED) {
            return value;
        }
        return value.substring(0, QUOTED) + "\u2026 (" + (value.length() - QUOTED) + " more characters)";
    }

    /** A message on one line (control characters escaped first), cut in the middle past {@link #LONGEST} characters. */
    public static String oneLine(String message) {
        String shown = escaped(message);
        if (shown.length() <= LONGEST) {
            return shown;
        }
        int head = LONGEST - TAIL - 40;
        int tail = shown.length() - TAIL;
        // Cut between characters, never inside a surrogate pair.
        while (head > 0 && Character.isHighSurrogate(shown.charAt(head - 1))) {
            head--;
        }
        while (tail < shown.length() && Character.isLowSurrogate(shown.charAt(tail))) {
            tail++;
        }
        return shown.substring(0, head) + " \u2026 (" + (tail - head) + " characters left out) \u2026 " + shown.substring(tail);
    }

    private static String escaped(String message) {
        StringBuilder line = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                if (line == null) {
                    line = new StringBuilder(message.length() + 8).append(message, 0, i);
                }
                line.append(switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> String.format("\\u%04X", (int) c);
                });
            } else if (line != null) {
                line.append(c);
            }
        }
        return line == null ? message : line.toString();
    }
}
