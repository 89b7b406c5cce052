package org.entente.convert;

import java.nio.file.Path;
import org.entente.text.ProblemText;

/** A row an importer could not read, or read only in part: where it is, and what was wrong. */
public record ImportProblem(Path file, long line, String message) {

    /** Whatever the input, a problem reads on one line and stays short (see {@link ProblemText}). */
    public ImportProblem {
        message = ProblemText.oneLine(message);
    }

    /** {@code FILE:LINE: message}, as the command line prints it. */
    public String format() {
        return file + ":" + line + ": " + message;
    }
}
