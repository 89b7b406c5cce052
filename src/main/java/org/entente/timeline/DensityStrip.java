package org.entente.timeline;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.entente.index.TimeIndex;
import org.entente.lanes.Lane;
import org.entente.strata.Strata;
import org.entente.timescale.TimeScale;

/**
 * A lane with more events in view than can be drawn one by one: counts per pixel column on a log scale,
 * each column stacked by the groups events are coloured by, grouped into clusters that a click opens.
 * The selection's events are drawn over the columns in their own colour as their share of each column, the
 * rest dimmed, with their own count, so that a selection is never lost in the mass nor made to look larger.
 */
final class DensityStrip {
    static final double COLUMN_WIDTH = 3;
    /** Clusters are cut at this width, so that clicking one always zooms in by a useful factor. */
    private static final int MAX_CLUSTER_COLUMNS = 24;
    /** Equal columns in a row that make a plateau, a cluster of its own. */
    private static final int PLATEAU_COLUMNS = 4;
    /** How much of its colour the mass keeps while a selection is drawn over it. */
    private static final double DIMMED = 0.35;
    /** How much of the background a run's count stands on hides the columns beneath. */
    private static final double PLATE_OPACITY = 0.85;

    private final TimelineFonts fonts;
    private final HitMap hits;
    private int[] counts = new int[1024];
    private int[] selected = new int[1024];
    private int[][] groupCounts = new int[0][];
    /** The groups' colours for this frame, dimmed or not, so that a column costs no colour. */
    private Color[] fills = new Color[0];

    DensityStrip(TimelineFonts fonts, HitMap hits) {
        this.fonts = fonts;
        this.hits = hits;
    }

    /** How many events a lane of this width and these rows can show one by one. */
    static int capacity(double laneWidth, int rows) {
        return (int) (laneWidth / COLUMN_WIDTH) * rows;
    }

    /**
     * Draws the lane's density into {@code height} pixels from {@code top}, clickable by clusters when
     * {@code clickable}; the compact strip under a lane's rows is not, since the rows above it are.
     */
    void paint(GraphicsContext g, TimelineFrame f, TimeScale scale, int lane, double top, double height,
               boolean clickable) {
        Lane shown = f.lanes().lanes().get(lane);
        int bins = columns(f);
        TimeIndex selection = f.selected().in(shown);
        count(shown, selection, f.window().start(), f.window().end(), bins);
        draw(g, f, scale, lane, shown.index(), selection, top, height, clickable, bins);
    }

    /**
     * Draws a store's counts of the window (its events being too many to hold) as one lane of every event,
     * each column the answer's bin at its middle: an answer for another window, while a newer one comes,
     * is stretched to this one, and columns it does not reach stay empty.
     */
    void paintCounts(GraphicsContext g, TimelineFrame f, TimeScale scale, StoreCounts.Answer answer, double top,
                     double height) {
        int bins = columns(f);
        ensureCapacity(f.lanes().strata().size(), bins);
        for (int i = 0; i < bins; i++) {
            long middle = scale.time(i * COLUMN_WIDTH + COLUMN_WIDTH / 2);
            answer.fill(middle, groupCounts, counts, i);
        }
        draw(g, f, scale, -1, null, null, top, height, true, bins);
    }

    private static int columns(TimelineFrame f) {
        return Math.max(1, (int) ((f.width() - f.headerWidth()) / COLUMN_WIDTH));
    }

    /** The columns counted, drawn as stacked bars on a log scale, with clusters to click (for lane -1, a store's counts). */
    private void draw(GraphicsContext g, TimelineFrame f, TimeScale scale, int lane, TimeIndex index, TimeIndex selection,
                      double top, double height, boolean clickable, int bins) {
        int max = 1;
        for (int i = 0; i < bins; i++) {
            max = Math.max(max, counts[i]);
        }
        double logMax = Math.log1p(max);
        Strata strata = f.lanes().strata();
        prepareFills(f, strata, selection != null);
        int clusterStart = -1;
        for (int i = 0; i <= bins; i++) {
            int c = i < bins ? counts[i] : 0;
            if (c > 0) {
                double h = Math.max(2, height * Math.log1p(c) / logMax);
                double x = f.headerWidth() + i * COLUMN_WIDTH;
                stack(g, strata.size(), i, c, x, top + height, h);
                if (selection != null && selected[i] > 0) {
                    // Its share of the column, as the kinds are stacked: on the column's log scale a tenth of
                    // a column's events would stand half as tall as all of them.
                    double hs = Math.max(2, h * Math.min(1, (double) selected[i] / c));
                    g.setFill(f.palette().selection());
                    g.fillRect(x, top + height - hs, COLUMN_WIDTH - 0.5, hs);
                }
                if (clusterStart < 0) {
                    clusterStart = i;
                }
            }
            if (clickable && clusterStart >= 0 && (c == 0 || endsCluster(i, clusterStart, bins))) {
                closeCluster(g, f, scale, lane, index, clusterStart, c == 0 ? i : i + 1, top, height);
                clusterStart = -1;
            } else if (c == 0) {
                clusterStart = -1;
            }
        }
        if (selection != null && clickable) {
            paintSelectedCount(g, f, selection.countOverlapping(f.window().start(), f.window().end()), top);
        }
    }

    /**
     * Whether a cluster ends after column i: at a change of count, once the cluster is wide enough to be
     * worth zooming into, or where a plateau of equal columns ends. A plateau is a day of day-dated events
     * (or any span of events that all last through it): it stays one cluster with one label, and one
     * click lists that day, not its neighbours too.
     */
    private boolean endsCluster(int i, int clusterStart, int bins) {
        if (i + 1 < bins && counts[i + 1] == counts[i]) {
            return false;
        }
        int plateau = 1;
        while (plateau < PLATEAU_COLUMNS && i - plateau >= clusterStart && counts[i - plateau] == counts[i]) {
            plateau++;
        }
        boolean before = i + 1 < bins && counts[i + 1] > 0 && plateauAhead(i + 1, bins);
        return i + 1 - clusterStart >= MAX_CLUSTER_COLUMNS || plateau >= PLATEAU_COLUMNS || before;
    }

    /** Whether a plateau starts at column i, so that the cluster before it ends there. */
    private boolean plateauAhead(int i, int bins) {
        int length = 1;
        while (length < PLATEAU_COLUMNS && i + length < bins && counts[i + length] == counts[i]) {
            length++;
        }
        return length >= PLATEAU_COLUMNS;
    }

    /** Counts per column: in all, in each group, and of the selection when it has events in the lane. */
    private void count(Lane lane, TimeIndex selection, long t0, long t1, int bins) {
        int groups = lane.groups().size();
        ensureCapacity(groups, bins);
        lane.index().density(t0, t1, counts, bins);
        for (int gr = 0; gr < groups; gr++) {
            if (!lane.groups().get(gr).isEmpty()) {
                lane.groups().get(gr).density(t0, t1, groupCounts[gr], bins);
            }
        }
        if (selection != null) {
            selection.density(t0, t1, selected, bins);
        }
    }

    private void ensureCapacity(int groups, int bins) {
        if (counts.length < bins) {
            counts = new int[bins];
            selected = new int[bins];
        }
        if (groupCounts.length < groups || groupCounts[0].length < bins) {
            groupCounts = new int[Math.max(groups, groupCounts.length)][Math.max(bins, counts.length)];
        }
    }

    private void prepareFills(TimelineFrame f, Strata strata, boolean dimmed) {
        if (fills.length < strata.size()) {
            fills = new Color[strata.size()];
        }
        for (int gr = 0; gr < strata.size(); gr++) {
            Color colour = f.palette().group(strata, gr);
            fills[gr] = dimmed ? colour.deriveColor(0, 1, 1, DIMMED) : colour;
        }
    }

    /** One column, its groups stacked bottom up in the legend's order, each as tall as its share. */
    private void stack(GraphicsContext g, int groups, int column, int total, double x, double bottom, double h) {
        double y = bottom;
        int below = 0;
        for (int gr = 0; gr < groups; gr++) {
            int c = groupCounts[gr][column];
            if (c == 0) {
                continue;
            }
            below += c;
            double next = bottom - h * below / total;
            g.setFill(fills[gr]);
            g.fillRect(x, next, COLUMN_WIDTH - 0.5, y - next);
            y = next;
        }
    }

    /**
     * A run of non-empty columns: clickable, and labelled with its number of events when the label fits and
     * the events are held ({@code index} is null for a store's counts, where an event spanning several bins
     * counts in each, so that no sum of them is its number of events).
     */
    private void closeCluster(GraphicsContext g, TimelineFrame f, TimeScale scale, int lane, TimeIndex index, int from,
                              int to, double top, double height) {
        double x0 = f.headerWidth() + from * COLUMN_WIDTH;
        double x1 = f.headerWidth() + to * COLUMN_WIDTH;
        long t0 = scale.time(x0 - f.headerWidth());
        long t1 = scale.time(x1 - f.headerWidth());
        hits.addCluster(x0, top, x1 - x0, height, t0, t1, lane);
        if (index == null) {
            return;
        }
        String count = String.format(Locale.ROOT, "%,d", index.countOverlapping(t0, t1));
        double w = fonts.width(count);
        if (w + 6 <= x1 - x0 && height >= 14) {
            // On a plate: the tallest columns reach the top, where dark digits on the darker kinds' colours
            // could not be read (a GDELT day's "1,521" on its purple band).
            g.setFill(f.palette().background().deriveColor(0, 1, 1, PLATE_OPACITY));
            g.fillRoundRect((x0 + x1 - w) / 2 - 3, top, w + 6, 13, 4, 4);
            g.setFill(f.palette().text());
            g.setFont(fonts.small());
            g.setTextBaseline(VPos.TOP);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(count, (x0 + x1) / 2, top);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    /** The selection's own count in view, at the lane's left, in the selection's colour. */
    private void paintSelectedCount(GraphicsContext g, TimelineFrame f, int inView, double top) {
        String text = String.format(Locale.ROOT, "%,d selected in view", inView);
        double w = fonts.width(text) + 12;
        double x = f.headerWidth() + 4;
        g.setFill(f.palette().selection());
        g.fillRoundRect(x, top, w, 16, 8, 8);
        g.setFill(f.palette().background());
        g.setFont(fonts.small());
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, x + 6, top + 8);
    }
}
