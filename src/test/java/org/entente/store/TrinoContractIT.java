package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.entente.files.TempFiles;
import org.entente.model.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Trino store keeps the contract every store keeps, on a real Trino server ({@link TrinoServer}) whose
 * Hive catalog reads each test store's Parquet export: {@code mvn verify -Ptrino}.
 */
class TrinoContractIT extends EventStoreContract {
    private final List<Path> dirs = new ArrayList<>();
    private String firstSchema;

    @Override
    protected EventStore open(Dataset dataset) throws IOException {
        Path dir = Files.createTempDirectory("trinostore");
        dirs.add(dir);
        StoreWriter.write(dir.resolve("store.duckdb"), dataset);
        try {
            String schema = TrinoServer.shared().load(dir.resolve("store.duckdb"));
            if (firstSchema == null) {
                firstSchema = schema;
            }
            return TrinoServer.shared().connect(schema);
        } catch (SQLException e) {
            throw new IOException("could not load the store into Trino: " + e.getMessage(), e);
        }
    }

    @AfterAll
    void deleteFiles() throws IOException {
        for (Path dir : dirs) {
            TempFiles.delete(dir);
        }
    }

    private TrinoConnection where(String schema, char[] password) throws IOException {
        return new TrinoConnection(TrinoServer.shared().uri(), "hive", schema, "entente", password);
    }

    @Test
    void namesTheServerDoesNotHaveAreRefusedInOneLine() {
        IOException catalog = assertThrows(IOException.class, () -> TrinoStore.connect(
                new TrinoConnection(TrinoServer.shared().uri(), "nocatalog", firstSchema, "entente", null)));
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
        try (TrinoStore store = TrinoServer.shared().connect(firstSchema)) {
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
