package org.entente.search;

import java.util.Arrays;

/**
 * Collects which records hold which words, record by record, into one delta-encoded posting list per
 * word. Records must come in increasing order and, within a record, fields from best to worst: then the
 * first field a word is seen in is its best, and each (word, record) pair is stored once.
 */
final class PostingsBuilder {
    private final WordIds ids = new WordIds();
    private final int docCount;
    private byte[][] lists = new byte[1 << 10][];
    private int[] listLengths = new int[1 << 10];
    private int[] lastDocs = new int[1 << 10];
    private int[] docCounts = new int[1 << 10];

    PostingsBuilder(int docCount) {
        this.docCount = docCount;
    }

    /** Adds the words of already normalised text to record {@code doc} under {@code field} (0 best, at most 3). */
    void add(int doc, int field, String normalized) {
        int start = -1;
        for (int i = 0; i <= normalized.length(); i++) {
            boolean inWord = i < normalized.length() && SearchText.isWordChar(normalized.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                addWord(doc, field, ids.idOf(normalized, start, i));
                start = -1;
            }
        }
    }

    private void addWord(int doc, int field, int id) {
        if (id == lists.length) {
            int grown = lists.length * 2;
            lists = Arrays.copyOf(lists, grown);
            listLengths = Arrays.copyOf(listLengths, grown);
            lastDocs = Arrays.copyOf(lastDocs, grown);
            docCounts = Arrays.copyOf(docCounts, grown);
        }
        if (lists[id] == null) {
            lists[id] = new byte[4];
            lastDocs[id] = -1;
        }
        if (lastDocs[id] == doc) {
            return;
        }
        int gap = doc - lastDocs[id];
        lastDocs[id] = doc;
        docCounts[id]++;
        writeVarInt(id, gap << 2 | field);
    }

    private void writeVarInt(int id, int value) {
        if (listLengths[id] + 5 > lists[id].length) {
            lists[id] = Arrays.copyOf(lists[id], lists[id].length * 2);
        }
        byte[] list = lists[id];
        int at = listLengths[id];
        while ((value & ~0x7F) != 0) {
            list[at++] = (byte) (value & 0x7F | 0x80);
            value >>>= 7;
        }
        list[at++] = (byte) value;
        listLengths[id] = at;
    }

    /** Lays the words out in sorted order, so that the words sharing a prefix are neighbours. */
    Postings build() {
        int n = ids.size();
        String[] sorted = new String[n];
        long charTotal = 0;
        long byteTotal = 0;
        for (int id = 0; id < n; id++) {
            sorted[id] = ids.word(id);
            charTotal += sorted[id].length();
            byteTotal += listLengths[id];
        }
        if (byteTotal > Integer.MAX_VALUE - 8 || charTotal > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too much text to index: " + byteTotal + " bytes of postings");
        }
        Arrays.sort(sorted);
        char[] wordChars = new char[(int) charTotal];
        int[] wordStarts = new int[n + 1];
        byte[] data = new byte[(int) byteTotal];
        int[] dataStarts = new int[n + 1];
        long[] cumulativeCounts = new long[n + 1];
        int charAt = 0;
        int byteAt = 0;
        for (int rank = 0; rank < n; rank++) {
            String word = sorted[rank];
            int id = ids.find(word);
            word.getChars(0, word.length(), wordChars, charAt);
            wordStarts[rank] = charAt;
            charAt += word.length();
            System.arraycopy(lists[id], 0, data, byteAt, listLengths[id]);
            dataStarts[rank] = byteAt;
            byteAt += listLengths[id];
            cumulativeCounts[rank + 1] = cumulativeCounts[rank] + docCounts[id];
            lists[id] = null;
        }
        wordStarts[n] = charAt;
        dataStarts[n] = byteAt;
        return new Postings(docCount, wordChars, wordStarts, data, dataStarts, cumulativeCounts);
    }
}
