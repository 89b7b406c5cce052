package org.entente.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.stage.Window;
import org.entente.canvas.LabelMetrics;
import org.entente.index.IntList;
import org.entente.network.GraphScene;
import org.entente.network.LeavingEdges;
import org.entente.network.NodeColoring;
import org.entente.network.PeriodComparison;

/**
 * Draws one frame of the actor graph on a canvas: edges stroked in batches of one look (rasterised into
 * an image by an {@link EdgeLayer}), the heaviest edges only when there are more than the eye can follow,
 * nodes by kind, labels that never overlap, and a legend. The work per frame grows with what is on
 * screen, never with the dataset.
 */
final class GraphPainter {
    /** Beyond this many edges the lightest are left out: they would only grey the picture. */
    static final int EDGE_BUDGET = 6_000;
    /** The edges drawn, heaviest first, while the layout moves. */
    static final int MOVING_EDGE_BUDGET = 1_500;
    /** Nodes smaller than this on screen are drawn as plain squares. */
    private static final double TINY = 2.5;
    /** At most this many nodes are considered for a label, largest first. */
    private static final int LABEL_CANDIDATES = 160;
    /** Nodes at least this big (in pixels) always get a label if there is room. */
    private static final double LABELLED_RADIUS = 9;
    /** The largest nodes get a label whatever their size, if there is room. */
    private static final int ALWAYS_LABELLED = 40;
    /**
     * How far a label's plate (a rounded rectangle in the halo colour, which keeps it legible over edges)
     * reaches past its text. A plate rather than a stroked outline of the glyphs: the software renderer
     * strokes glyph outlines as paths, which was two thirds of a graph frame's rendering.
     */
    private static final double LABEL_PLATE = 2;
    private static final double DIMMED = 0.18;
    /** How far outside a group's node its second ring is drawn, in pixels. */
    private static final double GROUP_RING = 3;

    private final Font font;
    private final Font boldFont;
    private final LabelMetrics metrics;
    private final LabelMetrics boldMetrics;
    private final GraphHits hits = new GraphHits();
    private final Segments[] batches = new Segments[EdgeStyle.KEYS];
    private final IntList usedKeys = new IntList();
    private final Segments arrows = new Segments();
    private final LabelPlacer labels = new LabelPlacer();
    private final GraphLegend legend;
    private final NodeShapes shapes = new NodeShapes();
    private final EdgeLayer edgeLayer;
    private int[] neighbourMark = new int[0];
    private int markStamp;
    /** Which actors this frame has labelled already, so that none gets two labels. */
    private int[] labelled = new int[0];
    private int labelStamp;

    GraphPainter(Font font) {
        this(font, () -> { });
    }

    /** {@code edgesReady} hears when edges rasterised in the background can be shown: the frame should be drawn again. */
    GraphPainter(Font font, Runnable edgesReady) {
        this.font = font;
        this.edgeLayer = new EdgeLayer(edgesReady);
        this.boldFont = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        metrics = new LabelMetrics(font);
        boldMetrics = new LabelMetrics(boldFont);
        legend = new GraphLegend(font, metrics, shapes);
        for (int k = 0; k < batches.length; k++) {
            batches[k] = new Segments();
        }
    }

    GraphHits hits() {
        return hits;
    }

    /** Draws the frame whole, its edges rasterised on this thread: for a test, an export or a benchmark. */
    void paint(GraphicsContext g, GraphFrame f) {
        paint(g, f, true);
    }

    /**
     * Draws the frame with the edges last rasterised, and has its own edges rasterised in the background
     * if they differ; the painter's {@code edgesReady} says when to draw again to show them.
     */
    void paintLive(GraphicsContext g, GraphFrame f) {
        paint(g, f, false);
    }

    /** Drops edges being rasterised: the view is gone. */
    void dispose() {
        edgeLayer.cancel();
    }

    private void paint(GraphicsContext g, GraphFrame f, boolean edgesNow) {
        hits.clear();
        g.setFill(f.palette().background());
        g.fillRect(0, 0, f.width(), f.height());
        markNeighbours(f);
        EdgePicture edges = edgePicture(g, f);
        if (edgesNow) {
            edgeLayer.drawNow(edges);
        } else {
            edgeLayer.request(edges);
        }
        edgeLayer.paint(g, f.viewport(), f.width(), f.height());
        g.setLineCap(StrokeLineCap.ROUND);
        fillArrows(g, f.palette().neutral().deriveColor(0, 1, 0.8, 0.9));
        drawEmphasisedEdges(g, f);
        drawNodes(g, f);
        drawLabels(g, f);
        if (f.fades().scene().nodeCount() == 0) {
            // The view's notice says why it is empty; a key and a count of nothing would only compete with it.
            return;
        }
        if (f.legend()) {
            legend.paint(g, f);
        }
        counts(g, f);
    }

    /** How much of the canvas's bottom the legend covers, with a comparison on show or null. */
    double legendHeight(double width, PeriodComparison comparison) {
        return legend.height(width, comparison);
    }

    /** What is on show, in the top left corner: the view's own summary line. */
    private void counts(GraphicsContext g, GraphFrame f) {
        GraphScene scene = f.fades().scene();
        boolean grouped = false;
        for (int slot = 0; slot < scene.nodeCount() && !grouped; slot++) {
            grouped = f.isGroup(scene.node(slot));
        }
        String nodes = grouped ? "groups and actors" : "actors";
        String actors = scene.actorsInWindow() > scene.nodeCount()
                ? String.format(Locale.ROOT, "showing %,d of %,d %s", scene.nodeCount(), scene.actorsInWindow(), nodes)
                : String.format(Locale.ROOT, "%,d %s", scene.nodeCount(), grouped ? nodes
                : scene.nodeCount() == 1 ? "actor" : "actors");
        String text = actors + " \u00B7 " + GraphTooltips.plural(scene.edgeCount(), "link");
        g.setGlobalAlpha(1);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFill(f.palette().halo());
        g.fillRoundRect(8 - LABEL_PLATE, 6, metrics.width(text) + 2 * LABEL_PLATE, font.getSize() + 3, LABEL_PLATE * 2,
                LABEL_PLATE * 2);
        g.setFill(f.palette().text().deriveColor(0, 1, 1, 0.7));
        g.fillText(text, 8, 6);
    }

    /** Marks the hovered actor's neighbours, so that hovering can bring them forward. */
    private void markNeighbours(GraphFrame f) {
        if (neighbourMark.length != f.names().length) {
            neighbourMark = new int[f.names().length];
            labelled = new int[f.names().length];
            markStamp = 0;
            labelStamp = 0;
        }
        markStamp++;
        Emphasis emphasis = f.emphasis();
        if (!emphasis.isHovering()) {
            return;
        }
        GraphScene scene = f.fades().scene();
        neighbourMark[emphasis.hoveredActor()] = markStamp;
        for (int e : scene.edgesOf(emphasis.hoveredActor())) {
            neighbourMark[scene.first(e) == emphasis.hoveredActor() ? scene.second(e) : scene.first(e)] = markStamp;
        }
    }

    private boolean isNeighbourOfHover(int actor) {
        return neighbourMark[actor] == markStamp;
    }

    /** The frame's edges in batches of one look, lightest first, so that the heaviest end up on top. */
    private EdgePicture edgePicture(GraphicsContext g, GraphFrame f) {
        GraphScene scene = f.fades().scene();
        int maxCount = scene.maxCount();
        for (int e = Math.max(0, scene.edgeCount() - f.edgeBudget()); e < scene.edgeCount(); e++) {
            batch(f, scene.pair(e), scene.first(e), scene.second(e), scene.count(e), maxCount, scene.tone(e), scene.flags(e));
        }
        LeavingEdges leaving = f.fades().leavingEdges();
        for (int i = Math.max(0, leaving.size() - f.edgeBudget()); i < leaving.size(); i++) {
            batch(f, leaving.pair(i), leaving.first(i), leaving.second(i), leaving.count(i), Math.max(maxCount, leaving.count(i)),
                    leaving.tone(i), leaving.flags(i));
        }
        List<EdgePicture.Stroke> strokes = new ArrayList<>(usedKeys.size());
        for (int i = 0; i < usedKeys.size(); i++) {
            strokes.add(stroke(f, usedKeys.get(i)));
        }
        usedKeys.clear();
        return new EdgePicture(f.width(), f.height(), renderScale(g), f.viewport(), strokes);
    }

    /** Device pixels per canvas pixel, so that the edges' image is as sharp as the canvas. */
    private static double renderScale(GraphicsContext g) {
        Window window = g.getCanvas().getScene() == null ? null : g.getCanvas().getScene().getWindow();
        return window == null ? 1 : Math.max(1, window.getRenderScaleX());
    }

    private void batch(GraphFrame f, int pair, int first, int second, int count, int maxCount, double tone, int flags) {
        double alpha = f.fades().pairAlpha(pair);
        if (alpha <= 0) {
            return;
        }
        Emphasis emphasis = f.emphasis();
        if (emphasis.isHovering() && !emphasis.touchesHover(first, second)) {
            alpha *= DIMMED;
        }
        double x1 = f.screenX(first);
        double y1 = f.screenY(first);
        double x2 = f.screenX(second);
        double y2 = f.screenY(second);
        if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > f.width() || Math.max(y1, y2) < 0 || Math.min(y1, y2) > f.height()) {
            return;
        }
        int widthStep = EdgeStyle.widthStep(count, maxCount);
        // Weaker ties are lighter as well as thinner, so that the strong ones stand out of a dense graph.
        alpha *= EdgeStyle.strengthOpacity(widthStep, flags);
        int key = EdgeStyle.key(widthStep, EdgeStyle.pattern(flags), EdgeStyle.opacityStep(alpha), EdgeStyle.colourStep(tone, flags));
        if (batches[key].size() == 0) {
            usedKeys.add(key);
        }
        batches[key].add(x1, y1, x2, y2);
        hits.addEdge(pair, x1, y1, x2, y2, EdgeStyle.width(widthStep));
        addArrows(f, first, second, flags, x1, y1, x2, y2);
    }

    /** Queues arrowheads for directed relations and memberships (member toward organisation). */
    private void addArrows(GraphFrame f, int first, int second, int flags, double x1, double y1, double x2, double y2) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        if (length < 24) {
            return;
        }
        if ((flags & (GraphScene.DIRECTED_FIRST_TO_SECOND | GraphScene.FIRST_MEMBER_OF_SECOND)) != 0) {
            arrows.add(x1, y1, x2 - (x2 - x1) * (f.radius(second) + 1) / length, y2 - (y2 - y1) * (f.radius(second) + 1) / length);
        }
        if ((flags & (GraphScene.DIRECTED_SECOND_TO_FIRST | GraphScene.SECOND_MEMBER_OF_FIRST)) != 0) {
            arrows.add(x2, y2, x1 - (x1 - x2) * (f.radius(first) + 1) / length, y1 - (y1 - y2) * (f.radius(first) + 1) / length);
        }
    }

    private EdgePicture.Stroke stroke(GraphFrame f, int key) {
        Segments segments = batches[key];
        int pattern = EdgeStyle.patternOf(key);
        Color colour = pattern == EdgeStyle.DOTTED ? f.palette().membership()
                : f.palette().toneColor(EdgeStyle.toneStepOf(key));
        float width = (float) EdgeStyle.width(EdgeStyle.widthStepOf(key));
        float[] dashes;
        if (pattern == EdgeStyle.DASHED) {
            dashes = new float[] {6 + width, 4 + width};
        } else if (pattern == EdgeStyle.DOTTED) {
            dashes = new float[] {1, 3 + width};
        } else if (pattern == EdgeStyle.DASH_DOT) {
            dashes = new float[] {9 + width, 3 + width, 2, 3 + width};
        } else {
            dashes = new float[0];
        }
        float[] lines = new float[4 * segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            lines[4 * i] = (float) segments.x1(i);
            lines[4 * i + 1] = (float) segments.y1(i);
            lines[4 * i + 2] = (float) segments.x2(i);
            lines[4 * i + 3] = (float) segments.y2(i);
        }
        segments.clear();
        return new EdgePicture.Stroke(argb(colour.deriveColor(0, 1, 1, EdgeStyle.opacity(EdgeStyle.opacityStepOf(key)) * 0.85)),
                width, dashes, lines);
    }

    private static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    private void fillArrows(GraphicsContext g, Color colour) {
        g.setFill(colour);
        for (int i = 0; i < arrows.size(); i++) {
            double dx = arrows.x2(i) - arrows.x1(i);
            double dy = arrows.y2(i) - arrows.y1(i);
            double length = Math.hypot(dx, dy);
            shapes.arrowhead(g, arrows.x2(i), arrows.y2(i), dx / length, dy / length, 8);
        }
        arrows.clear();
    }

    /** The selected pair, and the edges of the selected or hovered actor, drawn again on top in the selection colour. */
    private void drawEmphasisedEdges(GraphicsContext g, GraphFrame f) {
        Emphasis emphasis = f.emphasis();
        GraphScene scene = f.fades().scene();
        g.setStroke(f.palette().selection());
        g.setLineDashes();
        if (emphasis.selectedActor() >= 0) {
            for (int e : scene.edgesOf(emphasis.selectedActor())) {
                emphasise(g, f, e, false);
            }
        }
        for (int actor : emphasis.eventActors()) {
            for (int e : scene.edgesOf(actor)) {
                int other = scene.first(e) == actor ? scene.second(e) : scene.first(e);
                if (actor < other && emphasis.isSelected(other)) {
                    emphasise(g, f, e, false);
                }
            }
        }
        if (emphasis.selectedFirst() >= 0) {
            emphasise(g, f, scene.edgeBetween(emphasis.selectedFirst(), emphasis.selectedSecond()), true);
        }
        if (emphasis.hoveredFirst() >= 0) {
            emphasise(g, f, scene.edgeBetween(emphasis.hoveredFirst(), emphasis.hoveredSecond()), true);
        }
        g.setGlobalAlpha(1);
    }

    /** Draws an edge again on top in the selection colour, strongly for the selected or hovered pair. */
    private void emphasise(GraphicsContext g, GraphFrame f, int edge, boolean strong) {
        if (edge < 0) {
            return;
        }
        GraphScene scene = f.fades().scene();
        double width = EdgeStyle.width(EdgeStyle.widthStep(scene.count(edge), scene.maxCount())) + (strong ? 3 : 1);
        g.setLineWidth(width);
        g.setGlobalAlpha(strong ? 0.9 : 0.55);
        double x1 = f.screenX(scene.first(edge));
        double y1 = f.screenY(scene.first(edge));
        double x2 = f.screenX(scene.second(edge));
        double y2 = f.screenY(scene.second(edge));
        g.strokeLine(x1, y1, x2, y2);
        hits.addEdge(scene.pair(edge), x1, y1, x2, y2, width);
    }

    private void drawNodes(GraphicsContext g, GraphFrame f) {
        IntList leaving = f.fades().leavingActors();
        for (int i = 0; i < leaving.size(); i++) {
            drawNode(g, f, leaving.get(i), false);
        }
        for (int actor : f.looks().drawOrder()) {
            drawNode(g, f, actor, true);
        }
        g.setGlobalAlpha(1);
    }

    private void drawNode(GraphicsContext g, GraphFrame f, int actor, boolean hittable) {
        double alpha = f.fades().actorAlpha(actor);
        Emphasis emphasis = f.emphasis();
        if (emphasis.isHovering() && !isNeighbourOfHover(actor) && !emphasis.isSelected(actor)) {
            alpha *= DIMMED * 1.5;
        }
        double r = f.radius(actor);
        double x = f.screenX(actor);
        double y = f.screenY(actor);
        if (alpha <= 0 || x + r < 0 || x - r > f.width() || y + r < 0 || y - r > f.height()) {
            return;
        }
        g.setGlobalAlpha(alpha);
        g.setFill(fill(f, actor));
        if (r < TINY) {
            g.fillRect(x - r, y - r, 2 * r, 2 * r);
        } else {
            shapes.fill(g, f.kinds()[actor], x, y, r);
            g.setStroke(f.palette().nodeOutline());
            g.setLineWidth(1);
            shapes.stroke(g, f.kinds()[actor], x, y, r);
            if (f.isGroup(actor)) {
                // A second ring says "many actors in one", whatever the shape of its kind.
                g.strokeOval(x - r - GROUP_RING, y - r - GROUP_RING, 2 * (r + GROUP_RING), 2 * (r + GROUP_RING));
            }
        }
        if (emphasis.isSelected(actor) || actor == emphasis.hoveredActor()) {
            g.setStroke(f.palette().selection());
            g.setLineWidth(emphasis.isSelected(actor) ? 3 : 2);
            g.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
        }
        if (f.pinned()[actor]) {
            g.setFill(f.palette().text());
            g.fillOval(x - 2.5, y - r - 6, 5, 5);
            g.strokeLine(x, y - r - 1.5, x, y - r);
        }
        if (hittable) {
            hits.addNode(actor, x, y, r);
        }
    }

    private Color fill(GraphFrame f, int actor) {
        if (f.coloring() == NodeColoring.COMMUNITY && f.looks().community(actor) >= 0) {
            return f.palette().community(f.looks().community(actor));
        }
        return f.palette().kind(f.kinds()[actor]);
    }

    /**
     * Labels in order of importance: the selection, the hovered node and its neighbours, then the largest
     * nodes; each only where it overlaps no label placed before it.
     */
    private void drawLabels(GraphicsContext g, GraphFrame f) {
        labels.clear();
        labelStamp++;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        Emphasis emphasis = f.emphasis();
        int[] order = f.looks().drawOrder();
        for (int i = order.length - 1; i >= 0; i--) {
            if (emphasis.isSelected(order[i]) || order[i] == emphasis.hoveredActor()) {
                label(g, f, order[i], true);
            }
        }
        if (emphasis.isHovering()) {
            for (int i = order.length - 1; i >= 0; i--) {
                if (isNeighbourOfHover(order[i])) {
                    label(g, f, order[i], false);
                }
            }
            return;
        }
        for (int i = order.length - 1, tried = 0; i >= 0 && tried < LABEL_CANDIDATES; i--, tried++) {
            int actor = order[i];
            if (f.radius(actor) >= LABELLED_RADIUS || tried < ALWAYS_LABELLED) {
                label(g, f, actor, false);
            }
        }
    }

    /** Places the label below the node, else to its right, above it or to its left; skips it if all four are taken. */
    private void label(GraphicsContext g, GraphFrame f, int actor, boolean bold) {
        if (labelled[actor] == labelStamp) {
            return;
        }
        labelled[actor] = labelStamp;
        String name = f.names()[actor];
        double w = (bold ? boldMetrics : metrics).width(name);
        double h = font.getSize() + 3;
        double r = f.radius(actor);
        double cx = f.screenX(actor);
        double cy = f.screenY(actor);
        double[] xs = {cx - w / 2, cx + r + 3, cx - w / 2, cx - r - 3 - w};
        double[] ys = {cy + r + 2, cy - h / 2, cy - r - 2 - h, cy - h / 2};
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            double y = ys[i];
            if (x >= 0 && x + w <= f.width() && y >= 0 && y + h <= f.height() && labels.claim(x, y, w, h)) {
                g.setGlobalAlpha(Math.max(0.35, f.fades().actorAlpha(actor)));
                g.setFont(bold ? boldFont : font);
                g.setFill(f.palette().halo());
                g.fillRoundRect(x - LABEL_PLATE, y, w + 2 * LABEL_PLATE, h, LABEL_PLATE * 2, LABEL_PLATE * 2);
                g.setFill(f.palette().text());
                g.fillText(name, x, y);
                g.setGlobalAlpha(1);
                return;
            }
        }
    }
}
