package org.entente.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * How text is compared: decomposed (NFD) with its combining marks dropped and lower-cased, so that
 * "Medvédev" and "MEDVEDEV" meet; words are runs of letters and digits. Index and queries share this.
 */
public final class SearchText {
    private SearchText() {
    }

    /** Most text is plain ASCII, and a million events are indexed faster without the normaliser for it. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isCombiningMark(c)) {
                kept.append(c);
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of already normalised text, in order, repeats kept. */
    static List<String> words(String normalized) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            boolean inWord = i < normalized.length() && isWordChar(normalized.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(normalized.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** The distinct words of a query, normalised; a word that prefixes another is implied by it and dropped. */
    public static List<String> queryWords(String query) {
        List<String> words = new ArrayList<>(new LinkedHashSet<>(words(normalize(query))));
        words.removeIf(word -> words.stream().anyMatch(other -> other.length() > word.length() && other.startsWith(word)));
        return words;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isCombiningMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
