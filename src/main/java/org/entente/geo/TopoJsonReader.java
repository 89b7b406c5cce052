package org.entente.geo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the polygons of one object of a TopoJSON topology (version 1 of the specification), such as the
 * {@code countries} of Natural Earth's shapes as the world-atlas package ships them: a GeometryCollection of
 * Polygon, MultiPolygon and null geometries, each with an optional {@code id} and a {@code properties.name}.
 * The files are a few megabytes at most, so the whole tree is read at once. Anything unexpected fails the
 * read with one line naming the file, the JSON path and what was expected there.
 */
public final class TopoJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory LON_LAT = new GeometryFactory();

    private TopoJsonReader() {
    }

    /** The geometries of {@code objects.<object>} in {@code file}, in the file's order. */
    public static List<TopoFeature> read(Path file, String object) throws IOException {
        String name = file.toString();
        TopoNode topology = new TopoNode(name, "$", tree(file));
        if (!"Topology".equals(topology.get("type").json().textValue())) {
            throw topology.get("type").expected("\"Topology\"");
        }
        TopoArcs arcs = TopoArcs.of(topology);
        TopoNode collection = topology.get("objects").get(object);
        if (!"GeometryCollection".equals(collection.get("type").json().textValue())) {
            throw collection.get("type").expected("\"GeometryCollection\"");
        }
        List<TopoFeature> features = new ArrayList<>();
        for (TopoNode geometry : collection.get("geometries").elements("an array of geometries")) {
            features.add(feature(geometry, arcs));
        }
        return features;
    }

    private static JsonNode tree(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readTree(in);
        } catch (NoSuchFileException e) {
            throw new TopoJsonException(file + ": no such file, expected a TopoJSON topology");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new TopoJsonException(file + ": not JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new TopoJsonException(file + ": cannot be read: " + e.getMessage());
        }
    }

    private static TopoFeature feature(TopoNode geometry, TopoArcs arcs) throws TopoJsonException {
        String name = geometry.get("properties").get("name").text("a name (a string)");
        TopoNode type = geometry.get("type");
        List<Polygon> polygons = new ArrayList<>();
        if (!type.isAbsent()) {
            switch (type.text("a geometry type (a string) or null")) {
                case "Polygon" -> addPolygon(geometry.get("arcs"), arcs, polygons);
                case "MultiPolygon" -> {
                    for (TopoNode polygon : geometry.get("arcs").elements("an array of polygons")) {
                        addPolygon(polygon, arcs, polygons);
                    }
                }
                default -> throw type.expected("\"Polygon\", \"MultiPolygon\" or null");
            }
        }
        return new TopoFeature(id(geometry.get("id")), name, LON_LAT.createMultiPolygon(polygons.toArray(Polygon[]::new)));
    }

    /** TopoJSON allows a string or a number; world-atlas writes ISO 3166-1 numeric codes as strings ("036"). */
    private static String id(TopoNode id) throws TopoJsonException {
        if (id.isAbsent()) {
            return null;
        }
        return id.json().isIntegralNumber() ? id.json().asText() : id.text("an id (a string or an integer)");
    }

    /** The first ring is the outline, the others holes; a polygon whose outline encloses nothing is left out. */
    private static void addPolygon(TopoNode rings, TopoArcs arcs, List<Polygon> polygons) throws TopoJsonException {
        List<LinearRing> closed = new ArrayList<>();
        for (TopoNode ring : rings.elements("a polygon, an array of rings")) {
            Coordinate[] coordinates = arcs.ring(ring);
            if (coordinates != null) {
                closed.add(LON_LAT.createLinearRing(coordinates));
            } else if (closed.isEmpty()) {
                return;
            }
        }
        if (!closed.isEmpty()) {
            polygons.add(LON_LAT.createPolygon(closed.get(0), closed.subList(1, closed.size()).toArray(LinearRing[]::new)));
        }
    }
}
