package org.entente.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.convert.ImportFormat;
import org.entente.convert.ImportProblem;
import org.entente.convert.ImportProgress;
import org.entente.convert.ImportReport;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.io.LoadResult;
import org.entente.io.Problem;
import org.entente.text.ProblemText;

/**
 * What must hold for any input, checked on every input a fuzz test makes: nothing but a finding escapes
 * (an exception is a finding), each input is handled within a time bound, every problem is located and
 * fits on one short line, and whatever an importer writes loads with zero errors.
 */
final class Invariants {
    /**
     * Inputs are at most a few kilobytes: any of them taking this long is a hang in the making. The time is
     * the thread's CPU time, so that a busy machine does not pass for a hang, and the first inputs, which
     * load classes and run before the compiler, are not held to it.
     */
    private static final long BOUND_NANOS = 2_000_000_000L;
    private static final int UNTIMED_INPUTS = 50;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static int inputs;
    private static final Path DIR = directory();

    private Invariants() {
    }

    private static Path directory() {
        try {
            return Files.createTempDirectory("entente-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loader on any bytes, in both modes. */
    static void load(byte[] input) {
        for (LoadMode mode : LoadMode.values()) {
            long started = THREADS.getCurrentThreadCpuTime();
            LoadResult result = new DatasetLoader(mode).load(new ByteArrayInputStream(input), "input.json", input.length,
                    LoadMonitor.NONE);
            within(started, "loading");
            result.problems().forEach(Invariants::located);
        }
    }

    /** An importer on any bytes as its one input file; what it writes must load clean. */
    static void convert(ImportFormat format, String fileName, byte[] input) {
        try {
            Path file = Files.write(DIR.resolve(fileName), input);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long started = THREADS.getCurrentThreadCpuTime();
            ImportReport report;
            try {
                report = format.importer().convert(List.of(file), out, ImportProgress.NONE);
            } catch (IOException unreadable) {
                // An input the importer refuses as a whole: fine, as long as it says so in one line.
                requireOneLine(String.valueOf(unreadable.getMessage()));
                return;
            }
            within(started, "converting");
            for (ImportProblem problem : report.problems()) {
                requireOneLine(problem.message());
                if (problem.line() < 0) {
                    throw new IllegalStateException("a problem without a place: " + problem.format());
                }
            }
            byte[] written = out.toByteArray();
            LoadResult loaded = new DatasetLoader(LoadMode.STRICT).load(new ByteArrayInputStream(written), "converted.json",
                    written.length, LoadMonitor.NONE);
            if (loaded.errorCount() > 0) {
                throw new IllegalStateException(format.id() + " wrote a dataset that does not load: "
                        + loaded.problems().stream().filter(Problem::isError).findFirst().orElseThrow().format());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void within(long started, String what) {
        long took = THREADS.getCurrentThreadCpuTime() - started;
        if (++inputs > UNTIMED_INPUTS && took > BOUND_NANOS) {
            throw new IllegalStateException(what + " took " + took / 1_000_000 + " ms, over the bound");
        }
    }

    private static void located(Problem problem) {
        if (problem.line() < 1 || problem.column() < 1) {
            throw new IllegalStateException("a problem without a place: " + problem.format());
        }
        requireOneLine(problem.message());
    }

    private static void requireOneLine(String message) {
        if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0 || message.length() > ProblemText.LONGEST) {
            throw new IllegalStateException("a problem message that is not one short line: "
                    + ProblemText.oneLine(message));
        }
    }
}
