package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadResult;
import org.entente.io.Problem;
import org.entente.model.Dataset;

/** Runs an importer into a file and loads the result strictly, as the app would open it. */
public record ConvertedDataset(ImportReport report, Dataset dataset, LoadResult load) {
    public static final Path SHARED_DATA = Path.of("../shared/data");

    public static ConvertedDataset convert(Importer importer, Path dir, Path... inputs) throws IOException {
        Path out = dir.resolve("converted.json");
        ImportReport report;
        try (OutputStream stream = Files.newOutputStream(out)) {
            report = importer.convert(List.of(inputs), stream, ImportProgress.NONE);
        }
        LoadResult load = new DatasetLoader(LoadMode.STRICT).load(out);
        assertEquals(List.of(), load.problems().stream().filter(Problem::isError).toList(), "load errors");
        return new ConvertedDataset(report, load.dataset().orElseThrow(), load);
    }

    List<Long> problemLines() {
        return report.problems().stream().map(ImportProblem::line).toList();
    }
}
