package org.entente.store;

import java.util.Arrays;

/**
 * The words of a title as the store indexes them ({@code title_words}), worked out while the event is at
 * hand, which costs a fraction of what DuckDB's {@code strip_accents(lower(title))} split on
 * {@code [^\p{L}\p{N}]+} costs at a build. Only titles whose words that SQL finds exactly are read here: a
 * title of ASCII letters and digits, split by anything that is neither a letter, a number nor a mark (dashes,
 * punctuation, symbols, spaces, controls, private use), which every such code point is to DuckDB whatever
 * lower case or accents do to it (each was checked against DuckDB 1.4). Any other title (a letter outside
 * ASCII, an accent, a code point this JDK does not know) is left to the SQL.
 */
final class TitleWords {
    private TitleWords() {
    }

    /**
     * The title's distinct words in lower case, each once, joined by single spaces (a word never holds one);
     * empty for a title without words; null when the build must split the title itself.
     */
    static String of(String title) {
        Words words = new Words(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c < 128 ? isAsciiLetterOrDigit(c) : !separates(title.codePointAt(i))) {
                if (c >= 128) {
                    return null;
                }
                words.add(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else {
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
                words.end();
            }
        }
        words.end();
        return words.toString();
    }

    /** Words being gathered, each kept once, with where each starts so that a repeat is found by length first. */
    private static final class Words {
        private final StringBuilder text;
        private int[] starts = new int[8];
        private int count;
        /** Where the word being read starts, or -1 between words. */
        private int open = -1;

        Words(int capacity) {
            text = new StringBuilder(capacity);
        }

        void add(char c) {
            if (open < 0) {
                open = text.length() + (count > 0 ? 1 : 0);
                if (count > 0) {
                    text.append(' ');
                }
            }
            text.append(c);
        }

        /** Ends the word being read: kept if new, else taken off again with the space before it. */
        void end() {
            if (open < 0) {
                return;
            }
            if (seen(open, text.length() - open)) {
                text.setLength(count > 0 ? open - 1 : open);
            } else {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = open;
            }
            open = -1;
        }

        private boolean seen(int start, int length) {
            for (int w = 0; w < count; w++) {
                int end = w + 1 < count ? starts[w + 1] - 1 : start - 1;
                if (end - starts[w] == length && same(starts[w], start, length)) {
                    return true;
                }
            }
            return false;
        }

        private boolean same(int a, int b, int length) {
            for (int i = 0; i < length; i++) {
                if (text.charAt(a + i) != text.charAt(b + i)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Whether a code point outside ASCII splits words in DuckDB's index, before and after lower case and
     * accents are taken off: separators, controls, formats, private use, punctuation and symbols. Letters,
     * marks, numbers and unassigned code points (which a newer Unicode may have made letters) do not count.
     * A lone surrogate is none of these, so a title holding one is left to the SQL.
     */
    private static boolean separates(int codePoint) {
        int type = Character.getType(codePoint);
        return type >= Character.SPACE_SEPARATOR && type != Character.SURROGATE;
    }
}
