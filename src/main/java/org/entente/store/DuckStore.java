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

    /**
     * Loads the engine on a thread of its own (the driver unpacks and loads a native library of some
     * 57 MB, a second or more), so that a store named at start-up opens while the window is still coming up.
     */
    public static void preload() {
        Thread loading = new Thread(() -> {
            try (Connection unused = DriverManager.getConnection("jdbc:duckdb:")) {
                // Connecting in memory is what loads the library; nothing else is wanted of it.
            } catch (SQLException e) {
                // The store's own open says what is wrong, when it is asked for.
            }
        }, "entente-duckdb-preload");
        loading.setDaemon(true);
        loading.start();
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
