package org.entente.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one import, listed up to a limit: a file where every row is broken must not fill the
 * heap with messages. Past the limit they are only counted, and the count is the last problem listed.
 */
final class ProblemList {
    static final int MAX_LISTED = 10_000;

    private final List<ImportProblem> listed = new ArrayList<>();
    private long unlisted;

    void add(Path file, long line, String message) {
        add(file, line, 0, message);
    }

    void add(Path file, long line, long column, String message) {
        if (listed.size() < MAX_LISTED) {
            listed.add(new ImportProblem(file, line, column, message));
        } else {
            unlisted++;
        }
    }

    List<ImportProblem> all() {
        if (unlisted == 0) {
            return listed;
        }
        List<ImportProblem> all = new ArrayList<>(listed);
        all.add(new ImportProblem(listed.get(listed.size() - 1).file(), 0,
                unlisted + " more problems are not listed"));
        return all;
    }
}
