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
            for (int i = 0; i < args.length; i++) {
                String schema = "bench_" + i;
                Path export = server.lake().resolve(schema);
                long started = System.nanoTime();
                ParquetExport.write(Path.of(args[i]), export);
                double exported = (System.nanoTime() - started) / 1e6;
                server.load(schema, export);
                started = System.nanoTime();
                try (TrinoStore store = TrinoStore.connect(new TrinoConnection(server.uri(), "hive", schema, "entente",
                        null))) {
                    double opened = (System.nanoTime() - started) / 1e6;
                    results.add(new BenchResult("trino: " + args[i] + " exported to Parquet", exported, "ms", "",
                            store.extent().events()));
                    results.add(new BenchResult("trino: open (names checked, counts, names and days read)", opened, "ms",
                            "", store.extent().events()));
                    results.addAll(StoreBench.questions("trino", store, false));
                }
            }
        }
        for (BenchResult result : results) {
            System.out.printf(Locale.ROOT, "%-100s %10.1f %s%n", result.name(), result.value(), result.unit());
        }
    }
}
