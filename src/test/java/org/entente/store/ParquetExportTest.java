package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.entente.seed.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store's export to Parquet holds every table whole, is written atomically, and makes Trino's tables. */
class ParquetExportTest {

    @Test
    void everyTableIsExportedWithItsRowsAndNothingElseIsLeft(@TempDir Path dir) throws IOException, SQLException {
        Path store = dir.resolve("seed.duckdb");
        StoreWriter.write(store, Seed.load());
        ParquetExport.write(store, dir.resolve("parquet"));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("parquet"), store), left.sorted().toList());
        }
        try (Stream<Path> tables = Files.list(dir.resolve("parquet"))) {
            assertEquals(StoreTables.NAMES.size(), tables.count());
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement count = duck.prepareStatement("SELECT count(*) FROM read_parquet(?)")) {
            count.setString(1, ParquetExport.file(dir.resolve("parquet"), "events").toString());
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                assertEquals(23, rows.getInt(1));
            }
        }
    }

    @Test
    void aFolderThatExistsOrAFileThatIsNoStoreIsRefusedAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("seed.duckdb");
        StoreWriter.write(store, Seed.load());
        Files.createDirectory(dir.resolve("taken"));
        IOException taken = assertThrows(IOException.class, () -> ParquetExport.write(store, dir.resolve("taken")));
        assertTrue(taken.getMessage().contains("already exists"), taken.getMessage());
        Path json = Files.writeString(dir.resolve("seed.json"), "{\"format\": \"entente/1\"}");
        IOException notAStore = assertThrows(IOException.class, () -> ParquetExport.write(json, dir.resolve("out")));
        assertTrue(notAStore.getMessage().startsWith(json.toString()), notAStore.getMessage());
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(store, json, dir.resolve("taken")), left.sorted().toList());
        }
    }

    @Test
    void trinosTablesHaveTheExportsColumnsAndLocation(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("seed.duckdb");
        StoreWriter.write(store, Seed.load());
        ParquetExport.write(store, dir.resolve("parquet"));
        List<String> statements = TrinoTables.statements(dir.resolve("parquet"), "local:///lake/seed/");
        assertEquals(StoreTables.NAMES.size(), statements.size());
        String events = statements.stream().filter(s -> s.startsWith("CREATE TABLE events (")).findFirst().orElseThrow();
        assertTrue(events.contains("\"actors\" array(integer)"), events);
        assertTrue(events.contains("\"start_ms\" bigint"), events);
        assertTrue(events.endsWith("WITH (format = 'PARQUET', external_location = 'local:///lake/seed/events')"), events);
        for (String bad : List.of("no scheme", "local:///it's", "/lake/seed")) {
            IOException refused = assertThrows(IOException.class, () -> TrinoTables.statements(dir.resolve("parquet"), bad));
            assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
        }
    }
}
