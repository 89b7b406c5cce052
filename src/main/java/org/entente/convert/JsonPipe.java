package org.entente.convert;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.io.DatasetLoader;
import org.entente.io.DatasetSink;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.io.LoadResult;

/**
 * A writer of JSON (an importer, the generator), made to give its records to a sink: it writes on a thread
 * of its own into a pipe that the streaming loader reads as it comes, so that no file and no second copy of the dataset is
 * made. The importers list sources and actors before the events that name them, so the loader holds no
 * reference for the end. What an importer writes loads without error; if it ever does not, the import
 * fails with the first problem rather than writing a dataset with records missing.
 */
public final class JsonPipe {
    private static final int PIPE_BYTES = 1 << 20;

    /** Writes an {@code entente/1} document and says what it wrote. */
    @FunctionalInterface
    public interface JsonWriter<T> {
        T write(OutputStream out) throws IOException;
    }

    private JsonPipe() {
    }

    static ImportReport convert(Importer importer, List<Path> inputs, DatasetSink sink, ImportProgress progress)
            throws IOException {
        return stream(out -> importer.convert(inputs, out, progress), String.valueOf(inputs.get(0).getFileName()),
                sink, progress);
    }

    /** Streams what {@code writer} writes into {@code sink}; returns what the writer returned. */
    public static <T> T stream(JsonWriter<T> json, String name, DatasetSink sink, ImportProgress progress)
            throws IOException {
        PipedInputStream in = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream out = new PipedOutputStream(in);
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "import writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<T> report = writer.submit(() -> {
                try (out) {
                    return json.write(out);
                }
            });
            LoadResult loaded;
            try (in) {
                loaded = new DatasetLoader(LoadMode.STRICT).stream(in, name, -1, sink, new LoadMonitor() {
                            @Override
                            public boolean isCancelled() {
                                return progress.isCancelled();
                            }
                        });
            }
            T done = result(report);
            if (loaded.errorCount() > 0) {
                throw new IOException("the import did not load: " + loaded.problems().get(0).format());
            }
            return done;
        } finally {
            writer.shutdownNow();
        }
    }

    private static <T> T result(Future<T> report) throws IOException {
        try {
            return report.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while importing");
        } catch (ExecutionException e) {
            throw ThrownElsewhere.rethrow(e.getCause());
        }
    }
}
