package org.entente.timeline;

import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import org.entente.index.TimeIndex;
import org.entente.query.TimeWindow;
import org.entente.timescale.TimeScale;

/**
 * The strip below the lanes: the whole dataset in miniature, with the visible window as a rectangle (the
 * graph's time and the cursor are on the overlay). Its counts change only with the lanes or the extent,
 * so they are kept between frames.
 */
final class OverviewLayer {
    private int[] counts = new int[0];
    private TimeIndex countedIndex;
    private TimeWindow countedExtent;
    /** The store's answer the counts were last taken from. */
    private StoreCounts.Answer countedAnswer;
    /** The groups' counts of a store's answer, which the strip sums into one bar a column. */
    private int[][] groups = new int[0][0];

    /**
     * A store's counts of its extent, the latest answer stretched to the extent shown; none before the first.
     * They are taken again only when the answer, the extent or the width changes, as a file's are.
     */
    private void storeCounts(TimelineFrame f, TimeWindow extent, int bins) {
        StoreCounts.Answer answer = f.store().overview();
        if (countedAnswer == answer && countedAnswer != null && extent.equals(countedExtent) && counts.length == bins) {
            return;
        }
        countedAnswer = answer;
        countedExtent = extent;
        if (counts.length != bins) {
            counts = new int[bins];
        }
        if (answer == null) {
            Arrays.fill(counts, 0);
        } else {
            if (groups.length < answer.density().counts().length || groups.length > 0 && groups[0].length < bins) {
                groups = new int[answer.density().counts().length][bins];
            }
            for (int i = 0; i < bins; i++) {
                answer.fill(extent.start() + Math.round((i + 0.5) * extent.span() / bins), groups, counts, i);
            }
        }
        countedIndex = null;
    }

    void paint(GraphicsContext g, TimelineFrame f) {
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
        if (f.store() != null) {
            storeCounts(f, extent, bins);
        } else if (countedIndex != f.lanes().all() || !extent.equals(countedExtent) || counts.length != bins) {
            counts = new int[bins];
            f.lanes().all().density(extent.start(), extent.end(), counts);
            countedIndex = f.lanes().all();
            countedExtent = extent;
            countedAnswer = null;
        }
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        g.setFill(p.density());
        double logMax = Math.log1p(max);
        for (int i = 0; i < bins; i++) {
            if (counts[i] > 0) {
                double bar = Math.max(1, (h - 8) * Math.log1p(counts[i]) / logMax);
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
    }
}
