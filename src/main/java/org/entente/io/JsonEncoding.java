package org.entente.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Tells a file that is not UTF-8 by its first four bytes, before the parser sees it. A dataset is JSON
 * in UTF-8 (as RFC 8259 asks of JSON exchanged between systems); a file in UTF-16 or UTF-32, with or
 * without a byte-order mark, would otherwise fail somewhere inside with a message about characters
 * rather than about what to do.
 */
final class JsonEncoding {
    private JsonEncoding() {
    }

    /**
     * What is wrong with the encoding of a stream that supports mark and reset, or empty for UTF-8 (with or
     * without its byte-order mark); the stream is left at its start.
     */
    static Optional<String> problem(InputStream in) throws IOException {
        in.mark(4);
        int[] b = new int[4];
        int n = 0;
        for (; n < 4; n++) {
            b[n] = in.read();
            if (b[n] < 0) {
                break;
            }
        }
        in.reset();
        if (n < 2) {
            return Optional.empty();
        }
        String found = null;
        if (n == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF
                || n == 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) {
            found = "UTF-32 (its byte-order mark says so)";
        } else if (b[0] == 0xFE && b[1] == 0xFF || b[0] == 0xFF && b[1] == 0xFE) {
            found = "UTF-16 (its byte-order mark says so)";
        } else if (n == 4 && (b[0] == 0 && b[1] == 0 && b[2] == 0 || b[1] == 0 && b[2] == 0 && b[3] == 0)) {
            found = "UTF-32 (every character takes four bytes)";
        } else if (b[0] == 0 || b[1] == 0) {
            found = "UTF-16 (every character takes two bytes)";
        }
        return Optional.ofNullable(found).map(encoding -> "the file is in " + encoding
                + ": a dataset is JSON in UTF-8; save it as UTF-8 and open it again");
    }
}
