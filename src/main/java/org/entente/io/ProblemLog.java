package org.entente.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.ArrayList;
import java.util.List;

/** Collects problems for one file, keeping the first {@link DatasetLoader#MAX_LISTED_PROBLEMS} and counting all. */
final class ProblemLog {
    private final String file;
    private final List<Problem> listed = new ArrayList<>();
    private int errors;
    private int warnings;

    ProblemLog(String file) {
        this.file = file;
    }

    static long mark(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    void error(long mark, String path, String message) {
        add(Severity.ERROR, (int) (mark >>> 32), (int) mark, path, message);
    }

    void warning(long mark, String path, String message) {
        add(Severity.WARNING, (int) (mark >>> 32), (int) mark, path, message);
    }

    void error(JsonLocation at, String path, String message) {
        add(Severity.ERROR, at, path, message);
    }

    void warning(JsonLocation at, String path, String message) {
        add(Severity.WARNING, at, path, message);
    }

    void add(Severity severity, JsonLocation at, String path, String message) {
        add(severity, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), path, message);
    }

    private void add(Severity severity, int line, int column, String path, String message) {
        if (severity == Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
        if (listed.size() < DatasetLoader.MAX_LISTED_PROBLEMS) {
            listed.add(new Problem(severity, file, Math.max(1, line), Math.max(1, column), path, message));
        }
    }

    int errorCount() {
        return errors;
    }

    int warningCount() {
        return warnings;
    }

    /** The listed problems in file order, with a closing note when some were only counted. */
    List<Problem> problems() {
        List<Problem> all = new ArrayList<>(listed);
        all.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        int unlisted = errors + warnings - listed.size();
        if (unlisted > 0) {
            all.add(new Problem(Severity.WARNING, file, 1, 1, "",
                    unlisted + " more problems were counted but not listed"));
        }
        return all;
    }
}
