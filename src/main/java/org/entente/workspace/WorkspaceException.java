package org.entente.workspace;

import org.entente.text.ProblemText;

/**
 * A workspace file that cannot be opened, said on one line as a compiler would: the file, line and column,
 * the JSON pointer of the value, and what was expected there.
 */
public final class WorkspaceException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String pointer;

    public WorkspaceException(String file, int line, int column, String pointer, String message) {
        super(file + ":" + line + ":" + column + ": " + ProblemText.oneLine(message) + " (at "
                + (pointer.isEmpty() ? "/" : ProblemText.oneLine(pointer)) + ")");
        this.file = file;
        this.line = line;
        this.column = column;
        this.pointer = pointer;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String pointer() {
        return pointer;
    }
}
