package org.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gzip file that expands far past its size is refused with a problem, not read on into a store. */
class GzipBombTest {

    @Test
    void aGzipStreamExpandingAHundredTimesItsSizeIsRefused(@TempDir Path dir) throws IOException {
        Path bomb = dir.resolve("bomb.json.gz");
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            out.write("{\"format\": \"entente/1\", \"title\": \"t\",".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < DatasetLoader.MIN_GUNZIPPED_MIB + 8; i++) {
                out.write(spaces);
            }
            out.write("\"events\": []}".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(bomb) * DatasetLoader.MAX_GZIP_RATIO < (long) DatasetLoader.MIN_GUNZIPPED_MIB << 20,
                "small enough that the floor is the limit");
        LoadResult result = new DatasetLoader(LoadMode.LENIENT).stream(bomb, new RecordingSink(), LoadMonitor.NONE);
        assertEquals(1, result.errorCount(), result.problems()::toString);
        String problem = result.problems().get(0).format();
        assertTrue(problem.startsWith(bomb.toString()) && problem.contains("expands past 256 MiB"), problem);
    }
}
