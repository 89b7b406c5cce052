package org.entente.export;

/**
 * Text from a dataset made fit for XML 1.0, which has no way to write control characters (other than tab,
 * line feed and carriage return) or halves of surrogate pairs, not even escaped: each becomes U+FFFD, so
 * the file stays well-formed. Escaping {@code <}, {@code &} and quotes is left to the XML writer.
 */
final class XmlText {
    private static final char REPLACEMENT = '\uFFFD';

    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairStart = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairStart) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xFFFE && !Character.isSurrogate(c);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : REPLACEMENT);
            }
        }
        return out == null ? text : out.toString();
    }
}
