package org.entente.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.bench.BenchResult;

/**
 * {@link StoreBench}'s questions asked of a {@link TrinoStore}: each store given is exported to Parquet,
 * loaded into a Trino server started for the run ({@link TrinoServer}: one node, 2 GB of heap) and asked
 * the same questions as the DuckDB store. {@code java -cp ... -Dtrino.home=... -Dtrino.java=...
 * -Dtrino.work=... org.entente.store.TrinoBench STORE.duckdb...}; the figures have no targets.
 */
public final class TrinoBench {
    private TrinoBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, SQLException {
        List<BenchResult> results = new ArrayList<>();
        try (TrinoServer server = TrinoServer.start()) {
            for (String file : args) {
                long started = System.nanoTime();
                String schema = server.load(Path.of(file));
                double exported = (System.nanoTime() - started) / 1e6;
                started = System.nanoTime();
                try (TrinoStore store = server.connect(schema)) {
                    double opened = (System.nanoTime() - started) / 1e6;
                    long events = store.extent().events();
                    results.add(new BenchResult("trino: " + file + " exported to Parquet and its tables made", exported,
                            "ms", "", events));
                    results.add(new BenchResult("trino: open (names checked, counts, names and days read)", opened, "ms",
                            "", events));
                    results.addAll(StoreBench.questions("trino", store, false));
                }
            }
        }
        for (BenchResult result : results) {
            System.out.printf(Locale.ROOT, "%-100s %10.1f %s%n", result.name(), result.value(), result.unit());
        }
    }
}
