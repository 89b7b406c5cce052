package org.entente.convert;

import java.util.List;
import org.entente.model.Dataset;

/** What a conversion read and wrote, and the rows it could not read. */
public record ImportReport(long rowsRead, int events, int actors, int sources, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** The report of a conversion that read {@code rowsRead} records into {@code written}. */
    static ImportReport of(long rowsRead, Dataset written, List<ImportProblem> problems) {
        return new ImportReport(rowsRead, written.events().size(), written.actors().size(), written.sources().size(),
                problems);
    }
}
