package org.entente.graph;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.entente.canvas.LabelMetrics;
import org.entente.model.ActorKind;

/** The key in the graph's lower left corner: what edge colours, line patterns, arrows and node shapes mean. */
final class GraphLegend {
    private static final double PAD = 8;
    private static final double ROW = 17;
    private static final String[] KIND_NAMES = {"person", "state", "organisation", "group"};
    private static final ActorKind[] KINDS = {ActorKind.PERSON, ActorKind.STATE, ActorKind.ORGANIZATION, ActorKind.GROUP};

    private final Font font;
    private final LabelMetrics metrics;
    private final NodeShapes shapes;

    GraphLegend(Font font, LabelMetrics metrics, NodeShapes shapes) {
        this.font = font;
        this.metrics = metrics;
        this.shapes = shapes;
    }

    void paint(GraphicsContext g, GraphFrame f) {
        GraphPalette p = f.palette();
        double w = 2 * PAD + 34 + metrics.width("weak sources only") + 12 + 34 + metrics.width("member");
        double h = PAD * 2 + ROW * 5;
        double x0 = PAD;
        double y0 = f.height() - h - PAD;
        if (y0 < PAD || f.width() < w + 2 * PAD) {
            return;
        }
        g.setGlobalAlpha(1);
        g.setFill(p.background().deriveColor(0, 1, 1, 0.88));
        g.fillRoundRect(x0, y0, w, h, 8, 8);
        g.setStroke(p.neutral().deriveColor(0, 1, 1, 0.5));
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeRoundRect(x0 + 0.5, y0 + 0.5, w - 1, h - 1, 8, 8);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double x = x0 + PAD;
        double y = y0 + PAD + ROW / 2;
        toneScale(g, p, x, y);
        y += ROW;
        lineSample(g, p.neutral(), x, y, 6, 4);
        text(g, p, "weak sources only", x + 34, y);
        double mx = x + 34 + metrics.width("weak sources only") + 12;
        lineSample(g, p.membership(), mx, y, 1, 4);
        text(g, p, "member", mx + 34, y);
        y += ROW;
        arrowSample(g, p, x, y);
        text(g, p, "directed relation", x + 34, y);
        y += ROW;
        double kx = x;
        for (int i = 0; i < KINDS.length; i++) {
            g.setFill(f.coloring() == NodeColoring.COMMUNITY ? p.neutral() : p.kind(KINDS[i]));
            shapes.fill(g, KINDS[i], kx + 5, y, 5);
            text(g, p, KIND_NAMES[i], kx + 14, y);
            kx += 14 + metrics.width(KIND_NAMES[i]) + 10;
            if (i == 1) {
                kx = x;
                y += ROW;
            }
        }
        if (f.coloring() == NodeColoring.COMMUNITY) {
            text(g, p, "colour: community", x + 120, y - ROW);
        }
    }

    private void toneScale(GraphicsContext g, GraphPalette p, double x, double y) {
        text(g, p, "conflict", x, y);
        double sx = x + metrics.width("conflict") + 6;
        for (int step = 0; step < GraphPalette.TONE_STEPS; step++) {
            g.setFill(p.toneColor(step));
            g.fillRect(sx + step * 11, y - 4, 11, 8);
        }
        text(g, p, "cooperation", sx + GraphPalette.TONE_STEPS * 11 + 6, y);
    }

    private void lineSample(GraphicsContext g, Color colour, double x, double y, double dash, double gap) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.setLineDashes(dash, gap);
        g.strokeLine(x, y, x + 28, y);
        g.setLineDashes();
    }

    private void arrowSample(GraphicsContext g, GraphPalette p, double x, double y) {
        g.setStroke(p.neutral());
        g.setLineWidth(2);
        g.strokeLine(x, y, x + 22, y);
        g.setFill(p.neutral());
        shapes.arrowhead(g, x + 28, y, 1, 0, 8);
    }

    private void text(GraphicsContext g, GraphPalette p, String text, double x, double y) {
        g.setFill(p.text());
        g.fillText(text, x, y);
    }
}
