package org.entente.search;

import java.util.List;

/** A short excerpt of original text around the first word a query word prefixes, cut at word boundaries. */
final class Snippets {
    private static final int WIDTH = 80;
    private static final int LEAD = 24;

    private Snippets() {
    }

    /** How many of the query words prefix some word of {@code text}. */
    static int wordsFound(String text, List<String> queryWords) {
        int found = 0;
        for (String query : queryWords) {
            if (firstMatch(text, List.of(query)) >= 0) {
                found++;
            }
        }
        return found;
    }

    static String around(String text, List<String> queryWords) {
        int match = Math.max(0, firstMatch(text, queryWords));
        int start = match <= LEAD ? 0 : wordStartAtOrAfter(text, match - LEAD);
        int end = Math.min(text.length(), start + WIDTH);
        if (end < text.length()) {
            while (end > match && isWordChar(text.charAt(end))) {
                end--;
            }
        }
        String cut = text.substring(start, end).strip();
        return (start > 0 ? "…" : "") + cut + (end < text.length() ? "…" : "");
    }

    /** Where in the original text the first word starts that some query word prefixes, or -1. */
    private static int firstMatch(String text, List<String> queryWords) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isWordChar(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                for (String word : SearchText.words(SearchText.normalize(text.substring(start, i)))) {
                    for (String query : queryWords) {
                        if (word.startsWith(query)) {
                            return start;
                        }
                    }
                }
                start = -1;
            }
        }
        return -1;
    }

    private static int wordStartAtOrAfter(String text, int from) {
        int at = from;
        while (at > 0 && at < text.length() && isWordChar(text.charAt(at - 1))) {
            at++;
        }
        return at;
    }

    /** Combining marks belong to the word they follow, as in text written decomposed. */
    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
