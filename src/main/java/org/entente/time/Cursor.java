package org.entente.time;

import org.entente.text.ProblemText;

/** Reads one region of the text, so errors can report offsets into the whole text. */
final class Cursor {
    private final String text;
    private final int limit;
    private int pos;

    Cursor(String text, int from, int limit) {
        this.text = text;
        this.pos = from;
        this.limit = limit;
    }

    boolean atEnd() {
        return pos >= limit;
    }

    boolean peek(char c) {
        return !atEnd() && text.charAt(pos) == c;
    }

    /** The next character, or 0 at the end of the region. */
    char peek() {
        return atEnd() ? 0 : text.charAt(pos);
    }

    char next() {
        return text.charAt(pos++);
    }

    int pos() {
        return pos;
    }

    /** Consumes the longest run of characters accepted by {@code allowed} and returns it. */
    String run(String allowed) {
        int startAt = pos;
        while (!atEnd() && allowed.indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return text.substring(startAt, pos);
    }

    /** The text read since {@code from}, as a message quotes it: cut past a few hundred characters. */
    String since(int from) {
        return ProblemText.quote(text.substring(from, pos));
    }

    /** Describes the next character for error messages. */
    String describeNext() {
        return atEnd() ? "the end of the text" : "'" + text.charAt(pos) + "'";
    }

    EdtfException error(String message) {
        return new EdtfException(message, pos);
    }

    EdtfException error(String message, int at) {
        return new EdtfException(message, at);
    }
}
