package org.entente.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DeterminismTest {
    private static byte[] generate(int events, int actors, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetGenerator().write(new GeneratorOptions(events, actors, seed), out);
        return out.toByteArray();
    }

    @Test
    void theSameArgumentsGiveTheSameBytes() throws IOException {
        byte[] first = generate(3_000, 120, 42);
        assertTrue(first.length > 1_000_000, "only " + first.length + " bytes");
        assertArrayEquals(first, generate(3_000, 120, 42));
    }

    @Test
    void anotherSeedGivesAnotherDataset() throws IOException {
        assertFalse(Arrays.equals(generate(3_000, 120, 42), generate(3_000, 120, 43)));
    }

    @Test
    void theSmallestDatasetIsStillWellFormed() throws IOException {
        String json = new String(generate(0, 2, 1), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\n\"format\":\"entente/1\","), json);
        assertTrue(json.contains("\"events\":[]"), json);
    }
}
