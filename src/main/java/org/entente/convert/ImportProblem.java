package org.entente.convert;

import java.nio.file.Path;

/**
 * A record an importer could not read, or read only in part: where it is, and what was wrong. Rows of
 * text formats are located by line ({@code column} 0); values in JSON by line and column.
 */
public record ImportProblem(Path file, long line, int column, String message) {

    public ImportProblem(Path file, long line, String message) {
        this(file, line, 0, message);
    }

    /** {@code FILE:LINE: message}, or {@code FILE:LINE:COLUMN: message}, as the command line prints it. */
    public String format() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
