package org.entente.io;

import java.util.List;
import java.util.Optional;
import org.entente.model.Dataset;

/**
 * What a load produced. The dataset is absent when the file could not be read at all, when strict mode
 * refused it, or when the load streamed its records into a sink instead of keeping them; the problems are always complete up to {@link DatasetLoader#MAX_LISTED_PROBLEMS},
 * with the rest counted.
 */
public record LoadResult(Dataset datasetOrNull, List<Problem> problems, int errorCount, int warningCount,
                         int skippedRecords) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public Optional<Dataset> dataset() {
        return Optional.ofNullable(datasetOrNull);
    }

    /** This result with {@code dataset} as what was loaded. */
    LoadResult withDataset(Dataset dataset) {
        return new LoadResult(dataset, problems, errorCount, warningCount, skippedRecords);
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }
}
