package org.entente.convert;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Reports the bytes read so far, across all the inputs of one conversion, to its {@link ImportProgress}.
 * It reports every 256 KiB rather than every read, because a report may cost a hop to the UI thread.
 */
final class ByteCountingInput extends FilterInputStream {
    private static final long REPORT_EVERY = 1 << 18;
    private final ImportProgress progress;
    private final long total;
    private long done;
    private long nextReport;

    /** Reads one input file, whose bytes are being counted. */
    interface FileReading {
        void read(Path file, InputStream in) throws IOException;
    }

    /**
     * Reads each input in turn, counting bytes toward the size of all of them together, then reports
     * everything read. Each stream is closed after its file has been read.
     */
    static void readAll(List<Path> inputs, ImportProgress progress, FileReading reading) throws IOException {
        long total = totalSize(inputs);
        long done = 0;
        for (Path input : inputs) {
            try (ByteCountingInput counted = new ByteCountingInput(Files.newInputStream(input), progress, done, total)) {
                reading.read(input, counted);
                done = counted.done();
            }
        }
        progress.bytesRead(total, total);
    }

    private static long totalSize(List<Path> inputs) throws IOException {
        long total = 0;
        for (Path input : inputs) {
            total += Files.size(input);
        }
        return total;
    }

    ByteCountingInput(InputStream in, ImportProgress progress, long doneBefore, long total) {
        super(in);
        this.progress = progress;
        this.total = total;
        this.done = doneBefore;
        this.nextReport = doneBefore + REPORT_EVERY;
    }

    long done() {
        return done;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) {
        done += n;
        if (done >= nextReport) {
            nextReport = done + REPORT_EVERY;
            progress.bytesRead(done, total);
        }
    }

    /** Throws when the user has asked the conversion to stop; importers call it between rows. */
    static void stopIfCancelled(ImportProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("import cancelled");
        }
    }
}
