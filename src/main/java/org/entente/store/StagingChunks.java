package org.entente.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Rows for staging tables, written as newline-delimited JSON chunk files that DuckDB's own reader loads,
 * on a thread of their own, while the next chunk is written. DuckDB's JDBC appender costs 15 to 25 µs an
 * event row here (every list and text is a call of its own, and its flush appends row by row); writing
 * JSON costs about 2 µs and the reader loads it at 2 to 3 µs a row on every core. Chunks are deleted once
 * loaded, and at most one batch waits, so the disk holds two batches at a time, not the dataset.
 */
final class StagingChunks implements AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();
    private static final SerializedString NEWLINE = new SerializedString("\n");

    private final Path folder;
    private final Connection connection;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "store staging loader");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Future<?>> loads = new ArrayList<>();
    /** The load under way, so that a Cancel can stop it. */
    private volatile PreparedStatement running;
    private int chunks;

    /**
     * {@code connection} is the loader thread's own (a DuckDB connection is used by one thread at a time), on
     * the database the tables were made in ({@link StoreBuild#prepare}).
     */
    StagingChunks(Path folder, Connection connection) {
        this.folder = folder;
        this.connection = connection;
    }

    /** A new chunk file for a table, with a generator writing one JSON object a line. */
    Chunk open(StagingTable table) throws IOException {
        Path file = folder.resolve(table.name() + "-" + chunks++ + ".ndjson");
        JsonGenerator generator = JSON.createGenerator(Files.newOutputStream(file), JsonEncoding.UTF8);
        generator.setRootValueSeparator(NEWLINE);
        return new Chunk(table, file, generator);
    }

    /**
     * Closes the chunks and loads them in the background, in order, once the batch before has been loaded:
     * the rows of one batch are written while the one before is loaded.
     */
    void load(List<Chunk> batch) throws IOException {
        for (Chunk chunk : batch) {
            chunk.generator().close();
        }
        finish();
        loads.add(loader.submit(() -> {
            for (Chunk chunk : batch) {
                try (PreparedStatement statement = connection.prepareStatement(chunk.table().insert())) {
                    statement.setString(1, chunk.file().toString());
                    running = statement;
                    statement.execute();
                } finally {
                    running = null;
                }
                Files.delete(chunk.file());
            }
            return null;
        }));
    }

    /** Waits for every load; the first failure is thrown. */
    void finish() throws IOException {
        await(loads.size());
    }

    private void await(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            try {
                loads.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while loading the staging rows", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw new IOException("could not load staging rows: " + cause.getMessage(), cause);
            }
        }
        loads.subList(0, Math.max(0, count)).clear();
    }

    /** Stops loading, the load under way too; what is left is in the folder the writer deletes. */
    @Override
    public void close() {
        loader.shutdownNow();
        try {
            PreparedStatement statement = running;
            if (statement != null) {
                statement.cancel();
            }
            loader.awaitTermination(30, TimeUnit.SECONDS);
            connection.close();
        } catch (SQLException alreadyClosedOrDone) {
            // Nothing more is loaded either way.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One chunk file being written. */
    record Chunk(StagingTable table, Path file, JsonGenerator generator) {
    }
}
