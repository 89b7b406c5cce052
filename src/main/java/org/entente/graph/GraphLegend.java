package org.entente.graph;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.entente.canvas.LabelMetrics;
import org.entente.model.ActorKind;
import org.entente.network.NodeColoring;
import org.entente.network.PeriodComparison;

/**
 * The key along the bottom of the graph: what edge colours, line patterns, arrows and node shapes mean,
 * in one strip that wraps onto a second row when the canvas is narrow, with the counts on show at its end.
 * While two periods are compared, the lines stand instead for how ties changed, each with its count.
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
    private static final PeriodComparison.Change[] CHANGES = PeriodComparison.Change.values();
    private static final double[] DASHES = {6, 4};
    private static final double[] SOLID = {};

    private final Font font;
    private final LabelMetrics metrics;
    private final NodeShapes shapes;

    GraphLegend(Font font, LabelMetrics metrics, NodeShapes shapes) {
        this.font = font;
        this.metrics = metrics;
        this.shapes = shapes;
    }

    /** The widths of the strip's items, in the order they are drawn; {@code comparison} is null unless comparing. */
    private double[] widths(PeriodComparison comparison) {
        int lines = lines(comparison);
        double[] widths = new double[lines + KINDS.length];
        for (int i = 0; i < KINDS.length; i++) {
            widths[lines + i] = 14 + metrics.width(KIND_NAMES[i]);
        }
        if (comparison != null) {
            for (PeriodComparison.Change change : CHANGES) {
                widths[change.ordinal()] = SAMPLE + 6 + metrics.width(changeText(comparison, change));
            }
            return widths;
        }
        widths[0] = metrics.width("conflict") + 6 + GraphPalette.TONE_STEPS * SWATCH + 6 + metrics.width("cooperation");
        widths[1] = SAMPLE + 6 + metrics.width("weak sources only");
        widths[2] = SAMPLE + 6 + metrics.width("member");
        widths[3] = SAMPLE + 6 + metrics.width("directed");
        widths[4] = SAMPLE + 6 + metrics.width(PERIOD_UNKNOWN);
        return widths;
    }

    /** How many items come before the kinds: the kinds of line, or the ways a compared tie changed. */
    private static int lines(PeriodComparison comparison) {
        return comparison == null ? LINES : CHANGES.length;
    }

    /** "12 appeared": how many ties of the comparison changed so. */
    private static String changeText(PeriodComparison comparison, PeriodComparison.Change change) {
        return String.format(Locale.ROOT, "%,d %s", comparison.count(change), change.word());
    }

    /** How tall the strip is on a canvas of this width, with the comparison on show or null. */
    double height(double width, PeriodComparison comparison) {
        return rows(width, comparison) * ROW + PAD;
    }

    private int rows(double width, PeriodComparison comparison) {
        int rows = 1;
        double x = PAD;
        for (double w : widths(comparison)) {
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
        double top = f.height() - height(f.width(), f.comparison());
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
        double[] widths = widths(f.comparison());
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
        int lines = lines(f.comparison());
        if (item >= lines) {
            ActorKind kind = KINDS[item - lines];
            g.setFill(f.coloring() == NodeColoring.COMMUNITY ? p.neutral() : p.kind(kind));
            shapes.fill(g, kind, x + 5, y, 5);
            text(g, p, KIND_NAMES[item - lines], x + 14, y);
            return;
        }
        if (f.comparison() != null) {
            PeriodComparison.Change change = CHANGES[item];
            lineSample(g, p.change(change), x, y, change == PeriodComparison.Change.VANISHED ? DASHES : SOLID);
            text(g, p, changeText(f.comparison(), change), x + SAMPLE + 6, y);
            return;
        }
        switch (item) {
            case 0 -> toneScale(g, p, x, y);
            case 1 -> {
                lineSample(g, p.neutral(), x, y, DASHES);
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
            default -> {
                lineSample(g, p.neutral(), x, y, EdgeStyle.DASH_DOT_PATTERN);
                text(g, p, PERIOD_UNKNOWN, x + SAMPLE + 6, y);
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
