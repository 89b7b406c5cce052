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

    void error(JsonLocation at, String path, String message) {
        add(Severity.ERROR, at, path, message);
    }

    void warning(JsonLocation at, String path, String message) {
        add(Severity.WARNING, at, path, message);
    }

    void add(Severity severity, JsonLocation at, String path, String message) {
        if (severity == Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
        if (listed.size() < DatasetLoader.MAX_LISTED_PROBLEMS) {
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            listed.add(new Problem(severity, file, line, column, path, message));
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
