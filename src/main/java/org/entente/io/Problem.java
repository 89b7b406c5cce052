package org.entente.io;

import org.entente.text.ProblemText;

/**
 * One thing wrong with a dataset file, located precisely enough that the user can fix it:
 * the file, the 1-based line and column, and the JSON pointer of the value.
 */
public record Problem(Severity severity, String file, int line, int column, String path, String message) {

    /** Whatever the input, a problem reads on one line and stays short (see {@link ProblemText}). */
    public Problem {
        message = ProblemText.oneLine(message);
        path = ProblemText.oneLine(path);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler-style line that the {@code validate} command prints and editors can jump to. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message
                + " (at " + (path.isEmpty() ? "/" : path) + ")";
    }
}
