package org.entente.search;

import java.util.Arrays;

/**
 * Numbers distinct words in the order they are first seen, looked up straight from a slice of the text
 * being indexed, so that the tens of millions of words of a large dataset are counted without a String each.
 */
final class WordIds {
    private char[] chars = new char[1 << 12];
    private int charCount;
    private int[] starts = new int[1 << 10];
    private int size;
    /** Open addressing: id + 1, or 0 for an empty slot. */
    private int[] slots = new int[1 << 10];

    int size() {
        return size;
    }

    /** The id of text[from, to), numbering it if it is new. */
    int idOf(CharSequence text, int from, int to) {
        int hash = hash(text, from, to);
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (slots[slot] != 0) {
            int id = slots[slot] - 1;
            if (equals(id, text, from, to)) {
                return id;
            }
            slot = (slot + 1) & mask;
        }
        int id = append(text, from, to);
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    /** The id of a word already numbered, or -1. */
    int find(String word) {
        int mask = slots.length - 1;
        for (int slot = hash(word, 0, word.length()) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            if (equals(slots[slot] - 1, word, 0, word.length())) {
                return slots[slot] - 1;
            }
        }
        return -1;
    }

    String word(int id) {
        return new String(chars, starts[id], length(id));
    }

    private int length(int id) {
        return (id + 1 < size ? starts[id + 1] : charCount) - starts[id];
    }

    private boolean equals(int id, CharSequence text, int from, int to) {
        if (length(id) != to - from) {
            return false;
        }
        int at = starts[id];
        for (int i = from; i < to; i++) {
            if (chars[at++] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int append(CharSequence text, int from, int to) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
        }
        while (charCount + (to - from) > chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        starts[size] = charCount;
        for (int i = from; i < to; i++) {
            chars[charCount++] = text.charAt(i);
        }
        return size++;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash(chars, starts[id], starts[id] + length(id)) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }

    private static int hash(CharSequence text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    private static int hash(char[] text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text[i];
        }
        return h ^ (h >>> 16);
    }
}
