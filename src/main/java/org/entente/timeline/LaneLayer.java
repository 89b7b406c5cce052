package org.entente.timeline;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.entente.lanes.Lane;
import org.entente.lanes.LaneGeometry;
import org.entente.lanes.LaneMode;
import org.entente.timescale.TimeScale;

/**
 * The lanes in view, top to bottom: every other lane's band, then each lane's events one by one where they fit and its
 * density where they do not, a compact density strip under a grouped lane's rows when some of its
 * events find no row, and its header when events are grouped. Lanes scrolled out of the body
 * are never visited.
 */
final class LaneLayer {
    private final EventRows events;
    private final DensityStrip density;
    private final LaneHeader header;
    private final StoreBanner banner;

    LaneLayer(TimelineFonts fonts, HitMap hits) {
        this.events = new EventRows(fonts, hits);
        this.density = new DensityStrip(fonts, hits);
        this.header = new LaneHeader(fonts);
        this.banner = new StoreBanner(fonts);
    }

    /**
     * Every other lane's band, drawn first of all so that the grid and the graph's window show through
     * the lanes rather than under them.
     */
    void paintBands(GraphicsContext g, TimelineFrame f) {
        if (f.drawsCounts()) {
            return;
        }
        LaneGeometry geometry = f.geometry();
        double bottom = f.bodyTop() + f.bodyHeight();
        g.setFill(f.palette().alternateLane());
        for (int i = geometry.firstBelow(f.scrollY()); i < geometry.count(); i++) {
            double top = f.bodyTop() + geometry.top(i) - f.scrollY();
            if (top >= bottom) {
                break;
            }
            if (i % 2 == 1) {
                g.fillRect(0, top, f.width(), geometry.height(i));
            }
        }
    }

    void paint(GraphicsContext g, TimelineFrame f, TimeScale scale) {
        if (f.drawsCounts()) {
            paintCounts(g, f, scale);
            return;
        }
        LaneGeometry geometry = f.geometry();
        List<Lane> lanes = f.lanes().lanes();
        double bottom = f.bodyTop() + f.bodyHeight();
        for (int i = geometry.firstBelow(f.scrollY()); i < geometry.count(); i++) {
            double top = f.bodyTop() + geometry.top(i) - f.scrollY();
            if (top >= bottom) {
                break;
            }
            Lane lane = lanes.get(i);
            int rows = geometry.rows(i);
            int hidden = rows == 0 ? EventRows.DENSITY
                    : events.paint(g, f, scale, i, top + LaneGeometry.LANE_PADDING, rows);
            if (hidden == EventRows.DENSITY) {
                density.paint(g, f, scale, i, top + 3, geometry.height(i) - 6, true);
            } else if (hidden > 0 && f.lanes().mode() != LaneMode.NONE) {
                density.paint(g, f, scale, i, top + geometry.height(i) - LaneGeometry.STRIP_HEIGHT - 1,
                        LaneGeometry.STRIP_HEIGHT - 1, false);
            }
            if (f.headerWidth() > 0) {
                header.paint(g, f, lane, top, geometry.height(i), rows == 0);
            }
        }
        if (f.store() != null && f.store().partial() != null) {
            banner.paint(g, f, f.store().partial());
        }
    }

    /** A store's window of too many events: its counts as one lane of every event, under the banner that says so. */
    private void paintCounts(GraphicsContext g, TimelineFrame f, TimeScale scale) {
        StoreCounts.Answer body = f.store().body();
        if (body != null) {
            double top = f.bodyTop() + StoreBanner.HEIGHT + 4;
            density.paintCounts(g, f, scale, body, top, Math.max(10, f.bodyHeight() - (top - f.bodyTop()) - 6));
        }
        banner.paint(g, f);
    }
}
