package org.entente.timeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.entente.canvas.LabelMetrics;
import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.lanes.Lane;
import org.entente.lanes.LaneGeometry;
import org.entente.model.Event;
import org.entente.model.Period;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.time.Precision;
import org.entente.time.When;
import org.entente.timescale.AxisTicks;
import org.entente.timescale.TimeScale;

/**
 * Draws one frame of the timeline: axis, lanes with their events or their density, the cursor and the
 * overview strip, and records what it drew in the hit map. Its work follows what is on screen: each lane
 * asks its index for the events in view, and when there are more than fit, for counts per pixel column.
 */
final class TimelinePainter {
    static final double COLUMN_WIDTH = 3;
    /** Clusters are cut at this width, so that clicking one always zooms in by a useful factor. */
    private static final int MAX_CLUSTER_COLUMNS = 24;
    private static final double BAR_HEIGHT = 12;
    private static final double POINT_RADIUS = 5;
    private static final double LABEL_GAP = 5;
    private static final double MAX_LABEL_WIDTH = 220;
    private static final double MIN_LABEL_ROOM = 36;
    private static final double MIN_TICK_SPACING = 80;
    private static final double DIMMED = 0.22;
    private static final int HATCH_SPACING = 6;

    private final Font font;
    private final Font bold;
    private final Font small;
    private final LabelMetrics metrics;
    private final HitMap hits = new HitMap();
    private final Map<Color, ImagePattern> hatches = new HashMap<>();
    private final IntList inView = new IntList(1024);
    private final double[] rowEnds = new double[512];
    private int[] counts = new int[1024];
    private int[] rowOf = new int[1024];
    private double[] labelRoom = new double[1024];
    private final int[] lastInRow = new int[512];
    private final double[] previousEnd = new double[512];
    private int[] overviewCounts = new int[0];
    private TimeIndex overviewSource;
    private TimeWindow overviewWindowKey;

    TimelinePainter(Font font) {
        this.font = font;
        this.bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        this.small = Font.font(font.getFamily(), font.getSize() - 1);
        this.metrics = new LabelMetrics(font);
    }

    HitMap hits() {
        return hits;
    }

    void paint(GraphicsContext g, TimelineFrame f) {
        hits.clear();
        TimelinePalette p = f.palette();
        g.setFill(p.background());
        g.fillRect(0, 0, f.width(), f.height());
        TimeScale scale = f.scale();
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(scale, MIN_TICK_SPACING);

        g.save();
        g.beginPath();
        g.rect(0, f.bodyTop(), f.width(), f.bodyHeight());
        g.clip();
        paintGrid(g, f, scale, ticks);
        paintLanes(g, f, scale);
        paintPeriods(g, f, scale);
        paintCursorLine(g, f, scale, f.bodyTop(), f.bodyHeight());
        g.restore();

        paintAxis(g, f, scale, ticks);
        paintOverview(g, f);
    }

    private void paintGrid(GraphicsContext g, TimelineFrame f, TimeScale scale, List<AxisTicks.Tick> ticks) {
        g.setLineWidth(1);
        for (AxisTicks.Tick tick : ticks) {
            double x = Math.floor(f.x(scale, tick.time())) + 0.5;
            g.setStroke(tick.major() ? f.palette().majorGrid() : f.palette().grid());
            g.strokeLine(x, f.bodyTop(), x, f.bodyTop() + f.bodyHeight());
        }
    }

    private void paintLanes(GraphicsContext g, TimelineFrame f, TimeScale scale) {
        LaneGeometry geometry = f.geometry();
        List<Lane> lanes = f.lanes().lanes();
        double bottom = f.bodyTop() + f.bodyHeight();
        for (int i = geometry.firstBelow(f.scrollY()); i < geometry.count(); i++) {
            double top = f.bodyTop() + geometry.top(i) - f.scrollY();
            if (top >= bottom) {
                break;
            }
            Lane lane = lanes.get(i);
            if (i % 2 == 1) {
                g.setFill(f.palette().alternateLane());
                g.fillRect(0, top, f.width(), geometry.height(i));
            }
            int rows = geometry.rows(i);
            if (rows == 0 || !paintItems(g, f, scale, lane.index(), top + LaneGeometry.LANE_PADDING, rows)) {
                paintDensity(g, f, scale, lane.index(), top + 3, geometry.height(i) - 6);
            }
            if (f.headerWidth() > 0) {
                paintLaneHeader(g, f, lane, top, geometry.height(i), rows == 0);
            }
        }
    }

    /**
     * Named periods (a dataset's eras) as light shading over the lanes, with their titles along the top; a
     * dataset has few, so each frame draws those in view one by one.
     */
    private void paintPeriods(GraphicsContext g, TimelineFrame f, TimeScale scale) {
        List<Period> periods = f.dataset().periods();
        double left = f.headerWidth();
        for (int i = 0; i < periods.size(); i++) {
            When when = periods.get(i).when();
            if (!f.window().overlaps(when.start(), when.end())) {
                continue;
            }
            double x0 = Math.max(left, f.x(scale, Math.max(when.start(), f.window().start())));
            double x1 = Math.min(f.width(), f.x(scale, Math.min(when.end(), f.window().end())));
            g.setFill(f.palette().period().deriveColor(0, 1, 1, i % 2 == 0 ? 0.09 : 0.14));
            g.fillRect(x0, f.bodyTop(), Math.max(1, x1 - x0), f.bodyHeight());
            g.setStroke(f.palette().period().deriveColor(0, 1, 1, 0.35));
            g.setLineWidth(1);
            g.strokeLine(Math.floor(x0) + 0.5, f.bodyTop(), Math.floor(x0) + 0.5, f.bodyTop() + f.bodyHeight());
            String title = periods.get(i).title();
            double w = Math.min(x1 - x0 - 6, metrics.width(title));
            if (w > 24) {
                g.setFont(font);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.setFill(f.palette().period().deriveColor(0, 1, 0.8, 1));
                g.fillText(title, x0 + 4, f.bodyTop() + 2, w);
            }
        }
    }

    private void paintLaneHeader(GraphicsContext g, TimelineFrame f, Lane lane, double top, double height, boolean collapsed) {
        g.setFill(f.palette().background());
        g.fillRect(0, top, f.headerWidth() - 1, height);
        g.setStroke(f.palette().grid());
        g.strokeLine(f.headerWidth() - 0.5, top, f.headerWidth() - 0.5, top + height);
        g.strokeLine(0, top + height - 0.5, f.width(), top + height - 0.5);
        g.setFill(f.palette().mutedText());
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(collapsed ? "\u25B8" : "\u25BE", 6, top + 12);
        g.setFill(f.palette().text());
        g.setFont(font);
        g.fillText(fit(lane.label(), f.headerWidth() - 60), 20, top + 12);
        g.setFill(f.palette().mutedText());
        g.setFont(small);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Integer.toString(lane.size()), f.headerWidth() - 8, top + 12);
        g.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * Lays the lane's events in view into rows, each with its label beside it where there is room, and
     * draws them. Returns false, having drawn nothing, when there are more events than pixel columns can
     * show one by one: the lane is then drawn as density. Events that find no free row are counted in a
     * "+N" badge that zooms in when clicked.
     */
    private boolean paintItems(GraphicsContext g, TimelineFrame f, TimeScale scale, TimeIndex index, double top, int rows) {
        double laneWidth = f.width() - f.headerWidth();
        int capacity = (int) (laneWidth / COLUMN_WIDTH) * rows;
        long t0 = f.window().start();
        long t1 = f.window().end();
        if (index.countOverlapping(t0, t1) > capacity) {
            return false;
        }
        inView.clear();
        index.overlapping(t0, t1, inView);
        int rowCount = Math.min(rows, rowEnds.length);
        int hidden = place(f, scale, rowCount, true) == 0 ? 0 : place(f, scale, rowCount, false);
        for (int k = 0; k < inView.size(); k++) {
            if (rowOf[k] >= 0) {
                paintItem(g, f, scale, k, top);
            }
        }
        if (hidden > 0) {
            paintOverflow(g, f, hidden, top, rowCount);
        }
        return true;
    }

    /** The count of events that found no row, at the lane's right end; a click zooms in on the middle. */
    private void paintOverflow(GraphicsContext g, TimelineFrame f, int hidden, double top, int rows) {
        String text = "+" + hidden + " more";
        double w = metrics.width(text) + 12;
        double x = f.width() - w - 4;
        double y = top + (rows - 1) * LaneGeometry.ROW_HEIGHT + 2;
        g.setFill(f.palette().background());
        g.fillRoundRect(x, y, w, LaneGeometry.ROW_HEIGHT - 4, 8, 8);
        g.setStroke(f.palette().majorGrid());
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, LaneGeometry.ROW_HEIGHT - 5, 8, 8);
        g.setFill(f.palette().text());
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 6, y + (LaneGeometry.ROW_HEIGHT - 4) / 2);
        long quarter = f.window().span() / 4;
        long middle = f.window().start() + f.window().span() / 2;
        hits.addCluster(x, y, w, LaneGeometry.ROW_HEIGHT - 4, middle - quarter, middle + quarter);
    }

    /**
     * Assigns rows in start order and returns how many events found no row. With labels reserved, each
     * item's row stays blocked until its label ends, and placing stops at the first event that does not
     * fit; without, items pack tighter, each label gets the room left before the next item in its row,
     * and events that still find no row are left out ({@code rowOf} is -1).
     */
    private int place(TimelineFrame f, TimeScale scale, int rows, boolean withLabels) {
        Arrays.fill(rowEnds, 0, rows, Double.NEGATIVE_INFINITY);
        Arrays.fill(lastInRow, 0, rows, -1);
        ensureRowOf(inView.size());
        double longItem = (f.width() - f.headerWidth()) / 2;
        int hidden = 0;
        for (int k = 0; k < inView.size(); k++) {
            Event e = f.dataset().events().get(inView.get(k));
            double x0 = itemStart(f, scale, e);
            double x1 = itemEnd(f, scale, e) + markerWidth(e.when());
            if (!withLabels && x1 - x0 > longItem) {
                rowOf[k] = -1;
                continue;
            }
            double label = Math.min(MAX_LABEL_WIDTH, metrics.width(e.title())) + LABEL_GAP;
            int row = 0;
            while (row < rows && rowEnds[row] > x0) {
                row++;
            }
            if (row == rows) {
                if (withLabels) {
                    return 1;
                }
                rowOf[k] = -1;
                hidden++;
                continue;
            }
            rowEnds[row] = x1 + LABEL_GAP + (withLabels ? label : 0);
            rowOf[k] = row;
            labelRoom[k] = withLabels ? label : f.width() - x1 - LABEL_GAP;
            if (!withLabels && lastInRow[row] >= 0) {
                int previous = lastInRow[row];
                labelRoom[previous] = Math.min(labelRoom[previous], x0 - previousEnd[row] - LABEL_GAP);
            }
            lastInRow[row] = k;
            previousEnd[row] = x1;
        }
        return withLabels ? 0 : hidden + placeLongItems(f, scale, rows, longItem);
    }

    /**
     * When not everything fits, events that span most of the view go last, into rows nothing else uses:
     * they are the backdrop, while the short events are what the user zoomed in to see.
     */
    private int placeLongItems(TimelineFrame f, TimeScale scale, int rows, double longItem) {
        int hidden = 0;
        int row = 0;
        for (int k = 0; k < inView.size(); k++) {
            Event e = f.dataset().events().get(inView.get(k));
            if (rowOf[k] >= 0 || itemEnd(f, scale, e) - itemStart(f, scale, e) + markerWidth(e.when()) <= longItem) {
                continue;
            }
            while (row < rows && rowEnds[row] != Double.NEGATIVE_INFINITY) {
                row++;
            }
            if (row == rows) {
                hidden++;
                continue;
            }
            rowEnds[row] = Double.POSITIVE_INFINITY;
            rowOf[k] = row;
            labelRoom[k] = 0;
        }
        return hidden;
    }

    private void ensureRowOf(int n) {
        if (rowOf.length < n) {
            rowOf = new int[Math.max(n, rowOf.length * 2)];
            labelRoom = new double[rowOf.length];
        }
    }

    private double itemStart(TimelineFrame f, TimeScale scale, Event e) {
        double x0 = f.x(scale, e.when().start());
        double x1 = f.x(scale, e.when().end());
        if (x1 - x0 < 2 * POINT_RADIUS) {
            return (x0 + x1) / 2 - POINT_RADIUS;
        }
        return Math.max(f.headerWidth(), x0);
    }

    private double itemEnd(TimelineFrame f, TimeScale scale, Event e) {
        double x0 = f.x(scale, e.when().start());
        double x1 = f.x(scale, e.when().end());
        if (x1 - x0 < 2 * POINT_RADIUS) {
            return (x0 + x1) / 2 + POINT_RADIUS;
        }
        return Math.min(f.width(), x1);
    }

    private double markerWidth(When when) {
        return qualifier(when).isEmpty() ? 0 : 12;
    }

    private static String qualifier(When when) {
        boolean uncertain = when.isUncertain();
        boolean approximate = when.isApproximate();
        return uncertain && approximate ? "?~" : uncertain ? "?" : approximate ? "~" : "";
    }

    /** Imprecise dates are drawn as the span they may fall in, hatched, never as a precise instant. */
    private static boolean isImprecise(When when) {
        return when.precision().compareTo(Precision.DAY) < 0 || when.openStart() || when.openEnd()
                || (when.from() != null && when.from().unspecified()) || (when.to() != null && when.to().unspecified());
    }

    private void paintItem(GraphicsContext g, TimelineFrame f, TimeScale scale, int k, double laneTop) {
        int position = inView.get(k);
        int row = rowOf[k];
        Event e = f.dataset().events().get(position);
        double y = laneTop + row * LaneGeometry.ROW_HEIGHT + (LaneGeometry.ROW_HEIGHT - BAR_HEIGHT) / 2;
        double x0 = itemStart(f, scale, e);
        double x1 = itemEnd(f, scale, e);
        boolean point = x1 - x0 <= 2 * POINT_RADIUS + 0.01 && !e.when().interval();
        Color color = f.colorMode() == ColorMode.TONE ? f.palette().tone(e.tone()) : f.palette().kind(e.kind());
        g.setGlobalAlpha(emphasis(f.selection(), e));
        boolean imprecise = isImprecise(e.when());
        if (point && !imprecise) {
            g.setFill(color);
            g.fillOval(x0, y + BAR_HEIGHT / 2 - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
        } else if (imprecise) {
            paintHatched(g, color, x0, y, Math.max(2 * POINT_RADIUS, x1 - x0));
        } else {
            g.setFill(color);
            g.fillRoundRect(x0, y, Math.max(2, x1 - x0), BAR_HEIGHT, 5, 5);
        }
        double after = x1;
        String qualifier = qualifier(e.when());
        if (!qualifier.isEmpty()) {
            g.setFill(f.palette().text());
            g.setFont(bold);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(qualifier, x1 + 2, y + BAR_HEIGHT / 2);
            after += markerWidth(e.when());
        }
        double besideRoom = Math.min(labelRoom[k], f.width() - after - LABEL_GAP);
        if (besideRoom >= MIN_LABEL_ROOM) {
            g.setFill(f.palette().text());
            g.setFont(font);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(fit(e.title(), Math.min(MAX_LABEL_WIDTH, besideRoom - LABEL_GAP)), after + LABEL_GAP,
                    y + BAR_HEIGHT / 2);
        } else if (Math.min(x1, f.width()) - Math.max(x0, f.headerWidth()) >= MIN_LABEL_ROOM + 8) {
            paintLabelInside(g, f, e.title(), x0, x1, y);
        }
        g.setGlobalAlpha(1);
        if (f.selection() instanceof Selection.OfEvent s && s.eventId().equals(e.id()) || position == f.focused()
                || position == f.hovered()) {
            g.setStroke(position == f.focused() || f.selection() instanceof Selection.OfEvent
                    ? f.palette().selection() : f.palette().mutedText());
            g.setLineWidth(2);
            g.strokeRoundRect(x0 - 2, y - 2, Math.max(2 * POINT_RADIUS, x1 - x0) + 4, BAR_HEIGHT + 4, 6, 6);
            g.setLineWidth(1);
        }
        hits.addEvent(x0, y - 3, Math.max(x1 - x0, 2 * POINT_RADIUS), BAR_HEIGHT + 6, position);
    }

    /** A bar too long for a label beside it carries the label inside, on a plate so hatching does not hurt it. */
    private void paintLabelInside(GraphicsContext g, TimelineFrame f, String title, double x0, double x1, double y) {
        double left = Math.max(x0, f.headerWidth()) + 4;
        String text = fit(title, Math.min(MAX_LABEL_WIDTH, Math.min(x1, f.width()) - left - 4));
        double w = metrics.width(text);
        double alpha = g.getGlobalAlpha();
        g.setGlobalAlpha(alpha * 0.85);
        g.setFill(f.palette().background());
        g.fillRect(left - 2, y + 1, w + 4, BAR_HEIGHT - 2);
        g.setGlobalAlpha(alpha);
        g.setFill(f.palette().text());
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, left, y + BAR_HEIGHT / 2);
    }

    /**
     * A faded bar with diagonal hatching. The hatching is a small repeating image per colour, so a bar
     * across the whole screen costs one fill, not a stroke every few pixels.
     */
    private void paintHatched(GraphicsContext g, Color color, double x, double y, double w) {
        g.setFill(hatches.computeIfAbsent(color, TimelinePainter::hatch));
        g.fillRect(x, y, w, BAR_HEIGHT);
        g.setStroke(color);
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, Math.max(1, w - 1), BAR_HEIGHT - 1);
    }

    private static ImagePattern hatch(Color color) {
        int size = HATCH_SPACING;
        WritableImage tile = new WritableImage(size, size);
        Color faded = color.deriveColor(0, 1, 1, 0.28);
        for (int py = 0; py < size; py++) {
            for (int px = 0; px < size; px++) {
                tile.getPixelWriter().setColor(px, py, (px + py) % size == size - 1 ? color : faded);
            }
        }
        return new ImagePattern(tile, 0, 0, size, size, false);
    }

    /** With an actor or a pair selected, their events stand out and the others recede. */
    private static double emphasis(Selection selection, Event e) {
        if (selection instanceof Selection.OfActor a) {
            return e.involves(a.actorId()) ? 1 : DIMMED;
        }
        if (selection instanceof Selection.OfPair pair) {
            return e.involves(pair.first()) && e.involves(pair.second()) ? 1 : DIMMED;
        }
        return 1;
    }

    /** Counts per pixel column, grouped into clusters that a click zooms into. */
    private void paintDensity(GraphicsContext g, TimelineFrame f, TimeScale scale, TimeIndex index, double top, double height) {
        double laneWidth = f.width() - f.headerWidth();
        int bins = Math.max(1, (int) (laneWidth / COLUMN_WIDTH));
        if (counts.length < bins) {
            counts = new int[bins];
        }
        index.density(f.window().start(), f.window().end(), counts, bins);
        int max = 1;
        for (int i = 0; i < bins; i++) {
            max = Math.max(max, counts[i]);
        }
        double logMax = Math.log1p(max);
        g.setFill(f.palette().density());
        int clusterStart = -1;
        for (int i = 0; i <= bins; i++) {
            int c = i < bins ? counts[i] : 0;
            if (c > 0) {
                double h = Math.max(2, height * Math.log1p(c) / logMax);
                g.fillRect(f.headerWidth() + i * COLUMN_WIDTH, top + height - h, COLUMN_WIDTH - 0.5, h);
                if (clusterStart < 0) {
                    clusterStart = i;
                }
            }
            if (clusterStart >= 0 && (c == 0 || i + 1 - clusterStart >= MAX_CLUSTER_COLUMNS)) {
                closeCluster(g, f, scale, index, clusterStart, c == 0 ? i : i + 1, top, height);
                g.setFill(f.palette().density());
                clusterStart = -1;
            }
        }
    }

    /** A run of non-empty columns: clickable, and labelled with its number of events when the label fits. */
    private void closeCluster(GraphicsContext g, TimelineFrame f, TimeScale scale, TimeIndex index, int from, int to,
                              double top, double height) {
        double x0 = f.headerWidth() + from * COLUMN_WIDTH;
        double x1 = f.headerWidth() + to * COLUMN_WIDTH;
        long t0 = scale.time(x0 - f.headerWidth());
        long t1 = scale.time(x1 - f.headerWidth());
        hits.addCluster(x0, top, x1 - x0, height, t0, t1);
        String count = String.format(Locale.ROOT, "%,d", index.countOverlapping(t0, t1));
        if (metrics.width(count) + 6 <= x1 - x0 && height >= 14) {
            g.setFill(f.palette().text());
            g.setFont(small);
            g.setTextBaseline(VPos.TOP);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(count, (x0 + x1) / 2, top);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    private void paintCursorLine(GraphicsContext g, TimelineFrame f, TimeScale scale, double top, double height) {
        if (!f.window().contains(f.cursor())) {
            return;
        }
        double x = Math.floor(f.x(scale, f.cursor())) + 0.5;
        g.setStroke(f.palette().cursor());
        g.setLineWidth(1.5);
        g.strokeLine(x, top, x, top + height);
        g.setLineWidth(1);
    }

    private void paintAxis(GraphicsContext g, TimelineFrame f, TimeScale scale, List<AxisTicks.Tick> ticks) {
        TimelinePalette p = f.palette();
        g.setFill(p.background());
        g.fillRect(0, 0, f.width(), TimelineFrame.AXIS_HEIGHT);
        g.setStroke(p.majorGrid());
        g.strokeLine(0, TimelineFrame.AXIS_HEIGHT - 0.5, f.width(), TimelineFrame.AXIS_HEIGHT - 0.5);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (AxisTicks.Tick tick : ticks) {
            double x = Math.floor(f.x(scale, tick.time())) + 0.5;
            if (x < f.headerWidth()) {
                continue;
            }
            g.setStroke(tick.major() ? p.majorGrid() : p.grid());
            g.strokeLine(x, tick.major() ? 4 : 24, x, TimelineFrame.AXIS_HEIGHT);
            g.setFill(tick.major() ? p.text() : p.mutedText());
            g.setFont(tick.major() ? bold : small);
            g.fillText(tick.label(), x + 4, tick.major() ? 12 : 35);
        }
        if (f.window().contains(f.cursor())) {
            double x = f.x(scale, f.cursor());
            g.setFill(p.cursor());
            g.fillPolygon(new double[] {x - 7, x + 7, x}, new double[] {TimelineFrame.AXIS_HEIGHT - 12,
                    TimelineFrame.AXIS_HEIGHT - 12, TimelineFrame.AXIS_HEIGHT}, 3);
        }
        if (f.headerWidth() > 0) {
            g.setFill(p.background());
            g.fillRect(0, 0, f.headerWidth(), TimelineFrame.AXIS_HEIGHT - 1);
            g.setFill(p.mutedText());
            g.setFont(small);
            g.fillText(f.lanes().mode().toString(), 8, TimelineFrame.AXIS_HEIGHT / 2);
        }
    }

    /** The whole dataset in miniature, with the visible window as a rectangle. */
    private void paintOverview(GraphicsContext g, TimelineFrame f) {
        TimelinePalette p = f.palette();
        double top = f.overviewTop();
        double h = TimelineFrame.OVERVIEW_HEIGHT;
        g.setFill(p.alternateLane());
        g.fillRect(0, top, f.width(), h);
        g.setStroke(p.majorGrid());
        g.strokeLine(0, top + 0.5, f.width(), top + 0.5);
        TimeWindow extent = f.overviewExtent();
        TimeScale overview = new TimeScale(extent.start(), extent.end(), f.width());
        int bins = Math.max(1, (int) (f.width() / 2));
        if (overviewSource != f.lanes().all() || !extent.equals(overviewWindowKey) || overviewCounts.length != bins) {
            overviewCounts = new int[bins];
            f.lanes().all().density(extent.start(), extent.end(), overviewCounts);
            overviewSource = f.lanes().all();
            overviewWindowKey = extent;
        }
        int max = 1;
        for (int c : overviewCounts) {
            max = Math.max(max, c);
        }
        g.setFill(p.density());
        double logMax = Math.log1p(max);
        for (int i = 0; i < bins; i++) {
            if (overviewCounts[i] > 0) {
                double bar = Math.max(1, (h - 8) * Math.log1p(overviewCounts[i]) / logMax);
                g.fillRect(i * 2, top + h - 2 - bar, 1.5, bar);
            }
        }
        double wx0 = Math.max(0, overview.x(f.window().start()));
        double wx1 = Math.min(f.width(), overview.x(f.window().end()));
        g.setFill(p.selection().deriveColor(0, 1, 1, 0.15));
        g.fillRect(wx0, top + 2, Math.max(3, wx1 - wx0), h - 4);
        g.setStroke(p.selection());
        g.setLineWidth(1.5);
        g.strokeRect(wx0 + 0.5, top + 2.5, Math.max(3, wx1 - wx0) - 1, h - 5);
        g.setLineWidth(1);
        if (extent.contains(f.cursor())) {
            double cx = overview.x(f.cursor());
            g.setStroke(p.cursor());
            g.strokeLine(cx, top + 2, cx, top + h - 2);
        }
    }

    private String fit(String text, double maxWidth) {
        if (metrics.width(text) <= maxWidth) {
            return text;
        }
        int end = text.length();
        while (end > 1 && metrics.width(text.substring(0, end)) + metrics.width("\u2026") > maxWidth) {
            end = Math.max(1, end - Math.max(1, end / 8));
        }
        return text.substring(0, end) + "\u2026";
    }
}
