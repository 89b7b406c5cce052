package org.entente.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The connections a store asks its engine on: the one it opens with, and the one each thread's questions
 * go to. An engine that runs one statement per connection at a time (DuckDB) gives each thread a duplicate
 * of its own, so that the graph's query of a year does not hold up the timeline's query of a week; one
 * whose connection is a client of a server where each statement is a query of its own (Trino) shares it,
 * and the password it was opened with is given once.
 */
final class StoreConnections {
    /** Opens another connection to the same database as the given one. */
    @FunctionalInterface
    interface Duplicate {
        Connection of(Connection connection) throws SQLException;
    }

    private final Connection connection;
    /** Null when every thread shares the connection. */
    private final Duplicate duplicate;
    /** Every connection handed to a thread, closed with the store. */
    private final List<Connection> duplicates = new ArrayList<>();
    private final ThreadLocal<Connection> threadConnection = ThreadLocal.withInitial(this::duplicate);
    private boolean closed;

    private StoreConnections(Connection connection, Duplicate duplicate) {
        this.connection = connection;
        this.duplicate = duplicate;
    }

    static StoreConnections perThread(Connection connection, Duplicate duplicate) {
        return new StoreConnections(connection, duplicate);
    }

    static StoreConnections shared(Connection connection) {
        return new StoreConnections(connection, null);
    }

    /** The connection the store reads its counts and names on when it opens. */
    Connection opening() {
        return connection;
    }

    Connection forThisThread() {
        return duplicate == null ? connection : threadConnection.get();
    }

    /** Closes every connection handed out; a thread asking afterwards is refused. */
    void close() throws SQLException {
        synchronized (duplicates) {
            closed = true;
            for (Connection each : duplicates) {
                each.close();
            }
            connection.close();
        }
    }

    /** Closes a connection a store could not be opened on, keeping what went wrong as the failure. */
    static void closeAfter(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException closing) {
            failure.addSuppressed(closing);
        }
    }

    /** A new connection to the store's database, for a thread that asks for the first time. */
    private Connection duplicate() {
        synchronized (duplicates) {
            if (closed) {
                throw new IllegalStateException("the store is closed");
            }
            try {
                Connection another = duplicate.of(connection);
                duplicates.add(another);
                return another;
            } catch (SQLException e) {
                throw new IllegalStateException("could not open a connection to the store: " + e.getMessage(), e);
            }
        }
    }
}
