package org.entente.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.entente.convert.GdeltImporter;
import org.entente.convert.ImportProgress;
import org.entente.convert.ImportReport;
import org.entente.store.StoreWriter;
import org.entente.convert.SyntheticGdeltExport;

/**
 * Converts a synthetic GDELT export (a million rows at full size) to an entente/1 file and to a store,
 * once after a warm-up on a small part of it: a conversion takes seconds and spills to disk, so it is timed
 * directly.
 */
final class GdeltImportBench {
    private static final int WARM_UP_ROWS = 20_000;

    private GdeltImportBench() {
    }

    static List<BenchResult> run(Path dir, BenchSize size) throws IOException {
        Path export = export(dir, size.gdeltRows);
        convert(export(dir, Math.min(WARM_UP_ROWS, size.gdeltRows)), dir.resolve("gdelt-warm-up.json"));
        long bytes = Files.size(export);
        long start = System.nanoTime();
        ImportReport report = convert(export, dir.resolve("gdelt-" + size.gdeltRows + ".json"));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("the synthetic export has problems: " + report.problems().get(0).format());
        }
        Path store = dir.resolve("gdelt-" + size.gdeltRows + ".duckdb");
        Files.deleteIfExists(store);
        long storeStart = System.nanoTime();
        try (StoreWriter writer = StoreWriter.create(store)) {
            new GdeltImporter().convert(List.of(export), writer, ImportProgress.NONE);
            writer.finish(phase -> { });
        }
        double storeSeconds = (System.nanoTime() - storeStart) / 1e9;
        return List.of(
                new BenchResult("GDELT import throughput", bytes / 1e6 / seconds, "MB/s", "", report.rowsRead()),
                new BenchResult("GDELT import rows per second", report.rowsRead() / seconds, "rows/s", "", report.rowsRead()),
                new BenchResult("GDELT import into a store (convert --to store), rows per second, built",
                        report.rowsRead() / storeSeconds, "rows/s", ">= 300000", report.rowsRead()));
    }

    private static ImportReport convert(Path export, Path target) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            return new GdeltImporter().convert(List.of(export), out, ImportProgress.NONE);
        }
    }

    private static Path export(Path dir, int rows) throws IOException {
        Path file = dir.resolve("gdelt-" + rows + "-seed-" + BenchDatasets.SEED + ".export.CSV");
        if (Files.exists(file)) {
            return file;
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            SyntheticGdeltExport.write(temp, rows, BenchDatasets.SEED);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return file;
    }
}
