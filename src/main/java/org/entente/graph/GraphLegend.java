package org.entente.graph;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.entente.canvas.LabelMetrics;
import org.entente.model.ActorKind;

/**
 * The key along the bottom of the graph: what edge colours, line patterns, arrows and node shapes mean,
 * in one strip that wraps onto a second row when the canvas is narrow, with the counts on show at its end.
 */
final class GraphLegend {
    static final double ROW = 20;
    private static final double PAD = 8;
    private static final double GAP = 16;
    private static final double SAMPLE = 26;
    private static final double SWATCH = 9;
    private static final String[] KIND_NAMES = {"person", "state", "organisation", "group"};
    private static final ActorKind[] KINDS = {ActorKind.PERSON, ActorKind.STATE, ActorKind.ORGANIZATION, ActorKind.GROUP};
    private static final String PERIOD_UNKNOWN = "period unknown";
    /** The items before the kinds: the tone scale and the four kinds of line. */
    private static final int LINES = 5;

    private final Font font;
    private final LabelMetrics metrics;
    private final NodeShapes shapes;

    GraphLegend(Font font, LabelMetrics metrics, NodeShapes shapes) {
        this.font = font;
        this.metrics = metrics;
        this.shapes = shapes;
    }

    /** The widths of the strip's items, in the order they are drawn. */
    private double[] widths() {
        double[] widths = new double[LINES + KINDS.length];
        widths[0] = metrics.width("conflict") + 6 + GraphPalette.TONE_STEPS * SWATCH + 6 + metrics.width("cooperation");
        widths[1] = SAMPLE + 6 + metrics.width("weak sources only");
        widths[2] = SAMPLE + 6 + metrics.width("member");
        widths[3] = SAMPLE + 6 + metrics.width("directed");
        widths[4] = SAMPLE + 6 + metrics.width(PERIOD_UNKNOWN);
        for (int i = 0; i < KINDS.length; i++) {
            widths[LINES + i] = 14 + metrics.width(KIND_NAMES[i]);
        }
        return widths;
    }

    /** How tall the strip is on a canvas of this width. */
    double height(double width) {
        return rows(width) * ROW + PAD;
    }

    private int rows(double width) {
        int rows = 1;
        double x = PAD;
        for (double w : widths()) {
            if (x + w > width - PAD && x > PAD) {
                rows++;
                x = PAD;
            }
            x += w + GAP;
        }
        return rows;
    }

    void paint(GraphicsContext g, GraphFrame f) {
        GraphPalette p = f.palette();
        double top = f.height() - height(f.width());
        g.setGlobalAlpha(1);
        g.setFill(p.background().deriveColor(0, 1, 1, 0.9));
        g.fillRect(0, top, f.width(), f.height() - top);
        g.setStroke(p.neutral().deriveColor(0, 1, 1, 0.4));
        g.setLineWidth(1);
        g.setLineDashes();
        g.strokeLine(0, top + 0.5, f.width(), top + 0.5);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double[] widths = widths();
        double x = PAD;
        double y = top + PAD / 2 + ROW / 2;
        for (int item = 0; item < widths.length; item++) {
            if (x + widths[item] > f.width() - PAD && x > PAD) {
                x = PAD;
                y += ROW;
            }
            item(g, f, item, x, y);
            x += widths[item] + GAP;
        }
    }

    private void item(GraphicsContext g, GraphFrame f, int item, double x, double y) {
        GraphPalette p = f.palette();
        switch (item) {
            case 0 -> toneScale(g, p, x, y);
            case 1 -> {
                lineSample(g, p.neutral(), x, y, 6, 4);
                text(g, p, "weak sources only", x + SAMPLE + 6, y);
            }
            case 2 -> {
                lineSample(g, p.membership(), x, y, 1, 4);
                text(g, p, "member", x + SAMPLE + 6, y);
            }
            case 3 -> {
                g.setStroke(p.neutral());
                g.setLineWidth(2);
                g.strokeLine(x, y, x + SAMPLE - 6, y);
                g.setFill(p.neutral());
                shapes.arrowhead(g, x + SAMPLE, y, 1, 0, 8);
                text(g, p, "directed", x + SAMPLE + 6, y);
            }
            case 4 -> {
                lineSample(g, p.neutral(), x, y, EdgeStyle.DASH_DOT_PATTERN);
                text(g, p, PERIOD_UNKNOWN, x + SAMPLE + 6, y);
            }
            default -> {
                ActorKind kind = KINDS[item - LINES];
                g.setFill(f.coloring() == NodeColoring.COMMUNITY ? p.neutral() : p.kind(kind));
                shapes.fill(g, kind, x + 5, y, 5);
                text(g, p, KIND_NAMES[item - LINES], x + 14, y);
            }
        }
    }

    private void toneScale(GraphicsContext g, GraphPalette p, double x, double y) {
        text(g, p, "conflict", x, y);
        double sx = x + metrics.width("conflict") + 6;
        for (int step = 0; step < GraphPalette.TONE_STEPS; step++) {
            g.setFill(p.toneColor(step));
            g.fillRect(sx + step * SWATCH, y - 4, SWATCH, 8);
        }
        text(g, p, "cooperation", sx + GraphPalette.TONE_STEPS * SWATCH + 6, y);
    }

    private static void lineSample(GraphicsContext g, Color colour, double x, double y, double... dashes) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.setLineDashes(dashes);
        g.strokeLine(x, y, x + SAMPLE, y);
        g.setLineDashes();
    }

    private static void text(GraphicsContext g, GraphPalette p, String text, double x, double y) {
        g.setFill(p.text());
        g.fillText(text, x, y);
    }
}
