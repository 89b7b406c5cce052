package org.entente.timeline;

import java.util.Arrays;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import org.entente.lanes.LaneGeometry;
import org.entente.time.When;

/**
 * The "+N more" badges of a lane: the events that found no row, grouped by where they stack, each group
 * counted in a badge drawn under its stack. A badge knows the exact span of the events it counts, so a
 * click opens just them. Its arrays are reused from frame to frame.
 */
final class OverflowBadges {
    /** Stacks closer than this, in pixels, share a badge. */
    private static final double GAP = 6;
    private static final double PADDING = 12;

    private final TimelineFonts fonts;
    private final HitMap hits;
    /** Hidden events as (left x, rounded, shifted) << 24 | their slot, so that one sort orders them by x. */
    private long[] order = new long[256];
    private double[] lefts = new double[256];
    private double[] rights = new double[256];
    private long[] starts = new long[256];
    private long[] ends = new long[256];
    private boolean[] selected = new boolean[256];
    private int size;

    OverflowBadges(TimelineFonts fonts, HitMap hits) {
        this.fonts = fonts;
        this.hits = hits;
    }

    void clear() {
        size = 0;
    }

    /** Notes an event that found no row: its extent in pixels, its time and whether it is selected. */
    void add(double left, double right, When when, boolean isSelected) {
        if (size == lefts.length) {
            int grown = size * 2;
            order = Arrays.copyOf(order, grown);
            lefts = Arrays.copyOf(lefts, grown);
            rights = Arrays.copyOf(rights, grown);
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            selected = Arrays.copyOf(selected, grown);
        }
        long x = Math.round(Math.max(0, Math.min(1 << 20, left + 100_000)));
        order[size] = (x << 24) | size;
        lefts[size] = left;
        rights[size] = right;
        starts[size] = when.start() == Long.MIN_VALUE ? when.end() : when.start();
        ends[size] = when.end() == Long.MAX_VALUE ? when.start() : when.end();
        selected[size] = isSelected;
        size++;
    }

    /**
     * Draws a badge per group of stacks, left to right, in the row from {@code y}: at the group's left
     * edge, kept inside the lane, and ringed in the selection colour, with their own count, when some
     * of the selection is among its events.
     */
    void paint(GraphicsContext g, TimelineFrame f, int lane, double y) {
        Arrays.sort(order, 0, size);
        double badgeRight = Double.NEGATIVE_INFINITY;
        int k = 0;
        while (k < size) {
            int first = (int) (order[k] & 0xFFFFFF);
            double left = lefts[first];
            double reach = rights[first];
            long from = starts[first];
            long to = ends[first];
            int count = 0;
            int picked = 0;
            while (k < size) {
                int slot = (int) (order[k] & 0xFFFFFF);
                double x = Math.max(left, f.headerWidth());
                if (count > 0 && lefts[slot] > Math.max(reach, x + width(count + 1, picked)) + GAP) {
                    break;
                }
                reach = Math.max(reach, rights[slot]);
                from = Math.min(from, starts[slot]);
                to = Math.max(to, ends[slot]);
                count++;
                picked += selected[slot] ? 1 : 0;
                k++;
            }
            double w = width(count, picked);
            double x = Math.min(Math.max(Math.max(left, f.headerWidth()), badgeRight + 2), f.width() - w - 4);
            badge(g, f, x, y, w, count, picked);
            hits.addCluster(x, y, w, LaneGeometry.ROW_HEIGHT - 4, from, Math.max(to, from + 1), lane);
            badgeRight = x + w;
        }
    }

    private double width(int count, int picked) {
        return fonts.width(text(count, picked)) + PADDING;
    }

    private static String text(int count, int picked) {
        return "+" + count + " more" + (picked > 0 ? " (" + picked + " selected)" : "");
    }

    private void badge(GraphicsContext g, TimelineFrame f, double x, double y, double w, int count, int picked) {
        double h = LaneGeometry.ROW_HEIGHT - 4;
        g.setFill(f.palette().background());
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setStroke(picked > 0 ? f.palette().selection() : f.palette().majorGrid());
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 8, 8);
        g.setFill(f.palette().text());
        g.setFont(fonts.small());
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text(count, picked), x + PADDING / 2, y + h / 2);
    }
}
