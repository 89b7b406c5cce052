package org.entente.briefing;

/**
 * Text made safe to stand in HTML, between tags or in a quoted attribute: the five characters markup
 * gives meaning to become references, and characters HTML forbids (controls other than tab and line
 * breaks, noncharacters, lone surrogates) become U+FFFD, so that no text from a dataset or a note can
 * open a tag, close an attribute or break the parse.
 */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else {
                        out.append(allowed(c) ? c : '\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        return c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
