package org.entente.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Trino statements that make a schema's tables of an export's Parquet folders ({@link ParquetExport}):
 * one {@code CREATE TABLE ... WITH (format = 'PARQUET', external_location = ...)} per table, with the
 * columns the Parquet file holds, read by DuckDB. DDL takes no parameters, so what goes into it is checked
 * first: column names are plain lower-case words, types one of those a store uses, and the location a URI
 * without quotes.
 */
public final class TrinoTables {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Map<String, String> TYPES = Map.of("BOOLEAN", "boolean", "TINYINT", "tinyint",
            "SMALLINT", "smallint", "INTEGER", "integer", "BIGINT", "bigint", "DOUBLE", "double", "FLOAT", "real",
            "VARCHAR", "varchar");

    private TrinoTables() {
    }

    /**
     * The statements for an export in {@code dir}, which Trino sees at {@code location} (such as
     * {@code local:///entente/gdelt} or {@code s3://lake/entente/gdelt}), to run in the schema that is to
     * hold the store.
     */
    public static List<String> statements(Path dir, String location) throws IOException {
        String base = location(location);
        List<String> statements = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (String table : StoreTables.NAMES) {
                statements.add("CREATE TABLE " + table + " (" + columns(duck, ParquetExport.file(dir, table))
                        + ") WITH (format = 'PARQUET', external_location = '" + base + "/" + table + "')");
            }
        } catch (SQLException e) {
            throw new IOException(dir + ": could not read the export's Parquet files: " + e.getMessage(), e);
        }
        return statements;
    }

    /** Runs the statements in the connection's catalog and schema. */
    static void create(Connection trino, List<String> statements) throws SQLException {
        for (String statement : statements) {
            try (PreparedStatement create = trino.prepareStatement(statement)) {
                create.execute();
            }
        }
    }

    private static String columns(Connection duck, Path file) throws SQLException, IOException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement describe = duck.prepareStatement("DESCRIBE SELECT * FROM read_parquet(?)")) {
            describe.setString(1, file.toString());
            try (ResultSet rows = describe.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    if (!PLAIN.matcher(name).matches()) {
                        throw new IOException(file + ": a column named \"" + name + "\" is not a store's");
                    }
                    columns.add("\"" + name + "\" " + type(file, rows.getString(2)));
                }
            }
        }
        return String.join(", ", columns);
    }

    /** The Trino type of a DuckDB type a store uses, lists of them included. */
    private static String type(Path file, String duck) throws IOException {
        if (duck.endsWith("[]")) {
            return "array(" + type(file, duck.substring(0, duck.length() - 2)) + ")";
        }
        String type = TYPES.get(duck);
        if (type == null) {
            throw new IOException(file + ": a column of type " + duck + " is not a store's");
        }
        return type;
    }

    private static String location(String location) throws IOException {
        String base = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        try {
            if (new URI(base).getScheme() == null || base.indexOf('\'') >= 0) {
                throw new IOException("a location is a URI with a scheme and no quotes, not " + location);
            }
        } catch (URISyntaxException e) {
            throw new IOException("not a URI: " + location, e);
        }
        return base;
    }
}
