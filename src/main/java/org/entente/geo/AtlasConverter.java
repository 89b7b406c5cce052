package org.entente.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.precision.GeometryPrecisionReducer;

/**
 * Turns the countries of a TopoJSON file into the atlas's countries: each shape cut at the antimeridian,
 * projected, snapped to the atlas's grid (which also makes it valid) and put in JTS's normal form, so the
 * same input always gives the same atlas. Shapes that share a code become one country, named after the
 * larger (at 1:50m Natural Earth draws Ashmore and Cartier Islands apart from Australia, both with code 036);
 * a feature with no area left is not a country of the map. Countries come sorted by name.
 */
public final class AtlasConverter {
    /** The anchor is found to within this share of its polygon's larger side: well under a pixel on any map. */
    private static final double ANCHOR_TOLERANCE = 1e-3;

    private AtlasConverter() {
    }

    public static List<AtlasCountry> convert(List<TopoFeature> features) {
        Map<String, List<Part>> byCountry = new LinkedHashMap<>();
        for (TopoFeature feature : features) {
            String code = CountryCodes.of(feature);
            Geometry shape = Projector.project(Antimeridian.cut(feature.lonLat()));
            // A feature without a code is a country of its own, whatever other features are called.
            String key = code != null ? code : "\0" + feature.name();
            byCountry.computeIfAbsent(key, k -> new ArrayList<>()).add(new Part(code, feature.name(), shape));
        }
        List<AtlasCountry> countries = new ArrayList<>();
        for (List<Part> parts : byCountry.values()) {
            Geometry shape = onGrid(parts);
            if (!shape.isEmpty()) {
                Part named = parts.stream().max(Comparator.comparingDouble(p -> p.shape().getArea())).orElseThrow();
                Point anchor = anchor(shape);
                countries.add(AtlasCountry.of(named.code(), named.name(), Rings.of(shape),
                        AtlasGrid.snap(anchor.getX()), AtlasGrid.snap(anchor.getY())));
            }
        }
        countries.sort(Comparator.comparing(AtlasCountry::name).thenComparing(c -> String.valueOf(c.code())));
        return countries;
    }

    private static Geometry onGrid(List<Part> parts) {
        List<Geometry> shapes = parts.stream().map(Part::shape).toList();
        Geometry shape = GeometryPrecisionReducer.reduce(OverlayNGRobust.union(shapes), AtlasGrid.PRECISION);
        shape.normalize();
        return shape;
    }

    /** The centre of the largest circle inside the largest polygon: the heart of the country's main land. */
    private static Point anchor(Geometry shape) {
        Geometry largest = shape.getGeometryN(0);
        for (int i = 1; i < shape.getNumGeometries(); i++) {
            if (shape.getGeometryN(i).getArea() > largest.getArea()) {
                largest = shape.getGeometryN(i);
            }
        }
        Envelope extent = largest.getEnvelopeInternal();
        return MaximumInscribedCircle.getCenter(largest, ANCHOR_TOLERANCE * Math.max(extent.getWidth(), extent.getHeight()));
    }

    private record Part(String code, String name, Geometry shape) {
    }
}
