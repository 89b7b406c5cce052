package org.entente.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.app.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code atlas} command, run as the command line runs it, on a hand-written package of two files. */
class AtlasCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesBothAtlasesAndSaysWhatItWrote() throws IOException {
        Path source = worldAtlas(TopoJsonReaderTest.QUANTIZED);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("atlas", source.toString(), "--out", out.toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(List.of(
                "wrote " + out.resolve("countries-110m.atlas") + ": 3 countries, 19 vertices, "
                        + Files.size(out.resolve("countries-110m.atlas")) + " bytes",
                "wrote " + out.resolve("countries-50m.atlas") + ": 3 countries, 19 vertices, "
                        + Files.size(out.resolve("countries-50m.atlas")) + " bytes"), run.out().lines().toList());
        try (InputStream in = Files.newInputStream(out.resolve("countries-50m.atlas"))) {
            assertEquals("AUS", AtlasReader.read(in).get(0).code());
        }
    }

    @Test
    void aBadInputIsOneLineAndNothingIsWritten() throws IOException {
        Path source = worldAtlas(TopoJsonReaderTest.QUANTIZED);
        Files.writeString(source.resolve("countries-50m.json"), "{\"type\": \"Topology\", \"arcs\": 7}");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("atlas", source.toString(), "--out", out.toString());

        assertEquals(1, run.code());
        assertEquals("atlas: " + source.resolve("countries-50m.json") + ": $.arcs: expected an array of arcs, found 7\n",
                run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingFileIsNamed() {
        CliRun run = CliRun.of("atlas", dir.toString(), "--out", dir.toString());

        assertEquals(1, run.code());
        assertEquals("atlas: " + dir.resolve("countries-110m.json") + ": no such file, expected a TopoJSON topology\n",
                run.err());
    }

    @Test
    void missingArgumentsAreWrongUsage() {
        CliRun run = CliRun.of("atlas", dir.toString());

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("atlas: the world-atlas package directory and --out are both required\n"));
    }

    private Path worldAtlas(String json) throws IOException {
        Path source = Files.createDirectories(dir.resolve("package"));
        Files.writeString(source.resolve("countries-110m.json"), json, StandardCharsets.UTF_8);
        Files.writeString(source.resolve("countries-50m.json"), json, StandardCharsets.UTF_8);
        return source;
    }
}
