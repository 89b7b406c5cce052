package org.entente.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Runs a store's statements, each prepared and every value a parameter, on the asking thread's connection,
 * and stops the one a thread is running once its question is overtaken: a watch, every {@value
 * #WATCH_MILLIS} ms, cancels the statement ({@link PreparedStatement#cancel}) of each thread whose "am I
 * overtaken?" test says yes, so a superseded question stops within a few milliseconds; once its rows are
 * being read, the reading thread looks itself every {@value #CHECK_ROWS} rows.
 */
final class QueryRunner {
    /**
     * A scrub asks anew at every step and each new question waits for the one it overtook to stop: at 20 ms
     * a step waited 10 on average. Looking costs a walk over the few threads asking.
     */
    private static final long WATCH_MILLIS = 4;
    private static final long CLOSE_WAIT_SECONDS = 5;
    /**
     * How many rows are read between two looks at whether the question was overtaken. DuckDB hands over an
     * answer whole, so cancelling its statement stops nothing once the rows are being read, and reading and
     * making the 40,000 events of a busy day at a hundred million takes up to 200 ms: a day the analyst had
     * already moved on from kept the next day's question waiting that long.
     */
    private static final int CHECK_ROWS = 1_024;

    private final StoreConnections connections;
    /** The statement each thread is running, so that the watch can cancel it. */
    private final Map<Thread, PreparedStatement> running = new ConcurrentHashMap<>();
    /** The threads asking questions that may be dropped, with the test that says when. */
    private final Map<Thread, BooleanSupplier> watched = new ConcurrentHashMap<>();
    private ScheduledExecutorService watch;
    private volatile boolean closed;

    QueryRunner(StoreConnections connections) {
        this.connections = connections;
    }

    /** Reads each row of a query's answer; a failed query is a damaged or foreign store, or a lost server. */
    void query(Sql sql, RowReader reader) {
        Thread asker = Thread.currentThread();
        BooleanSupplier cancelled = watched.getOrDefault(asker, () -> closed);
        if (closed || cancelled.getAsBoolean()) {
            throw new CancellationException("the question was overtaken");
        }
        try (PreparedStatement statement = connections.forThisThread().prepareStatement(sql.text())) {
            List<Object> parameters = sql.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            running.put(asker, statement);
            try (ResultSet rows = statement.executeQuery()) {
                int read = 0;
                while (rows.next()) {
                    reader.read(rows);
                    if (++read % CHECK_ROWS == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException("the question was overtaken");
                    }
                }
            }
        } catch (SQLException e) {
            if (closed || cancelled.getAsBoolean()) {
                throw new CancellationException("the question was overtaken");
            }
            throw new IllegalStateException("the store could not answer: " + e.getMessage(), e);
        } finally {
            running.remove(asker);
        }
    }

    <T> T unlessCancelled(BooleanSupplier cancelled, Supplier<T> question) {
        Thread asker = Thread.currentThread();
        startWatch();
        watched.put(asker, cancelled);
        try {
            return question.get();
        } finally {
            watched.remove(asker);
        }
    }

    /**
     * Stops the questions under way on other threads and waits (a few seconds at most) until they have let
     * go of their connections: closing a connection that a query still runs on is not safe in DuckDB.
     */
    void close() {
        closed = true;
        synchronized (this) {
            if (watch != null) {
                watch.shutdownNow();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CLOSE_WAIT_SECONDS);
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            running.values().forEach(QueryRunner::cancel);
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
    }

    private synchronized void startWatch() {
        if (watch == null) {
            watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "store query watch");
                thread.setDaemon(true);
                return thread;
            });
            watch.scheduleWithFixedDelay(this::cancelOvertaken, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void cancelOvertaken() {
        watched.forEach((thread, cancelled) -> {
            PreparedStatement statement = running.get(thread);
            if (statement != null && cancelled.getAsBoolean()) {
                cancel(statement);
            }
        });
    }

    private static void cancel(PreparedStatement statement) {
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException finishedMeanwhile) {
            // It ended on its own; nothing is left to stop.
        }
    }
}
