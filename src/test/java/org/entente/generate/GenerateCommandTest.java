package org.entente.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.app.Cli;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code generate} command as a user runs it. */
class GenerateCommandTest {
    @TempDir
    Path dir;
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesALoadableFileAndSaysWhatItWrote() {
        Path file = dir.resolve("synthetic.json");
        int code = run("generate", "--events", "500", "--actors", "20", "--seed", "3", file.toString());

        assertEquals(0, code, errors());
        assertTrue(printed().matches("wrote 500 events, 20 actors, 40 relations, 20 sources to \\Q" + file
                + "\\E \\(\\d+\\.\\d MB in \\d+\\.\\d s\\)\\R"), printed());
        assertEquals(0, new DatasetLoader(LoadMode.STRICT).load(file).problems().size());
    }

    @Test
    void refusesToReplaceAFileUnlessForced() throws IOException {
        Path file = dir.resolve("taken.json");
        Files.writeString(file, "keep me");

        assertEquals(2, run("generate", "--events", "10", "--actors", "5", "--seed", "1", file.toString()));
        assertTrue(errors().contains("already exists") && errors().contains("--force"), errors());
        assertEquals("keep me", Files.readString(file));

        assertEquals(0, run("generate", "--force", "--events", "10", "--actors", "5", "--seed", "1", file.toString()),
                errors());
        assertTrue(Files.readString(file).startsWith("{"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "a temporary file was left behind");
        }
    }

    @Test
    void theCommandWritesWhatTheGeneratorWrites() throws IOException {
        Path file = dir.resolve("same.json");
        assertEquals(0, run("generate", "--events", "300", "--actors", "30", "--seed", "9", file.toString()), errors());
        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        new DatasetGenerator().write(new GeneratorOptions(300, 30, 9), direct);
        assertArrayEquals(direct.toByteArray(), Files.readAllBytes(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--events 10 --actors 5 --seed 1",
        "--events 10 --actors 5 OUT",
        "--events -1 --actors 5 --seed 1 OUT",
        "--events 10 --actors 1 --seed 1 OUT",
        "--events ten --actors 5 --seed 1 OUT",
        "--events 10 --actors 5 --seed 1 --colour OUT",
        "--events 10 --actors 5 --seed 1 OUT OTHER",
        "--events 10 --actors 5 --seed"})
    void wrongArgumentsExitTwoWithTheUsage(String arguments) {
        String[] args = ("generate " + arguments.replace("OUT", dir.resolve("out.json").toString())).split(" ");

        assertEquals(2, run(args));
        assertTrue(errors().contains("usage:") && errors().contains("generate --events N"), errors());
        assertFalse(Files.exists(dir.resolve("out.json")));
    }
}
