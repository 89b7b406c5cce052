package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * A DuckDB database's connection and a duplicate of it for each thread that asks, so that the graph's query
 * of a year does not hold up the timeline's query of a week: DuckDB runs them side by side.
 */
final class DuckConnections implements StoreConnections {
    private final Connection connection;
    /** Every connection handed to a thread, closed with the store. */
    private final List<Connection> duplicates = new ArrayList<>();
    private final ThreadLocal<Connection> threadConnection = ThreadLocal.withInitial(this::duplicate);
    private boolean closed;

    DuckConnections(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Connection opening() {
        return connection;
    }

    @Override
    public Connection forThisThread() {
        return threadConnection.get();
    }

    @Override
    public void close() throws SQLException {
        synchronized (duplicates) {
            closed = true;
            for (Connection duplicate : duplicates) {
                duplicate.close();
            }
            connection.close();
        }
    }

    /** A new connection to the store's database, for a thread that asks for the first time. */
    private Connection duplicate() {
        synchronized (duplicates) {
            if (closed) {
                throw new IllegalStateException("the store is closed");
            }
            try {
                Connection duplicate = connection.unwrap(DuckDBConnection.class).duplicate();
                duplicates.add(duplicate);
                return duplicate;
            } catch (SQLException e) {
                throw new IllegalStateException("could not open a connection to the store: " + e.getMessage(), e);
            }
        }
    }
}
