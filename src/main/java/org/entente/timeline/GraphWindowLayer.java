package org.entente.timeline;

import javafx.scene.paint.Color;
import org.entente.query.TimeWindow;
import org.entente.timescale.TimeScale;

/**
 * The stretch of time the actor graph shows, as a band, so that whoever scrubs the timeline sees what
 * the graph is drawing: a light tint over the lanes with a tab saying so at its top and crisp lines at
 * its edges, and the same band on the overview strip, where it shows even when it lies outside the
 * window. It is drawn on the overlay, since it moves with the cursor. When it spans the whole window, as
 * it does when the graph follows the visible range, a tint would only wash the timeline out, so the body
 * gets just the edges.
 */
final class GraphWindowLayer {
    static final String LABEL = "graph";
    private static final double TAB_HEIGHT = 15;
    private static final double TAB_PADDING = 5;

    private final TimelineFonts fonts;

    GraphWindowLayer(TimelineFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * Where a band lies across a strip from {@code left} to {@code right}: its x cut to the strip, and
     * whether its start and end edges fall inside it.
     */
    record Span(double x0, double x1, boolean startShown, boolean endShown) {
        /** The band's span, or null when it lies wholly outside the strip. */
        static Span of(TimeWindow band, TimeScale scale, double left, double right) {
            double from = left + scale.x(band.start());
            double to = left + scale.x(band.end());
            if (to <= left || from >= right) {
                return null;
            }
            return new Span(Math.max(left, from), Math.min(right, to), from >= left, to <= right);
        }

        double width() {
            return x1 - x0;
        }
    }

    /** The band over the lanes: its edges, and its tint and tab unless it spans the whole window. */
    void paintBody(OverlayPane g, TimelineFrame f, TimeScale scale) {
        if (f.graphWindow() != null) {
            paintBand(g, f, scale, f.graphWindow(), f.palette().graphWindow(), f.palette().graphWindowTint(), LABEL);
        }
    }

    /** The band on the overview strip. */
    void paintOverview(OverlayPane g, TimelineFrame f, TimeScale overview, double top, double height) {
        if (f.graphWindow() != null) {
            paintOverviewBand(g, f, overview, top, height, f.graphWindow(), f.palette().graphWindow(),
                    f.palette().graphWindowTint());
        }
    }

    /**
     * A band over the lanes in a colour: its edges, and its tint and a tab with its label at its top right
     * unless it spans the whole window.
     */
    void paintBand(OverlayPane g, TimelineFrame f, TimeScale scale, TimeWindow band, Color colour, Color tint,
                   String label) {
        Span span = Span.of(band, scale, f.headerWidth(), f.width());
        if (span == null) {
            return;
        }
        boolean whole = band.start() <= f.window().start() && band.end() >= f.window().end();
        if (!whole) {
            g.fillRect(tint, span.x0(), f.bodyTop(), span.width(), f.bodyHeight());
        }
        edges(g, colour, span, f.bodyTop(), f.bodyHeight());
        double tabWidth = fonts.width(label) + 2 * TAB_PADDING;
        if (!whole && span.width() >= tabWidth + 2 * TAB_PADDING) {
            double right = Math.floor(span.x1());
            g.fillRect(colour, right - tabWidth, f.bodyTop(), tabWidth, TAB_HEIGHT);
            g.textEndingAt(f.palette().background(), fonts.small(), label, right - TAB_PADDING, f.bodyTop() + TAB_HEIGHT / 2);
        }
    }

    /** A band on the overview strip in a colour. */
    static void paintOverviewBand(OverlayPane g, TimelineFrame f, TimeScale overview, double top, double height,
                                  TimeWindow band, Color colour, Color tint) {
        Span span = Span.of(band, overview, 0, f.width());
        if (span == null) {
            return;
        }
        g.fillRect(tint, span.x0(), top, Math.max(1, span.width()), height);
        edges(g, colour, span, top, height);
    }

    private static void edges(OverlayPane g, Color colour, Span span, double top, double height) {
        if (span.startShown()) {
            double x = Math.floor(span.x0()) + 0.5;
            g.line(colour, 1, x, top, x, top + height, null);
        }
        if (span.endShown()) {
            double x = Math.floor(span.x1()) - 0.5;
            g.line(colour, 1, x, top, x, top + height, null);
        }
    }
}
