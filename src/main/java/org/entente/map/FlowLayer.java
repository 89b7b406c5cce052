package org.entente.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.entente.places.MapFrame;

/**
 * Flows as arcs between countries' anchors: the width follows the number of events (by its square root,
 * so that one heavy tie does not drown the rest), the colour their mean tone; a directed flow bends to
 * its right and ends in an arrowhead at the receiving country. The selection's flows are drawn last, in
 * the selection's colour, so that they are never hidden.
 */
final class FlowLayer {
    private static final double MIN_WIDTH = 1;
    private static final double MAX_WIDTH = 9;
    /** How far an arc bows out, as a share of the distance it spans. */
    private static final double BOW = 0.18;
    private static final double ARROW = 7;

    void draw(GraphicsContext g, MapPicture p) {
        MapFrame frame = p.frame();
        if (frame == null || frame.flows().isEmpty()) {
            return;
        }
        int heaviest = 1;
        for (MapFrame.Flow flow : frame.flows()) {
            heaviest = Math.max(heaviest, flow.events());
        }
        g.setLineCap(StrokeLineCap.ROUND);
        if (p.flows()) {
            for (MapFrame.Flow flow : frame.flows()) {
                if (flow.events() > 0) {
                    Color tone = Double.isNaN(flow.meanTone()) ? p.palette().get(MapPalette.Role.FLOW)
                            : p.palette().tone(flow.meanTone());
                    arc(g, p, flow, width(flow.events(), heaviest), tone.deriveColor(0, 1, 1, 0.6));
                }
            }
        }
        Color selection = p.palette().get(MapPalette.Role.SELECTION);
        for (MapFrame.Flow flow : frame.flows()) {
            if (flow.selected() > 0) {
                arc(g, p, flow, width(flow.selected(), heaviest) + 1, selection);
            }
        }
        g.setLineCap(StrokeLineCap.SQUARE);
    }

    static double width(int events, int heaviest) {
        return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.sqrt(events / (double) heaviest);
    }

    private static void arc(GraphicsContext g, MapPicture p, MapFrame.Flow flow, double width, Color colour) {
        double[] c = curve(p, flow);
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        g.moveTo(c[0], c[1]);
        g.quadraticCurveTo(c[2], c[3], c[4], c[5]);
        g.stroke();
        if (flow.directed()) {
            arrowhead(g, c, width, colour);
        }
    }

    /**
     * The arc's start, control point and end on screen. The control point lies off the middle of the
     * chord, to the right of the direction of travel, so that flows both ways between two countries part.
     */
    static double[] curve(MapPicture p, MapFrame.Flow flow) {
        double x0 = p.screenX(flow.fromX());
        double y0 = p.screenY(flow.fromY());
        double x1 = p.screenX(flow.toX());
        double y1 = p.screenY(flow.toY());
        double dx = x1 - x0;
        double dy = y1 - y0;
        double cx = (x0 + x1) / 2 - dy * BOW;
        double cy = (y0 + y1) / 2 + dx * BOW;
        return new double[] {x0, y0, cx, cy, x1, y1};
    }

    /** A point a share {@code t} of the way along the arc, for hit-testing. */
    static double[] along(double[] c, double t) {
        double u = 1 - t;
        return new double[] {u * u * c[0] + 2 * u * t * c[2] + t * t * c[4], u * u * c[1] + 2 * u * t * c[3] + t * t * c[5]};
    }

    private static void arrowhead(GraphicsContext g, double[] c, double width, Color colour) {
        double dx = c[4] - c[2];
        double dy = c[5] - c[3];
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double size = ARROW + width;
        double bx = c[4] - ux * size;
        double by = c[5] - uy * size;
        g.setFill(colour);
        g.fillPolygon(new double[] {c[4], bx - uy * size / 2, bx + uy * size / 2},
                new double[] {c[5], by + ux * size / 2, by - ux * size / 2}, 3);
    }
}
