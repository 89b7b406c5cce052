package org.entente.convert;

/**
 * Quotes an offending value in a problem message. A problem fits on one line and stays short, however
 * long or odd the value: it is cut to {@value #MAX_QUOTED} characters and its line breaks and tabs are
 * shown as escapes.
 */
final class ProblemText {
    static final int MAX_QUOTED = 200;

    private ProblemText() {
    }

    /** The value in double quotes, at most {@value #MAX_QUOTED} characters of it, "…" marking a cut; "(none)" for null. */
    static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        boolean cut = value.length() > MAX_QUOTED;
        String shown = cut ? value.substring(0, MAX_QUOTED) : value;
        StringBuilder quoted = new StringBuilder(shown.length() + 3).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case '"' -> quoted.append("\\\"");
                default -> quoted.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return quoted.append(cut ? "…\"" : "\"").toString();
    }
}
