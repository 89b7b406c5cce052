package org.entente.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.entente.convert.GdeltImporter;
import org.entente.convert.ImportProgress;
import org.entente.convert.ImportReport;
import org.entente.io.DatasetSink;
import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.entente.store.StoreWriter;
import org.entente.convert.SyntheticGdeltExport;

/**
 * Converts a synthetic GDELT export (a million rows at full size) into a sink that keeps nothing (the
 * importer alone), to an entente/1 file and to a store, once each after warm-ups (a small part of it into a
 * file, then the whole of it into the sink that keeps nothing, so that the JIT is done compiling): a
 * conversion takes seconds and spills to disk, so it is timed directly. Each is timed by the clock and by
 * the CPU time of the whole process (the importer's threads, the JSON or DuckDB work, garbage
 * collection), which a machine shared with other work does not distort as much.
 */
final class GdeltImportBench {
    private static final int WARM_UP_ROWS = 100_000;

    private GdeltImportBench() {
    }

    static List<BenchResult> run(Path dir, BenchSize size) throws IOException {
        Path export = export(dir, size.gdeltRows);
        convert(export(dir, Math.min(WARM_UP_ROWS, size.gdeltRows)), dir.resolve("gdelt-warm-up.json"));
        new GdeltImporter().convert(List.of(export), new Discarding(), ImportProgress.NONE);
        long bytes = Files.size(export);
        Timing alone = Timing.start();
        ImportReport report = new GdeltImporter().convert(List.of(export), new Discarding(), ImportProgress.NONE);
        alone.stop();
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("the synthetic export has problems: " + report.problems().get(0).format());
        }
        Timing json = Timing.start();
        convert(export, dir.resolve("gdelt-" + size.gdeltRows + ".json"));
        json.stop();
        Path store = dir.resolve("gdelt-" + size.gdeltRows + ".duckdb");
        Files.deleteIfExists(store);
        Timing built = Timing.start();
        try (StoreWriter writer = StoreWriter.create(store)) {
            new GdeltImporter().convert(List.of(export), writer, ImportProgress.NONE);
            writer.finish(phase -> { });
        }
        built.stop();
        long rows = report.rowsRead();
        return List.of(
                new BenchResult("GDELT import throughput", bytes / 1e6 / json.seconds, "MB/s", "", rows),
                new BenchResult("GDELT import rows per second", rows / json.seconds, "rows/s", ">= 300000", rows),
                new BenchResult("GDELT import rows per CPU second (all threads of the process)", rows / json.cpuSeconds,
                        "rows/s", "", rows),
                new BenchResult("GDELT importer alone (a sink that keeps nothing), rows per second", rows / alone.seconds,
                        "rows/s", "", rows),
                new BenchResult("GDELT importer alone (a sink that keeps nothing), rows per CPU second",
                        rows / alone.cpuSeconds, "rows/s", "", rows),
                new BenchResult("GDELT import into a store (convert --to store), rows per second, built",
                        rows / built.seconds, "rows/s", ">= 300000", rows),
                new BenchResult("GDELT import into a store (convert --to store), rows per CPU second, built",
                        rows / built.cpuSeconds, "rows/s", "", rows));
    }

    /** Clock and CPU time of the whole process (every thread, DuckDB's own included) over one conversion. */
    private static final class Timing {
        private static final OperatingSystemMXBean OS =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final long startNanos = System.nanoTime();
        private final long startCpu = OS.getProcessCpuTime();
        private double seconds;
        private double cpuSeconds;

        static Timing start() {
            return new Timing();
        }

        void stop() {
            seconds = (System.nanoTime() - startNanos) / 1e9;
            cpuSeconds = (OS.getProcessCpuTime() - startCpu) / 1e9;
        }
    }

    /** Keeps nothing, so that what is timed is the importer. */
    private static final class Discarding implements DatasetSink {
        @Override
        public void source(Source source) {
        }

        @Override
        public void actor(Actor actor) {
        }

        @Override
        public void event(Event event) {
        }

        @Override
        public void relation(Relation relation) {
        }

        @Override
        public void period(Period period) {
        }

        @Override
        public void withdraw(RecordKind kind, int index) {
        }

        @Override
        public void replaceActor(int index, Actor actor) {
        }

        @Override
        public void end(String title, String description, Extras extras) {
        }
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
