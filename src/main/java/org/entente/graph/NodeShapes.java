package org.entente.graph;

import javafx.scene.canvas.GraphicsContext;
import org.entente.model.ActorKind;

/** A node's shape tells its kind: a person is a circle, a state a square, an organisation a diamond, a group a triangle. */
final class NodeShapes {
    private final double[] xs = new double[4];
    private final double[] ys = new double[4];

    void fill(GraphicsContext g, ActorKind kind, double x, double y, double r) {
        draw(g, kind, x, y, r, true);
    }

    void stroke(GraphicsContext g, ActorKind kind, double x, double y, double r) {
        draw(g, kind, x, y, r, false);
    }

    private void draw(GraphicsContext g, ActorKind kind, double x, double y, double r, boolean fill) {
        switch (kind == null ? ActorKind.OTHER : kind) {
            case STATE -> {
                double s = r * 0.9;
                if (fill) {
                    g.fillRect(x - s, y - s, 2 * s, 2 * s);
                } else {
                    g.strokeRect(x - s, y - s, 2 * s, 2 * s);
                }
            }
            case ORGANIZATION -> polygon(g, fill, x, y - r * 1.15, x + r * 1.15, y, x, y + r * 1.15, x - r * 1.15, y);
            case GROUP -> polygon(g, fill, x, y - r * 1.2, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8);
            default -> {
                if (fill) {
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                } else {
                    g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                }
            }
        }
    }

    /** An arrowhead with its tip at (tipX, tipY), pointing along (ux, uy), a unit vector. */
    void arrowhead(GraphicsContext g, double tipX, double tipY, double ux, double uy, double size) {
        polygon(g, true, tipX, tipY, tipX - ux * size - uy * size * 0.5, tipY - uy * size + ux * size * 0.5,
                tipX - ux * size + uy * size * 0.5, tipY - uy * size - ux * size * 0.5);
    }

    private void polygon(GraphicsContext g, boolean fill, double... points) {
        int n = points.length / 2;
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
        }
        if (fill) {
            g.fillPolygon(xs, ys, n);
        } else {
            g.strokePolygon(xs, ys, n);
        }
    }
}
