package org.entente.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasFileTest {
    /** Half a grid step: the most a coordinate may move on its way through a file. */
    private static final double HALF_STEP = 0.5 / AtlasGrid.UNITS;

    private static final List<AtlasCountry> COUNTRIES = List.of(
            AtlasCountry.of("CIV", "Côte d'Ivoire", List.<double[][]>of(new double[][] {
                    {-0.1234567, 0.1111111, 0.3333333, 0.1111112, 0.2, 0.456789},
                    {0.1, 0.2, 0.2, 0.2, 0.15, 0.25}}), 0.17, 0.21),
            AtlasCountry.of(null, "Somaliland", List.of(
                    new double[][] {{-2.7, -1.3, 2.7, -1.3, 0, 1.3}},
                    new double[][] {{1.00000049, 1, 1.5, 1, 1.5, 1.5}}), -0.000001, 0));

    @TempDir
    Path dir;

    @Test
    void codesNamesRingsAndCoordinatesSurviveTheFile() throws IOException {
        List<AtlasCountry> read = AtlasReader.read(new ByteArrayInputStream(bytes(COUNTRIES)));

        assertEquals(COUNTRIES.size(), read.size());
        for (int c = 0; c < COUNTRIES.size(); c++) {
            AtlasCountry written = COUNTRIES.get(c);
            AtlasCountry back = read.get(c);
            assertEquals(written.code(), back.code());
            assertEquals(written.name(), back.name());
            assertEquals(written.anchorX(), back.anchorX(), HALF_STEP);
            assertEquals(written.anchorY(), back.anchorY(), HALF_STEP);
            assertEquals(written.polygons().size(), back.polygons().size());
            for (int p = 0; p < written.polygons().size(); p++) {
                double[][] rings = written.polygons().get(p);
                assertEquals(rings.length, back.polygons().get(p).length);
                for (int r = 0; r < rings.length; r++) {
                    assertArrayEquals(rings[r], back.polygons().get(p)[r], HALF_STEP);
                }
            }
            assertEquals(written.shape().getArea(), back.shape().getArea(), 1e-4);
        }
        assertNull(read.get(1).code());
    }

    @Test
    void theSameCountriesGiveTheSameBytes() throws IOException {
        assertArrayEquals(bytes(COUNTRIES), bytes(COUNTRIES));
    }

    @Test
    void convertingTheSameTopologyTwiceGivesTheSameBytes() throws IOException {
        Path file = dir.resolve("world.json");
        Files.writeString(file, TopoJsonReaderTest.QUANTIZED, StandardCharsets.UTF_8);

        byte[] first = bytes(AtlasConverter.convert(TopoJsonReader.read(file, "countries")));
        byte[] second = bytes(AtlasConverter.convert(TopoJsonReader.read(file, "countries")));

        assertArrayEquals(first, second);
        assertEquals(List.of("Holed", "Reversed", "Twin"),
                AtlasReader.read(new ByteArrayInputStream(first)).stream().map(AtlasCountry::name).toList(),
                "sorted by name; the null geometry has nothing to draw");
    }

    @Test
    void aFileThatIsNoAtlasOrIsCutShortIsRefused() throws IOException {
        byte[] good = bytes(COUNTRIES);
        byte[] png = "\u0089PNG\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] cut = Arrays.copyOf(good, good.length / 2);

        assertTrue(assertThrows(IOException.class, () -> AtlasReader.read(new ByteArrayInputStream(png)))
                .getMessage().contains("EATL"));
        assertThrows(IOException.class, () -> AtlasReader.read(new ByteArrayInputStream(cut)));
    }

    private static byte[] bytes(List<AtlasCountry> countries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtlasWriter.write(countries, out);
        return out.toByteArray();
    }
}
