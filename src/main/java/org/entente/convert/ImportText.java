package org.entente.convert;

import org.entente.io.DatasetLoader;

/**
 * What an importer may write as a text value so that the file it makes always loads: the loader refuses
 * strings longer than {@link DatasetLoader#MAX_STRING_LENGTH} characters, and a lone UTF-16 surrogate (which
 * JSON escapes such as {@code "\ud800"} can produce) is not text at all and cannot be written as UTF-8.
 * Control characters are fine: the writer escapes them.
 */
final class ImportText {
    static final int LONGEST = DatasetLoader.MAX_STRING_LENGTH;

    private ImportText() {
    }

    /** Why a dataset cannot hold this value, or null when it can. Linear in the value's length. */
    static String unwritable(String value) {
        if (value.length() > LONGEST) {
            return "it is " + value.length() + " characters long, more than the " + LONGEST + " a value may hold";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("it holds a lone surrogate U+%04X at character %d, which is not text", (int) c, i + 1);
            }
        }
        return null;
    }

    /**
     * A label made of values (a title, a place name) kept short: cut to {@code max} characters with an
     * ellipsis, never between the two halves of a surrogate pair.
     */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip() + "\u2026";
    }
}
