package org.entente.convert;

import java.nio.file.Path;
import org.entente.text.ProblemText;

/**
 * A row an importer could not read, or read only in part: where it is, and what was wrong. {@code column}
 * is 0 for formats read by rows (CSV, TSV), and the character column in the line for JSON.
 */
public record ImportProblem(Path file, long line, long column, String message) {

    /** Whatever the input, a problem reads on one line and stays short (see {@link ProblemText}). */
    public ImportProblem {
        message = ProblemText.oneLine(message);
    }

    /** A problem located by file and line only, as in a file read by rows. */
    public ImportProblem(Path file, long line, String message) {
        this(file, line, 0, message);
    }

    /** {@code FILE:LINE: message}, or {@code FILE:LINE:COLUMN: message}, as the command line prints it. */
    public String format() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
