package org.entente.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

class TopoJsonReaderTest {
    /**
     * A quantized topology: positions are steps of (0.5°, 0.5°) from (10°E, 20°N), each from the one before.
     * Arc 0 is a square, arc 1 a smaller square inside it, arcs 2 and 3 two sides of a triangle; index -2
     * (~1) is arc 1 walked backwards.
     */
    static final String QUANTIZED = """
            {"type": "Topology",
             "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
             "arcs": [
               [[0, 0], [20, 0], [0, 20], [-20, 0], [0, -20]],
               [[5, 5], [0, 10], [10, 0], [0, -10], [-10, 0]],
               [[40, 0], [20, 0], [0, 20]],
               [[40, 0], [20, 20]]
             ],
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "id": "036", "arcs": [[0], [1]], "properties": {"name": "Holed"}},
               {"type": "Polygon", "arcs": [[-2]], "properties": {"name": "Reversed"}},
               {"type": "MultiPolygon", "id": 250, "arcs": [[[2, -4]], [[1]]], "properties": {"name": "Twin"}},
               {"type": null, "id": "999", "properties": {"name": "Nowhere"}}
             ]}}}
            """;

    @TempDir
    Path dir;

    @Test
    void quantizedDeltaEncodedArcsBecomeLongitudesAndLatitudes() throws IOException {
        List<TopoFeature> features = read(QUANTIZED);

        Polygon holed = (Polygon) features.get(0).lonLat().getGeometryN(0);
        assertArrayEquals(coordinates(10, 20, 20, 20, 20, 30, 10, 30, 10, 20), holed.getExteriorRing().getCoordinates());
        assertEquals(1, holed.getNumInteriorRing());
        assertArrayEquals(coordinates(12.5, 22.5, 12.5, 27.5, 17.5, 27.5, 17.5, 22.5, 12.5, 22.5),
                holed.getInteriorRingN(0).getCoordinates());
        assertEquals(100 - 25, holed.getArea(), 1e-9);
        assertEquals("036", features.get(0).id());
        assertEquals("Holed", features.get(0).name());
    }

    @Test
    void aNegativeIndexWalksItsArcBackwards() throws IOException {
        Polygon reversed = (Polygon) read(QUANTIZED).get(1).lonLat().getGeometryN(0);

        assertArrayEquals(coordinates(12.5, 22.5, 17.5, 22.5, 17.5, 27.5, 12.5, 27.5, 12.5, 22.5),
                reversed.getExteriorRing().getCoordinates());
    }

    @Test
    void arcsJoinIntoOneRingAndAMultiPolygonKeepsEveryPolygon() throws IOException {
        TopoFeature twin = read(QUANTIZED).get(2);

        assertEquals("250", twin.id(), "a numeric id is read as its digits");
        assertEquals(2, twin.lonLat().getNumGeometries());
        assertArrayEquals(coordinates(30, 20, 40, 20, 40, 30, 30, 20),
                ((Polygon) twin.lonLat().getGeometryN(0)).getExteriorRing().getCoordinates());
        assertEquals(50 + 25, twin.lonLat().getArea(), 1e-9);
    }

    @Test
    void aNullGeometryIsAFeatureWithoutArea() throws IOException {
        TopoFeature nowhere = read(QUANTIZED).get(3);

        assertEquals("Nowhere", nowhere.name());
        assertTrue(nowhere.lonLat().isEmpty());
    }

    @Test
    void aRingAcrossTheAntimeridianIsCutIntoTwoThatStayWithinTheWorld() throws IOException {
        TopoFeature island = read(unquantized("""
                [[170, -10], [-170, -10], [-170, 10], [170, 10], [170, -10]]""", "[[0]]")).get(0);

        Geometry cut = Antimeridian.cut(island.lonLat());

        assertEquals(2, cut.getNumGeometries());
        assertEquals(-180, cut.getEnvelopeInternal().getMinX());
        assertEquals(180, cut.getEnvelopeInternal().getMaxX());
        assertEquals(20 * 20, cut.getArea(), 1e-9, "the 20° by 20° square, not the world less it");
        assertTrue(cut.isValid());
    }

    @Test
    void aRingRoundThePoleEnclosesThePoleSide() throws IOException {
        String coast = "[[-180, -80], [-90, -75], [0, -80], [90, -75], [180, -80], [-180, -80]]";
        Geometry land = Antimeridian.cut(read(unquantized(coast, "[[0]]")).get(0).lonLat());

        assertCoversThePole(land, -90);
    }

    /** Natural Earth at 1:50m draws Antarctica as a ring along the pole whose "hole" is the coast. */
    @Test
    void aRingAlongThePoleWithTheCoastAsItsHoleIsTheLandBetween() throws IOException {
        String coast = "[[-180, -80], [-90, -75], [0, -80], [90, -75], [180, -80], [-180, -80]]";
        String pole = "[[-180, -89.999], [90, -89.999], [0, -89.999], [-90, -89.999], [-180, -89.999]]";
        Geometry land = Antimeridian.cut(read(unquantized(pole + ", " + coast, "[[0], [1]]")).get(0).lonLat());

        assertCoversThePole(land, -89.999);
    }

    private static void assertCoversThePole(Geometry land, double bottom) {
        assertTrue(land.isValid());
        assertEquals(bottom, land.getEnvelopeInternal().getMinY(), 1e-9);
        assertEquals(-75, land.getEnvelopeInternal().getMaxY(), 1e-9);
        assertEquals(360, land.getEnvelopeInternal().getWidth(), 1e-9);
        assertTrue(land.contains(point(0, -85)) && land.contains(point(179, -89)) && land.contains(point(-179, -81)));
        assertFalse(land.contains(point(0, -77)));
    }

    @Test
    void aBadValueFailsWithTheFileThePathAndWhatWasExpected() {
        String badIndex = QUANTIZED.replace("[[-2]]", "[[\"x\"]]");

        IOException e = assertThrows(IOException.class, () -> read(badIndex));

        assertEquals(dir.resolve("world.json") + ": $.objects.countries.geometries[1].arcs[0][0]: "
                + "expected an arc index, found \"x\"", e.getMessage());
    }

    @Test
    void everyKindOfBadInputSaysWhatWasExpectedOnOneLine() {
        assertMessage("$.arcs[1][1][1]: expected a number, found \"5\"",
                QUANTIZED.replace("[0, 10], [10, 0]", "[0, \"5\"], [10, 0]"));
        assertMessage("$.objects.countries.geometries[1].arcs[0][0]: expected an arc index between -4 and 3, found -5",
                QUANTIZED.replace("[[-2]]", "[[-5]]"));
        assertMessage("$.type: expected \"Topology\", found nothing", QUANTIZED.replace("\"type\": \"Topology\",", ""));
        assertMessage("$.objects.countries.geometries[3].type: expected \"Polygon\", \"MultiPolygon\" or null, found \"Point\"",
                QUANTIZED.replace("\"type\": null", "\"type\": \"Point\""));
        assertMessage("$.objects.countries.geometries[0].properties.name: expected a name (a string), found 7",
                QUANTIZED.replace("\"Holed\"", "7"));
    }

    @Test
    void aFileThatIsNotJsonOrIsMissingFailsOnOneLineNamingIt() {
        IOException notJson = assertThrows(IOException.class, () -> read("{\"type\": \"Topology\",\n oops"));
        assertTrue(notJson.getMessage().startsWith(dir.resolve("world.json") + ": not JSON at line 2, column "),
                notJson.getMessage());
        assertFalse(notJson.getMessage().contains("\n"));

        IOException missing = assertThrows(IOException.class,
                () -> TopoJsonReader.read(dir.resolve("absent.json"), "countries"));
        assertEquals(dir.resolve("absent.json") + ": no such file, expected a TopoJSON topology", missing.getMessage());
    }

    private void assertMessage(String expected, String json) {
        IOException e = assertThrows(IOException.class, () -> read(json));
        assertEquals(dir.resolve("world.json") + ": " + expected, e.getMessage());
    }

    /** A topology without a transform, whose positions are plain longitudes and latitudes. */
    static String unquantized(String arcs, String rings) {
        return """
                {"type": "Topology", "arcs": [%s],
                 "objects": {"countries": {"type": "GeometryCollection", "geometries": [
                   {"type": "Polygon", "id": "242", "arcs": %s, "properties": {"name": "Island"}}]}}}
                """.formatted(arcs, rings);
    }

    private List<TopoFeature> read(String json) throws IOException {
        Path file = dir.resolve("world.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return TopoJsonReader.read(file, "countries");
    }

    private static Coordinate[] coordinates(double... lonLat) {
        Coordinate[] coordinates = new Coordinate[lonLat.length / 2];
        Arrays.setAll(coordinates, i -> new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]));
        return coordinates;
    }

    private static Point point(double lon, double lat) {
        return new GeometryFactory().createPoint(new Coordinate(lon, lat));
    }
}
