package org.entente.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An engine a killed run left unpacked is deleted; one a live process has loaded, or may be loading, is not. */
class UnpackedLibrariesTest {

    @Test
    void copiesNoProcessLoadedGoOnceTheyAreAMinuteOld(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "what is loaded is read from /proc");
        Path left = Files.writeString(dir.resolve("libduckdb_java42.so"), "left by a killed run");
        Path other = Files.writeString(dir.resolve("notes.txt"), "not an engine");
        assertEquals(0, UnpackedLibraries.sweep(dir, Duration.ofMinutes(1)), "too young to tell: it may be loading");
        assertTrue(Files.exists(left));
        assertEquals(1, UnpackedLibraries.sweep(dir, Duration.ZERO));
        assertFalse(Files.exists(left));
        assertTrue(Files.exists(other));
    }

    @Test
    void theCopyThisProcessLoadedCountsAsLoaded() throws IOException, SQLException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "what is loaded is read from /proc");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            Path mapped;
            try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
                mapped = Path.of(maps.filter(line -> line.contains("libduckdb_java")).findFirst().orElseThrow()
                        .replaceFirst("^[^/]*", ""));
            }
            assertTrue(UnpackedLibraries.loaded(Path.of("/proc")).contains(mapped.toString()));
        }
    }
}
