package org.entente.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.entente.files.TempFiles;

/**
 * A store's tables as Parquet files, one folder per table ({@code DIR/events/data.parquet} ...), which a
 * Hive or Iceberg catalog of Trino reads in place ({@link TrinoTables}). The store is opened read-only;
 * the folders are written in a ledgered folder beside DIR and renamed into place when all are complete, so
 * that a failure or a kill leaves no half-written export.
 */
public final class ParquetExport {
    private static final String FILE = "data.parquet";

    private ParquetExport() {
    }

    /** Writes the store's tables under {@code dir}, which must not exist yet. */
    public static void write(Path store, Path dir) throws IOException {
        Path target = dir.toAbsolutePath();
        if (Files.exists(target)) {
            throw new IOException(dir + " already exists; an export goes to a new folder");
        }
        if (!Files.isRegularFile(store) || !DuckStore.isDatabase(store)) {
            throw new IOException(store + ": not a store file");
        }
        Path folder = TempFiles.createDirectory(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            copy(store, folder);
            try {
                Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(folder, target);
            }
        } finally {
            // After the move this only takes the folder out of the ledger.
            TempFiles.delete(folder);
        }
    }

    /** The file a table's folder holds. */
    static Path file(Path dir, String table) {
        return dir.resolve(table).resolve(FILE);
    }

    private static void copy(Path store, Path folder) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), properties);
             Statement statement = connection.createStatement()) {
            try (ResultSet meta = statement.executeQuery("SELECT format FROM meta")) {
                if (!meta.next() || !StoreBuild.FORMAT.equals(meta.getString(1))) {
                    throw new IOException(store + ": not an Entente store (" + StoreBuild.FORMAT + ")");
                }
            }
            for (String table : StoreTables.NAMES) {
                Files.createDirectory(folder.resolve(table));
                // COPY takes no parameters: the table is one of the store's own names, the path our own folder.
                statement.execute("COPY (SELECT * FROM " + table + ") TO " + StoreBuild.literal(file(folder, table).toString())
                        + " (FORMAT PARQUET)");
            }
        } catch (SQLException e) {
            throw new IOException(store + ": could not export it to Parquet: " + e.getMessage(), e);
        }
    }
}
