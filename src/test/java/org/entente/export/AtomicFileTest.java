package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void theNewContentReplacesTheOldAndNothingElseIsLeft() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");

        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void aFailureHalfWayLeavesTheOldBytesAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.txt");
        byte[] old = "old content".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);

        IOException thrown = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            // More than the buffer holds, so some of it has reached the temporary file before the failure.
            out.write(new byte[1 << 20]);
            throw new IOException("disk full");
        }));

        assertEquals("disk full", thrown.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void anUncheckedFailureAlsoCleansUp() throws IOException {
        Path target = dir.resolve("out.txt");

        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        }));

        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void theContentMayCloseTheStreamItWasGiven() throws IOException {
        Path target = dir.resolve("sub/out.txt");

        AtomicFile.write(target, out -> {
            try (out) {
                out.write('x');
            }
        });

        assertEquals("x", Files.readString(target));
    }

    static List<Path> filesIn(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
