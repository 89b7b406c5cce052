package org.entente.convert;

import java.util.List;

/** What a conversion read and wrote, and the rows it could not read. */
public record ImportReport(long rowsRead, int events, int actors, int sources, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
