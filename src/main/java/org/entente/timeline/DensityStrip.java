package org.entente.timeline;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.entente.index.TimeIndex;
import org.entente.timescale.TimeScale;

/**
 * A lane with more events in view than can be drawn one by one: counts per pixel column on a log scale,
 * grouped into clusters that a click zooms into.
 */
final class DensityStrip {
    private static final double COLUMN_WIDTH = 3;
    /** Clusters are cut at this width, so that clicking one always zooms in by a useful factor. */
    private static final int MAX_CLUSTER_COLUMNS = 24;

    private final TimelineFonts fonts;
    private final HitMap hits;
    private int[] counts = new int[1024];

    DensityStrip(TimelineFonts fonts, HitMap hits) {
        this.fonts = fonts;
        this.hits = hits;
    }

    /** How many events a lane of this width and these rows can show one by one. */
    static int capacity(double laneWidth, int rows) {
        return (int) (laneWidth / COLUMN_WIDTH) * rows;
    }

    void paint(GraphicsContext g, TimelineFrame f, TimeScale scale, TimeIndex index, double top, double height) {
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
        if (fonts.width(count) + 6 <= x1 - x0 && height >= 14) {
            g.setFill(f.palette().text());
            g.setFont(fonts.small());
            g.setTextBaseline(VPos.TOP);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(count, (x0 + x1) / 2, top);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }
}
