package org.entente.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The engine DuckDB's JDBC driver unpacks into the temporary folder each time it starts (57 MB) and deletes
 * only when the process ends cleanly: a killed run leaves it there. A sweep deletes the copies that no live
 * process has loaded. What is loaded is read from {@code /proc}, so this works on Linux and does nothing
 * elsewhere; a copy younger than a minute is left alone, as a process may be about to load it.
 */
public final class UnpackedLibraries {
    private static final String PREFIX = "libduckdb_java";
    private static final Duration SETTLING = Duration.ofMinutes(1);

    private UnpackedLibraries() {
    }

    /** Deletes the unloaded copies older than a minute; returns how many. Never fails. */
    public static int sweep() {
        return sweep(Path.of(System.getProperty("java.io.tmpdir")), SETTLING);
    }

    static int sweep(Path folder, Duration minimumAge) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc.resolve("self"))) {
            return 0;
        }
        try {
            List<Path> copies = copies(folder, Instant.now().minus(minimumAge));
            if (copies.isEmpty()) {
                return 0;
            }
            Set<String> loaded = loaded(proc);
            int deleted = 0;
            for (Path copy : copies) {
                if (!loaded.contains(copy.toRealPath().toString()) && Files.deleteIfExists(copy)) {
                    deleted++;
                }
            }
            return deleted;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static List<Path> copies(Path folder, Instant before) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    copies.add(file);
                }
            }
        }
        return copies;
    }

    /** The unpacked engines mapped into any process this user can see. */
    static Set<String> loaded(Path proc) throws IOException {
        Set<String> loaded = new HashSet<>();
        try (Stream<Path> processes = Files.list(proc)) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try (Stream<String> maps = Files.lines(process.resolve("maps"))) {
                    maps.filter(line -> line.contains(PREFIX)).forEach(line -> loaded.add(line.substring(line.indexOf('/'))));
                } catch (IOException | RuntimeException goneOrNotOurs) {
                    // A process that ended meanwhile, or one of another user's, whose files are not ours to delete.
                }
            }
        }
        return loaded;
    }
}
