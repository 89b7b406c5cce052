package org.entente.convert;

/**
 * A value as an import problem quotes it: on one line, and at most {@value #MAX_QUOTED} characters, so that
 * a broken field of a megabyte still makes a message one can read.
 */
final class ProblemText {
    static final int MAX_QUOTED = 200;

    private ProblemText() {
    }

    /** The value in double quotes, control characters and line breaks as spaces, cut with an ellipsis. */
    static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        String oneLine = value.codePoints().limit(MAX_QUOTED + 1L)
                .map(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        boolean cut = oneLine.codePointCount(0, oneLine.length()) > MAX_QUOTED;
        return "\"" + (cut ? oneLine.substring(0, oneLine.offsetByCodePoints(0, MAX_QUOTED)) + "…" : oneLine) + "\"";
    }
}
