package org.entente.convert;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces an HTML fragment to the plain text a reader would see: tags are dropped (their text kept, so
 * a {@code <script>} becomes harmless words, never code), entities decoded, whitespace collapsed. Tags
 * are dropped before entities are decoded, so {@code &lt;b&gt;} survives as the text {@code <b>}.
 */
final class PlainText {
    private static final Pattern BREAKING_TAG = Pattern.compile(
            "(?i)<\\s*/?\\s*(br|p|div|li|ul|ol|tr|td|th|h[1-6]|blockquote|cite|span)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("copy", "©"), Map.entry("eacute", "é"), Map.entry("uuml", "ü"));

    private PlainText() {
    }

    /** The text of an HTML fragment, or null when nothing visible is left. */
    static String fromHtml(String html) {
        if (html == null) {
            return null;
        }
        String text = TAG.matcher(BREAKING_TAG.matcher(html).replaceAll(" ")).replaceAll("");
        String decoded = decodeEntities(text).replaceAll("[\\s\\u00A0]+", " ").strip();
        return decoded.isEmpty() ? null : decoded;
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
