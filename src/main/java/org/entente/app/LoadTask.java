package org.entente.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import org.entente.convert.ImportFormat;
import org.entente.convert.ImportProblem;
import org.entente.convert.ImportProgress;
import org.entente.convert.ImportReport;
import org.entente.files.TempFiles;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadCancelledException;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.io.LoadResult;
import org.entente.io.MemoryNeed;
import org.entente.io.Problem;
import org.entente.io.Severity;
import org.entente.index.TimeIndex;
import org.entente.model.Dataset;
import org.entente.query.TimeWindow;
import org.entente.store.DuckStore;
import org.entente.store.EventStore;
import org.entente.store.Extent;
import org.entente.store.StoreWriter;
import org.entente.store.TrinoConnection;
import org.entente.store.TrinoStore;
import org.entente.workspace.DatasetPlace;

/**
 * Loads and indexes a dataset off the UI thread, reporting bytes read as progress. Cancelling stops the
 * reader at its next megabyte; the caller keeps the dataset it showed before.
 */
public final class LoadTask extends Task<LoadTask.Outcome> {

    /**
     * The loader's verdict, and the indexed dataset when the load produced one; for a store, the store
     * too, and a dataset of its title, description and periods, whose events arrive as the views ask.
     */
    public record Outcome(Origin origin, LoadResult result, IndexedDataset indexed, EventStore store) {
        Outcome(Origin origin, LoadResult result, IndexedDataset indexed) {
            this(origin, result, indexed, null);
        }

        public String name() {
            return origin.name();
        }

        public boolean loaded() {
            return indexed != null;
        }

        /** How many events the dataset holds, in memory or in its store. */
        public int events() {
            return store != null ? store.extent().events() : indexed.dataset().events().size();
        }
    }

    /** Where the bytes come from: a file the user chose, or a dataset bundled in the jar. */
    public interface Origin {
        String name();

        /** The file behind this origin, when there is one the app can reopen next time. */
        default Optional<Path> file() {
            return Optional.empty();
        }

        /** Where a workspace says the dataset is, to load it again from there. */
        DatasetPlace place();

        Outcome load(LoadMonitor monitor, LoadMode mode) throws IOException;
    }

    private final Origin origin;
    private final LoadMode mode;
    /** The store this load opened, until the load ends in its being shown or dropped. */
    private final AtomicReference<EventStore> unclaimed = new AtomicReference<>();

    /**
     * A store opened by a load cancelled before it was shown: its answer is dropped, so the load closes it,
     * whichever of the two comes first (see {@link #cancelled()}).
     */
    private void closeUnclaimed() {
        EventStore store = unclaimed.getAndSet(null);
        if (store != null) {
            store.close();
        }
    }

    @Override
    protected void cancelled() {
        closeUnclaimed();
    }

    public LoadTask(Origin origin, LoadMode mode) {
        this.origin = origin;
        this.mode = mode;
        updateTitle("Loading " + origin.name());
    }

    /**
     * Loads and indexes. Running out of memory (the file was estimated to fit, or its size is unknown) ends
     * the load with a problem that says what to do; what was read is dropped and the app stays up.
     */
    @Override
    protected Outcome call() throws IOException {
        try {
            Outcome outcome = load();
            if (outcome.store() != null) {
                unclaimed.set(outcome.store());
                if (isCancelled()) {
                    closeUnclaimed();
                }
            }
            return outcome;
        } catch (OutOfMemoryError e) {
            return new Outcome(origin, DatasetLoader.unreadable(origin.name(), MemoryNeed.ranOut(Runtime.getRuntime().maxMemory())),
                    null);
        }
    }

    private Outcome load() throws IOException {
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

            @Override
            public void phase(String what) {
                updateProgress(-1, 1);
                updateMessage(origin.name() + ": " + what);
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
            public DatasetPlace place() {
                return new DatasetPlace.File(path.toAbsolutePath());
            }

            @Override
            public Outcome load(LoadMonitor monitor, LoadMode mode) {
                if (DuckStore.isDatabase(path)) {
                    return openStore(this, path);
                }
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
            public DatasetPlace place() {
                return new DatasetPlace.Sample(resource);
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

    /**
     * Files of another format, converted to {@code entente/1} in a temporary file and then loaded. Rows
     * the importer could not read appear among the problems as warnings, with their file and line, so
     * nothing is dropped unsaid. The user saves the result with File ▸ Export.
     */
    public static Origin imported(ImportFormat format, List<Path> inputs) {
        return new Origin() {
            @Override
            public String name() {
                String first = inputs.get(0).getFileName().toString();
                return format.title() + " " + (inputs.size() == 1 ? first : first + " and " + (inputs.size() - 1) + " more");
            }

            @Override
            public DatasetPlace place() {
                return new DatasetPlace.Imported(format.name(), inputs.stream().map(Path::toAbsolutePath).toList());
            }

            @Override
            public Outcome load(LoadMonitor monitor, LoadMode mode) throws IOException {
                Path converted = TempFiles.create("entente-import-", ".json");
                try {
                    ImportReport report;
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(converted))) {
                        report = format.importer().convert(inputs, out, new ImportProgress() {
                            @Override
                            public void bytesRead(long done, long total) {
                                monitor.bytesRead(done / 2, total);
                            }

                            @Override
                            public boolean isCancelled() {
                                return monitor.isCancelled();
                            }
                        });
                    } catch (CancellationException e) {
                        throw new LoadCancelledException();
                    }
                    long size = Files.size(converted);
                    LoadResult loaded = new DatasetLoader(mode).load(converted, new LoadMonitor() {
                        @Override
                        public void bytesRead(long read, long total) {
                            monitor.bytesRead(size + read, 2 * size);
                        }

                        @Override
                        public boolean isCancelled() {
                            return monitor.isCancelled();
                        }
                    });
                    return index(this, withImportProblems(loaded, report));
                } finally {
                    TempFiles.delete(converted);
                }
            }
        };
    }

    /**
     * Files of another format streamed into a new store at {@code out}, which then opens as any store does.
     * The store is built beside {@code out} and moved there only when complete: a Cancel (checked between
     * the input's megabytes and between the build's phases) or a failure leaves nothing at {@code out} and
     * nothing beside it. Rows the importer could not read are warnings among the problems.
     */
    public static Origin importedToStore(ImportFormat format, List<Path> inputs, Path out) {
        return new Origin() {
            @Override
            public String name() {
                return out.getFileName().toString();
            }

            @Override
            public Optional<Path> file() {
                return Optional.of(out);
            }

            @Override
            public DatasetPlace place() {
                return new DatasetPlace.File(out.toAbsolutePath());
            }

            @Override
            public Outcome load(LoadMonitor monitor, LoadMode mode) throws IOException {
                ImportReport report;
                try (StoreWriter writer = StoreWriter.create(out)) {
                    report = format.importer().convert(inputs, writer, new ImportProgress() {
                        @Override
                        public void bytesRead(long done, long total) {
                            monitor.bytesRead(done, total);
                        }

                        @Override
                        public boolean isCancelled() {
                            return monitor.isCancelled();
                        }
                    });
                    writer.finish(phase -> {
                        if (monitor.isCancelled()) {
                            throw new LoadCancelledException();
                        }
                        monitor.phase(phase);
                    });
                } catch (CancellationException e) {
                    throw new LoadCancelledException();
                }
                Outcome opened = openStore(this, out);
                return new Outcome(this, withImportProblems(opened.result(), report), opened.indexed(), opened.store());
            }
        };
    }

    private static LoadResult withImportProblems(LoadResult loaded, ImportReport report) {
        List<Problem> problems = new ArrayList<>();
        for (ImportProblem p : report.problems()) {
            problems.add(new Problem(Severity.WARNING, p.file().toString(), (int) Math.min(Integer.MAX_VALUE, p.line()),
                    (int) Math.max(1, Math.min(Integer.MAX_VALUE, p.column())), "", p.message()));
        }
        problems.addAll(loaded.problems());
        return new LoadResult(loaded.datasetOrNull(), problems, loaded.errorCount(),
                loaded.warningCount() + report.problems().size(), loaded.skippedRecords());
    }

    /**
     * Opens a store and reads its head, the records of all of it with none of its events (there are always
     * too many to ask for at once): a store that does not open is one problem that says why.
     */
    private static Outcome openStore(Origin origin, Path path) {
        try {
            return opened(origin, DuckStore.open(path));
        } catch (IOException e) {
            return index(origin, DatasetLoader.unreadable(path.toString(), unprefixed(e, path.toString())));
        }
    }

    /** An open store and its head: its title, description and periods, from the records of all its days. */
    private static Outcome opened(Origin origin, EventStore store) {
        Extent extent = store.extent();
        long from = Math.floorDiv(extent.minStart(), DAY) * DAY;
        long to = Math.max(from + DAY, -Math.floorDiv(-extent.maxEnd(), DAY) * DAY);
        Dataset head = store.records(new TimeWindow(from, to), 0).dataset();
        LoadResult result = new LoadResult(head, List.of(), 0, 0, 0);
        return new Outcome(origin, result, new IndexedDataset(head, TimeIndex.of(head.events()), store.stats()), store);
    }

    /**
     * A store's tables on a Trino server (File ▸ Connect): connected over TLS when offered, its names checked
     * against the server's metadata, then opened as a store file is. A refusal is one problem naming the
     * server and saying why; the password is never part of it, and its characters are cleared once used.
     */
    public static Origin connected(TrinoConnection where) {
        return new Origin() {
            @Override
            public String name() {
                return where.catalog() + "." + where.schema() + " on " + where.server().getHost();
            }

            @Override
            public DatasetPlace place() {
                return new DatasetPlace.Trino(where.server().toString(), where.catalog(), where.schema(), where.user());
            }

            @Override
            public Outcome load(LoadMonitor monitor, LoadMode mode) {
                try {
                    return opened(this, TrinoStore.connect(where));
                } catch (IOException e) {
                    String server = where.server().toString();
                    return index(this, DatasetLoader.unreadable(server, unprefixed(e, server)));
                } finally {
                    if (where.password() != null) {
                        Arrays.fill(where.password(), '\0');
                    }
                }
            }
        };
    }

    /** A store's message names its file or server first; the problem names it once, before the message. */
    private static String unprefixed(IOException e, String where) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith(where + ": ") ? message.substring(where.length() + 2) : message;
    }

    private static final long DAY = 86_400_000L;

    private static Outcome index(Origin origin, LoadResult result) {
        return new Outcome(origin, result, result.dataset().map(IndexedDataset::of).orElse(null));
    }
}
