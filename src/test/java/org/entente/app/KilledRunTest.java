package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.entente.files.TempFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed half way leaves the previous output intact, and its temporary file goes when the next run starts. */
class KilledRunTest {
    private static final String PREVIOUS = "{\"format\": \"entente/1\", \"title\": \"the previous output\"}";

    @TempDir
    Path dir;
    private String ledgerBefore;

    @BeforeEach
    void ownLedger() {
        ledgerBefore = System.getProperty("entente.ledger");
        System.setProperty("entente.ledger", dir.resolve("ledger").toString());
    }

    @AfterEach
    void restoreLedger() {
        if (ledgerBefore == null) {
            System.clearProperty("entente.ledger");
        } else {
            System.setProperty("entente.ledger", ledgerBefore);
        }
    }

    private List<Path> strays() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void aGenerateKilledWhileWritingLeavesTheOldFileAndTheNextRunRemovesItsTemporaryFile() throws Exception {
        Path out = Files.writeString(dir.resolve("out.json"), PREVIOUS);
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dentente.ledger=" + dir.resolve("ledger"), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "generate", "--events", "5000000", "--actors", "2000", "--seed", "1", "--force", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && (strays().isEmpty() || Files.size(strays().get(0)) < (1 << 20))) {
            Thread.sleep(50);
        }
        run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertEquals(1, strays().size(), "killed while writing, it left its temporary file");
        assertEquals(PREVIOUS, Files.readString(out), "the previous output is intact");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Cli.run(new String[] {"stats", out.toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertEquals(List.of(), strays(), "the next run removed it");
        assertEquals(PREVIOUS, Files.readString(out));
    }

    @Test
    void aStoreKilledWhileBeingWrittenLeavesNoStoreAndTheNextRunRemovesItsFolder() throws Exception {
        Path store = dir.resolve("big.duckdb");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dentente.ledger=" + dir.resolve("ledger"), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "generate", "--events", "5000000", "--actors", "2000", "--seed", "1", "--to", "store",
                store.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && folderBytes(strays()) < (8 << 20)) {
            Thread.sleep(50);
        }
        run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertEquals(1, strays().size(), "killed while writing, it left its folder");
        assertFalse(Files.exists(store), "and no store");

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Cli.run(new String[] {"stats", store.toString()}, new PrintStream(printed, true, StandardCharsets.UTF_8), System.err);
        assertEquals(List.of(), strays(), "the next run removed the folder and all it held");
    }

    /** The bytes in the one stray folder, 0 while there is none (the strays are listed once, as they come and go). */
    private static long folderBytes(List<Path> strays) throws IOException {
        if (strays.isEmpty()) {
            return 0;
        }
        try (Stream<Path> files = Files.list(strays.get(0))) {
            long bytes = 0;
            for (Path file : files.toList()) {
                bytes += Files.size(file);
            }
            return bytes;
        } catch (NoSuchFileException gone) {
            return 0;
        }
    }

    @Test
    void theFilesOfARunStillGoingAreLeftAlone() throws IOException {
        Path mine = TempFiles.create(dir, ".mine.", ".tmp");
        assertEquals(0, TempFiles.sweep());
        assertTrue(Files.exists(mine), "this run is alive: its file stays");
        TempFiles.delete(mine);
        assertFalse(Files.exists(mine));
        try (Stream<Path> entries = Files.list(dir.resolve("ledger"))) {
            assertEquals(0, entries.count(), "and it left the ledger");
        }
    }
}
