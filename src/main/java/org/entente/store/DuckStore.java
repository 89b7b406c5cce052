package org.entente.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.duckdb.DuckDBConnection;

/**
 * A store in an embedded DuckDB file that {@link StoreWriter} wrote, opened read-only and asked as every
 * SQL store is ({@link SqlStore}). Each thread that asks has a connection of its own to the one database
 * ({@link StoreConnections#perThread}), so that DuckDB runs the views' queries side by side.
 */
public final class DuckStore extends SqlStore {

    private DuckStore(Connection connection) throws SQLException, IOException {
        super(StoreConnections.perThread(connection, c -> c.unwrap(DuckDBConnection.class).duplicate()), SqlDialect.DUCKDB);
    }

    /** A store named at start-up and the opening of it, until {@link #open} takes it. */
    private record Early(Path file, CompletableFuture<DuckStore> store) {
    }

    private static final AtomicReference<Early> EARLY = new AtomicReference<>();

    /**
     * Opens a store named at start-up on a thread of its own, so that it is open by the time the window,
     * still coming up meanwhile, asks for it ({@link #open}): the driver unpacks and loads a native library
     * of some 57 MB, and the store reads its counts per day and its actors, a second or more in all. A
     * failure is left for that open to report.
     */
    public static void openEarly(Path file) {
        CompletableFuture<DuckStore> opening = new CompletableFuture<>();
        EARLY.set(new Early(file.toAbsolutePath().normalize(), opening));
        Thread thread = new Thread(() -> {
            try {
                opening.complete(openNow(file));
            } catch (IOException | RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "entente-store-open");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether a file is a DuckDB database, as stores are: its header says "DUCK" at byte 8. */
    public static boolean isDatabase(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(12);
            return header.length == 12 && new String(header, 8, 4, StandardCharsets.US_ASCII).equals("DUCK");
        } catch (IOException unreadable) {
            return false;
        }
    }

    /** Opens a store read-only; a file that is not one is refused with what it is not. */
    public static DuckStore open(Path file) throws IOException {
        Early early = EARLY.get();
        if (early != null && early.file().equals(file.toAbsolutePath().normalize()) && EARLY.compareAndSet(early, null)) {
            try {
                return early.store().join();
            } catch (CompletionException failed) {
                // Opened again below, which says what is wrong with it.
            }
        }
        return openNow(file);
    }

    private static DuckStore openNow(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such store file");
        }
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
        } catch (SQLException e) {
            throw new IOException(file + ": not a DuckDB database: " + e.getMessage(), e);
        }
        try {
            return new DuckStore(connection);
        } catch (SQLException | IOException | RuntimeException e) {
            StoreConnections.closeAfter(connection, e);
            throw new IOException(file + ": not an Entente store (" + StoreBuild.FORMAT + "): " + e.getMessage(), e);
        }
    }

}
