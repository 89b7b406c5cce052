package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Gives a store built before them the tables a graph's window is counted and scrubbed by
 * ({@link StoreBuild#graphTables}), in place, from the store's own tables: {@code java -cp ...
 * org.entente.store.AddGraphTables STORE}. A copy of a store of a hundred million events is measured
 * this way in minutes rather than rebuilt in an hour.
 */
public final class AddGraphTables {
    private AddGraphTables() {
    }

    public static void main(String[] args) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + Path.of(args[0]).toAbsolutePath())) {
            new StoreBuild(connection, System.out::println).graphTables("main");
        }
        System.out.printf("added in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }
}
