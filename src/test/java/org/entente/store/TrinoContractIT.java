package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.model.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Trino store keeps the contract every store keeps, on a real Trino server ({@link TrinoServer}) whose
 * Hive catalog reads each test store's Parquet export: {@code mvn verify -Ptrino}.
 */
class TrinoContractIT extends EventStoreContract {
    private TrinoServer server;
    private int stores;
    private String firstSchema;

    @Override
    protected EventStore open(Dataset dataset) throws IOException {
        try {
            if (server == null) {
                server = TrinoServer.start();
            }
            String schema = "store_" + ++stores;
            Path dir = Files.createDirectories(server.lake().resolve(schema));
            StoreWriter.write(dir.resolve("store.duckdb"), dataset);
            ParquetExport.write(dir.resolve("store.duckdb"), dir.resolve("parquet"));
            server.load(schema, dir.resolve("parquet"));
            if (firstSchema == null) {
                firstSchema = schema;
            }
            return TrinoStore.connect(where(schema, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the Trino server started", e);
        } catch (SQLException e) {
            throw new IOException("could not load the store into Trino: " + e.getMessage(), e);
        }
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private TrinoConnection where(String schema, char[] password) {
        return new TrinoConnection(server.uri(), "hive", schema, "entente", password);
    }

    @Test
    void namesTheServerDoesNotHaveAreRefusedInOneLine() {
        IOException catalog = assertThrows(IOException.class, () -> TrinoStore.connect(
                new TrinoConnection(server.uri(), "nocatalog", firstSchema, "entente", null)));
        assertTrue(catalog.getMessage().contains("no catalog \"nocatalog\" (it has: hive, system)"), catalog.getMessage());
        IOException schema = assertThrows(IOException.class, () -> TrinoStore.connect(where("no_schema", null)));
        assertTrue(schema.getMessage().contains("no schema \"no_schema\""), schema.getMessage());
        IOException tables = assertThrows(IOException.class, () -> TrinoStore.connect(where("information_schema", null)));
        assertTrue(tables.getMessage().contains("lacks the tables meta, names"), tables.getMessage());
        for (IOException refused : new IOException[] {catalog, schema, tables}) {
            assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
        }
    }

    /** The test server speaks plain HTTP: a password is not sent over it. */
    @Test
    void aPasswordIsNotSentToAServerWithoutTls() {
        IOException refused = assertThrows(IOException.class, () -> TrinoStore.connect(where(firstSchema, "secret".toCharArray())));
        assertTrue(refused.getMessage().contains("offers no TLS"), refused.getMessage());
        assertFalse(refused.getMessage().contains("secret"));
    }

    /** A question overtaken while its query runs on the server stops soon after, and the store still answers. */
    @Test
    void anOvertakenQuestionCancelsItsQuery() throws Exception {
        try (TrinoStore store = TrinoStore.connect(where(firstSchema, null))) {
            AtomicBoolean overtaken = new AtomicBoolean();
            CompletableFuture<Object> asked = CompletableFuture.supplyAsync(() -> store.unlessCancelled(overtaken::get, () -> {
                store.query(new Sql("SELECT count(*) FROM UNNEST(sequence(1, 10000)) AS a(x)"
                        + " CROSS JOIN UNNEST(sequence(1, 10000)) AS b(y) CROSS JOIN UNNEST(sequence(1, 10000)) AS c(z)"
                        + " WHERE (x + y + z) % 7 = ?", 3L), row -> { });
                return "answered";
            }));
            Thread.sleep(1_000);
            assertFalse(asked.isDone(), () -> "a trillion rows take longer than a second: " + asked);
            long overtakenAt = System.nanoTime();
            overtaken.set(true);
            ExecutionException stopped = assertThrows(ExecutionException.class, () -> asked.get(30, TimeUnit.SECONDS));
            assertTrue(stopped.getCause() instanceof CancellationException, stopped::toString);
            assertTrue(System.nanoTime() - overtakenAt < TimeUnit.SECONDS.toNanos(5), "stopped within five seconds");
            assertEquals(23, store.extent().events(), "and the store still answers");
        }
    }
}
