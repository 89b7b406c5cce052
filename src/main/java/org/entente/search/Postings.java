package org.entente.search;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * An inverted index of words to records: the distinct words sorted in one char array, and per word the
 * records that hold it, in increasing order, as varint gaps in one byte array with the best field the
 * word was found in. Words with a common prefix are a contiguous range, found by binary search.
 *
 * <p>A record's match rank for a query is {@code 2 * field + inexact}: the worst of the best fields its
 * query words were found in, and 1 if any query word only prefixes a longer word.
 */
final class Postings {
    private final int docCount;
    private final char[] wordChars;
    private final int[] wordStarts;
    private final byte[] data;
    private final int[] dataStarts;
    private final long[] cumulativeCounts;

    Postings(int docCount, char[] wordChars, int[] wordStarts, byte[] data, int[] dataStarts, long[] cumulativeCounts) {
        this.docCount = docCount;
        this.wordChars = wordChars;
        this.wordStarts = wordStarts;
        this.data = data;
        this.dataStarts = dataStarts;
        this.cumulativeCounts = cumulativeCounts;
    }

    int wordCount() {
        return wordStarts.length - 1;
    }

    /**
     * The records holding, for every query word, a word it prefixes; null when cancelled. The rarest
     * query word goes first, so that the later ones only test the records still in the running.
     */
    Matches match(List<String> queryWords, BooleanSupplier cancelled) {
        int q = queryWords.size();
        int[] from = new int[q];
        int[] to = new int[q];
        int[] exact = new int[q];
        Integer[] order = new Integer[q];
        for (int i = 0; i < q; i++) {
            String word = queryWords.get(i);
            from[i] = firstAtOrAfter(word);
            to[i] = endOfPrefix(word, from[i]);
            if (from[i] == to[i]) {
                return Matches.NONE;
            }
            exact[i] = compare(from[i], word, false) == 0 ? from[i] : -1;
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(postingsIn(from[a], to[a]), postingsIn(from[b], to[b])));

        byte[] state = new byte[docCount];
        byte[] current = q > 1 ? new byte[docCount] : null;
        int[] docs = new int[64];
        int size = 0;
        for (int step = 0; step < q; step++) {
            int i = order[step];
            for (int word = from[i]; word < to[i]; word++) {
                if (cancelled.getAsBoolean()) {
                    return null;
                }
                int inexact = word == exact[i] ? 0 : 1;
                int doc = -1;
                for (int at = dataStarts[word], end = dataStarts[word + 1]; at < end; ) {
                    int value = 0;
                    int shift = 0;
                    byte b;
                    do {
                        b = data[at++];
                        value |= (b & 0x7F) << shift;
                        shift += 7;
                    } while (b < 0);
                    doc += value >>> 2;
                    byte best = (byte) (1 + 2 * (value & 3) + inexact);
                    if (step == 0) {
                        if (state[doc] == 0) {
                            if (size == docs.length) {
                                docs = Arrays.copyOf(docs, size * 2);
                            }
                            docs[size++] = doc;
                            state[doc] = best;
                        } else if (best < state[doc]) {
                            state[doc] = best;
                        }
                    } else if (state[doc] != 0 && (current[doc] == 0 || best < current[doc])) {
                        current[doc] = best;
                    }
                }
            }
            if (step > 0) {
                size = keepMatched(docs, size, state, current);
            }
        }
        return new Matches(docs, size, state);
    }

    /** Keeps the records the last query word was found in, folding its rank into theirs. */
    private static int keepMatched(int[] docs, int size, byte[] state, byte[] current) {
        int kept = 0;
        for (int k = 0; k < size; k++) {
            int doc = docs[k];
            int found = current[doc] - 1;
            if (found < 0) {
                state[doc] = 0;
                continue;
            }
            int held = state[doc] - 1;
            int field = Math.max(held >> 1, found >> 1);
            int inexact = (held | found) & 1;
            state[doc] = (byte) (1 + 2 * field + inexact);
            current[doc] = 0;
            docs[kept++] = doc;
        }
        return kept;
    }

    private long postingsIn(int from, int to) {
        return cumulativeCounts[to] - cumulativeCounts[from];
    }

    /** The first word not sorting before {@code prefix}. */
    private int firstAtOrAfter(String prefix) {
        int lo = 0;
        int hi = wordCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(mid, prefix, false) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first word from {@code from} on that does not start with {@code prefix}. */
    private int endOfPrefix(String prefix, int from) {
        int lo = from;
        int hi = wordCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compare(mid, prefix, true) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Compares word {@code index} with {@code text}; as a prefix test, a longer word that starts with it compares equal. */
    private int compare(int index, String text, boolean asPrefix) {
        int start = wordStarts[index];
        int length = wordStarts[index + 1] - start;
        int common = Math.min(length, text.length());
        for (int i = 0; i < common; i++) {
            int difference = wordChars[start + i] - text.charAt(i);
            if (difference != 0) {
                return difference;
            }
        }
        return asPrefix && length >= text.length() ? 0 : length - text.length();
    }

    /** The matched records, in no particular order, with their ranks; {@code rank(doc)} is only meaningful for them. */
    record Matches(int[] docs, int size, byte[] state) {
        static final Matches NONE = new Matches(new int[0], 0, new byte[0]);

        int rank(int doc) {
            return state[doc] - 1;
        }
    }
}
