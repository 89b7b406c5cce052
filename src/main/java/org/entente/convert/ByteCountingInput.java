package org.entente.convert;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.entente.io.CountingInputStream;

/**
 * Reads the inputs of one conversion in turn, reporting the bytes read so far, across all of them, to
 * its {@link ImportProgress}, every 256 KiB.
 */
final class ByteCountingInput {
    private static final long REPORT_EVERY = 1 << 18;

    private ByteCountingInput() {
    }

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
            try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(input), done, REPORT_EVERY,
                    read -> progress.bytesRead(read, total))) {
                reading.read(input, counted);
                done = counted.bytesRead();
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

    /** Throws when the user has asked the conversion to stop; importers call it between rows. */
    static void stopIfCancelled(ImportProgress progress) {
        if (progress.isCancelled()) {
            throw new CancellationException("import cancelled");
        }
    }
}
