package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Gives a store built before them the tables that answer a window's graph and its density
 * ({@link StoreBuild#graphTables}, {@link StoreBuild#offDayCounts}), in place and from the store's own tables,
 * each only if the store lacks it: {@code java -cp ... org.entente.store.AddWindowTables STORE}. A copy of a
 * store of a hundred million events is measured this way in minutes rather than rebuilt in an hour.
 */
public final class AddWindowTables {
    private AddWindowTables() {
    }

    public static void main(String[] args) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + Path.of(args[0]).toAbsolutePath())) {
            StoreBuild build = new StoreBuild(connection, System.out::println);
            if (!has(connection, "pair_years")) {
                build.graphTables("main");
            }
            if (!has(connection, "pair_events")) {
                build.pairRows("main");
            }
            if (!has(connection, "offday_events")) {
                build.offDayCounts("main");
            }
            try (PreparedStatement statement = connection.prepareStatement("UPDATE meta SET format = ?")) {
                statement.setString(1, StoreBuild.FORMAT);
                statement.execute();
            }
        }
        System.out.printf("added in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static boolean has(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }
}
