package org.entente.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * The arcs of a TopoJSON topology in longitude and latitude. A topology with a {@code transform} stores each
 * position as integer steps from the previous one (quantized and delta-encoded); here they are summed, then
 * scaled and translated. Rings are made by joining arcs: index {@code ~i} ({@code -i - 1}) is arc {@code i}
 * walked backwards.
 */
final class TopoArcs {
    private final List<double[]> arcs;

    private TopoArcs(List<double[]> arcs) {
        this.arcs = arcs;
    }

    static TopoArcs of(TopoNode topology) throws TopoJsonException {
        TopoNode transform = topology.get("transform");
        boolean quantized = !transform.isAbsent();
        double[] scale = quantized ? pair(transform.get("scale")) : new double[] {1, 1};
        double[] translate = quantized ? pair(transform.get("translate")) : new double[] {0, 0};
        List<double[]> arcs = new ArrayList<>();
        for (TopoNode arc : topology.get("arcs").elements("an array of arcs")) {
            List<TopoNode> positions = arc.elements("an arc, an array of positions");
            double[] lonLat = new double[positions.size() * 2];
            double x = 0;
            double y = 0;
            for (int i = 0; i < positions.size(); i++) {
                double[] position = pair(positions.get(i));
                x = quantized ? x + position[0] : position[0];
                y = quantized ? y + position[1] : position[1];
                lonLat[2 * i] = x * scale[0] + translate[0];
                lonLat[2 * i + 1] = y * scale[1] + translate[1];
            }
            arcs.add(lonLat);
        }
        return new TopoArcs(arcs);
    }

    /** The first two numbers of an array such as a position {@code [x, y]} (TopoJSON allows more, which we ignore). */
    private static double[] pair(TopoNode node) throws TopoJsonException {
        List<TopoNode> numbers = node.elements("an array of two numbers");
        if (numbers.size() < 2) {
            throw node.expected("an array of two numbers");
        }
        return new double[] {numbers.get(0).number("a number"), numbers.get(1).number("a number")};
    }

    /**
     * The ring that the arcs listed in {@code indices} make, closed, or null when it is too short to enclose
     * an area (fewer than four positions once closed). Each arc after the first begins where the one before ended, so its
     * first position is not repeated.
     */
    Coordinate[] ring(TopoNode indices) throws TopoJsonException {
        List<Coordinate> ring = new ArrayList<>();
        for (TopoNode index : indices.elements("a ring, an array of arc indices")) {
            int i = index.integer("an arc index");
            int arc = i >= 0 ? i : ~i;
            if (arc >= arcs.size()) {
                throw index.expected("an arc index between " + -arcs.size() + " and " + (arcs.size() - 1));
            }
            double[] lonLat = arcs.get(arc);
            int points = lonLat.length / 2;
            for (int k = ring.isEmpty() ? 0 : 1; k < points; k++) {
                int p = i >= 0 ? k : points - 1 - k;
                ring.add(new Coordinate(lonLat[2 * p], lonLat[2 * p + 1]));
            }
        }
        if (!ring.isEmpty() && !ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            ring.add(ring.get(0).copy());
        }
        return ring.size() < 4 ? null : ring.toArray(Coordinate[]::new);
    }
}
