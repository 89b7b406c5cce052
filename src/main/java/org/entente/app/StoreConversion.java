package org.entente.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.entente.convert.ImportProblem;
import org.entente.convert.ImportReport;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.io.LoadResult;
import org.entente.io.Problem;
import org.entente.store.DuckStore;
import org.entente.store.Extent;
import org.entente.store.StoreWriter;

/**
 * {@code convert --to store}: the rows of the inputs streamed into a {@link StoreWriter} as they are read,
 * with the progress on the terminal, and the store built and moved into place only once every row is in.
 * A failure, or the process ending early, leaves no store and no half-written one.
 */
final class StoreConversion {
    /** Below this, a rate says more about starting the engine than about converting. */
    private static final long RATED_ROWS = 100_000;

    private StoreConversion() {
    }

    static int run(ConvertCommand.Arguments arguments, PrintStream out, PrintStream err) throws IOException {
        ConsoleProgress progress = new ConsoleProgress(err, System.console() != null);
        long started = System.nanoTime();
        ImportReport report;
        try (StoreWriter writer = StoreWriter.create(arguments.out())) {
            progress.counting(writer::events);
            report = arguments.format() == null ? entente(arguments, writer, progress)
                    : arguments.importer().convert(arguments.inputs(), writer, progress);
            writer.finish(progress::phase);
        }
        try (DuckStore store = DuckStore.open(arguments.out())) {
            Extent stored = store.extent();
            report = new ImportReport(report.rowsRead(), stored.events(), stored.actors(), stored.sources(),
                    report.problems());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String more = String.format(Locale.ROOT, " The store is %,.1f MB, written in %.1f s", Files.size(arguments.out()) / 1e6,
                seconds) + (report.rowsRead() < RATED_ROWS ? "." : String.format(Locale.ROOT, " (%,.0f rows a second).",
                report.rowsRead() / seconds));
        return ConvertCommand.reported(arguments, report, out, err, more);
    }

    /**
     * An {@code entente/1} file, streamed: its invalid records are left out and listed, as an import's rows
     * are. The counts are the store's, read once it is built.
     */
    private static ImportReport entente(ConvertCommand.Arguments arguments, StoreWriter writer, ConsoleProgress progress) {
        LoadResult loaded = new DatasetLoader(LoadMode.LENIENT).stream(arguments.inputs().get(0), writer, new LoadMonitor() {
            @Override
            public void bytesRead(long read, long total) {
                progress.bytesRead(read, total);
            }
        });
        List<ImportProblem> problems = loaded.problems().stream().map(StoreConversion::problem).toList();
        return new ImportReport(writer.events() + loaded.skippedRecords(), 0, 0, 0, problems);
    }

    private static ImportProblem problem(Problem problem) {
        return new ImportProblem(Path.of(problem.file()), problem.line(), problem.column(),
                problem.severity().name().toLowerCase(Locale.ROOT) + ": " + problem.message()
                        + (problem.path().isEmpty() ? "" : " (at " + problem.path() + ")"));
    }
}
