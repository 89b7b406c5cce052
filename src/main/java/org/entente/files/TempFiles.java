package org.entente.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Temporary files that a killed run cannot leave behind. Each is entered in a ledger (a folder in the
 * system's temporary folder, one small entry per file naming it and the process that made it) before it
 * is written, and leaves the ledger when it is moved into place or deleted. A run that is killed cannot
 * clean up, so every run of the app and of the command line starts by sweeping the ledger: the files of
 * processes that are gone are deleted. Files beside a target (which an atomic rename needs) are thus
 * found again although they live wherever the user writes.
 */
public final class TempFiles {
    private static final String ENTRY = ".entry";

    private TempFiles() {
    }

    /** The ledger's folder; a system property moves it, so that tests keep theirs apart. */
    static Path ledger() {
        return Path.of(System.getProperty("entente.ledger",
                Path.of(System.getProperty("java.io.tmpdir"), "entente-ledger").toString()));
    }

    /**
     * Creates an empty file named {@code prefix + random + suffix} in {@code dir} and enters it in the
     * ledger. Call {@link #done} once it has been moved into place or deleted.
     */
    public static Path create(Path dir, String prefix, String suffix) throws IOException {
        return create(dir, prefix, suffix, Files::createFile);
    }

    /** Makes a file or a folder at a path, failing if the path is taken. */
    private interface Maker {
        Path make(Path path) throws IOException;
    }

    private static Path create(Path dir, String prefix, String suffix, Maker maker) throws IOException {
        Files.createDirectories(dir);
        while (true) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path file = dir.toAbsolutePath().resolve(prefix + random + suffix);
            Path entry = entryOf(file);
            Files.createDirectories(entry.getParent());
            Files.writeString(entry, ProcessHandle.current().pid() + "\n" + started(ProcessHandle.current()) + "\n"
                    + file + "\n", StandardCharsets.UTF_8);
            try {
                return maker.make(file);
            } catch (FileAlreadyExistsException taken) {
                Files.deleteIfExists(entry);
            } catch (IOException | RuntimeException failure) {
                Files.deleteIfExists(entry);
                throw failure;
            }
        }
    }

    /**
     * Creates an empty folder as {@link #create} creates a file, for a writer that makes several files of
     * its own (a database with its log and spill files); a sweep deletes the folder with all it holds. It is
     * made a folder at once: made a file first, then deleted and made again, its name was for a moment a file,
     * then nothing, and for that moment also free for another process to take.
     */
    public static Path createDirectory(Path dir, String prefix, String suffix) throws IOException {
        return create(dir, prefix, suffix, Files::createDirectory);
    }

    /** Creates a ledgered file in the system's temporary folder. */
    public static Path create(String prefix, String suffix) throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")), prefix, suffix);
    }

    /** The file is gone or has become a real file: it leaves the ledger. */
    public static void done(Path file) throws IOException {
        Files.deleteIfExists(entryOf(file.toAbsolutePath()));
    }

    /** Deletes a ledgered file or folder, if it is still there, and takes it out of the ledger. */
    public static void delete(Path file) throws IOException {
        deleteTree(file);
        done(file);
    }

    /** Deletes a file, or a folder and everything in it; true when something was there. */
    private static boolean deleteTree(Path path) throws IOException {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> inside = Files.list(path)) {
                for (Path child : inside.toList()) {
                    deleteTree(child);
                }
            }
        }
        return Files.deleteIfExists(path);
    }

    /**
     * Deletes the files of runs that are gone, and their entries; entries of runs still going are left
     * alone; and the database engines killed runs left unpacked ({@link UnpackedLibraries}). Returns how
     * many of its own files it deleted. Never fails: a file it cannot delete now is tried again
     * by the next run.
     */
    public static int sweep() {
        UnpackedLibraries.sweep();
        Path ledger = ledger();
        if (!Files.isDirectory(ledger)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(ledger, "*" + ENTRY)) {
            for (Path entry : entries) {
                deleted += sweep(entry);
            }
        } catch (IOException | RuntimeException e) {
            return deleted;
        }
        return deleted;
    }

    private static int sweep(Path entry) {
        try {
            List<String> lines = Files.readAllLines(entry, StandardCharsets.UTF_8);
            if (lines.size() < 3) {
                Files.deleteIfExists(entry);
                return 0;
            }
            long pid = Long.parseLong(lines.get(0));
            Optional<ProcessHandle> owner = ProcessHandle.of(pid);
            if (owner.isPresent() && started(owner.get()).equals(lines.get(1))) {
                return 0;
            }
            boolean gone = deleteTree(Path.of(lines.get(2)));
            Files.deleteIfExists(entry);
            return gone ? 1 : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** When a process started: with its pid, what tells it from a later process given the same pid. */
    private static String started(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toString).orElse("?");
    }

    /** The entry of a file: named after a hash of its path, so that finding it needs no search. */
    private static Path entryOf(Path file) {
        String key = Integer.toUnsignedString(file.toString().hashCode(), 36) + "-"
                + Integer.toUnsignedString(file.getFileName().toString().hashCode(), 36);
        return ledger().resolve(key + ENTRY);
    }
}
