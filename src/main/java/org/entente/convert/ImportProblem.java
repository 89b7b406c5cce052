package org.entente.convert;

import java.nio.file.Path;

/** A row an importer could not read, or read only in part: where it is, and what was wrong. */
public record ImportProblem(Path file, long line, String message) {

    /** {@code FILE:LINE: message}, as the command line prints it. */
    public String format() {
        return file + ":" + line + ": " + message;
    }
}
