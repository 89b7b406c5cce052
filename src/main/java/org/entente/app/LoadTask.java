package org.entente.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import javafx.concurrent.Task;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.io.LoadResult;

/**
 * Loads and indexes a dataset off the UI thread, reporting bytes read as progress. Cancelling stops the
 * reader at its next megabyte; the caller keeps the dataset it showed before.
 */
public final class LoadTask extends Task<LoadTask.Outcome> {

    /** The loader's verdict, and the indexed dataset when the load produced one. */
    public record Outcome(Origin origin, LoadResult result, IndexedDataset indexed) {
        public String name() {
            return origin.name();
        }

        public boolean loaded() {
            return indexed != null;
        }
    }

    /** Where the bytes come from: a file the user chose, or a dataset bundled in the jar. */
    public interface Origin {
        String name();

        /** The file behind this origin, when there is one the app can reopen next time. */
        default Optional<Path> file() {
            return Optional.empty();
        }

        Outcome load(LoadMonitor monitor, LoadMode mode) throws IOException;
    }

    private final Origin origin;
    private final LoadMode mode;

    public LoadTask(Origin origin, LoadMode mode) {
        this.origin = origin;
        this.mode = mode;
        updateTitle("Loading " + origin.name());
    }

    @Override
    protected Outcome call() throws IOException {
        return origin.load(new LoadMonitor() {
            @Override
            public void bytesRead(long read, long total) {
                updateProgress(read, Math.max(read, total));
                updateMessage("Reading " + origin.name() + ": " + (read >> 20) + " of " + (Math.max(read, total) >> 20) + " MB");
            }

            @Override
            public boolean isCancelled() {
                return LoadTask.this.isCancelled();
            }
        }, mode);
    }

    public static Origin file(Path path) {
        return new Origin() {
            @Override
            public String name() {
                return path.getFileName() == null ? path.toString() : path.getFileName().toString();
            }

            @Override
            public Optional<Path> file() {
                return Optional.of(path);
            }

            @Override
            public Outcome load(LoadMonitor monitor, LoadMode mode) {
                return index(this, new DatasetLoader(mode).load(path, monitor));
            }
        };
    }

    /** A dataset shipped inside the application, read from the class path. */
    public static Origin bundled(String resource) {
        return new Origin() {
            @Override
            public String name() {
                return resource.substring(resource.lastIndexOf('/') + 1);
            }

            @Override
            public Outcome load(LoadMonitor monitor, LoadMode mode) throws IOException {
                try (InputStream in = LoadTask.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IOException("the bundled dataset " + resource + " is missing from the application");
                    }
                    return index(this, new DatasetLoader(mode).load(in, name(), -1, monitor));
                }
            }
        };
    }

    private static Outcome index(Origin origin, LoadResult result) {
        return new Outcome(origin, result, result.dataset().map(IndexedDataset::of).orElse(null));
    }
}
