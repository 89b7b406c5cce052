package org.entente.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
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
    void paintBody(GraphicsContext g, TimelineFrame f, TimeScale scale) {
        Span span = bodySpan(f, scale);
        if (span == null) {
            return;
        }
        edges(g, f, span, f.bodyTop(), f.bodyHeight());
        if (coversWindow(f)) {
            return;
        }
        g.setFill(f.palette().graphWindowTint());
        g.fillRect(span.x0(), f.bodyTop(), span.width(), f.bodyHeight());
        double tabWidth = fonts.width(LABEL) + 2 * TAB_PADDING;
        if (span.width() >= tabWidth + 2 * TAB_PADDING) {
            double right = Math.floor(span.x1());
            g.setFill(f.palette().graphWindow());
            g.fillRect(right - tabWidth, f.bodyTop(), tabWidth, TAB_HEIGHT);
            g.setFill(f.palette().background());
            g.setFont(fonts.small());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(LABEL, right - TAB_PADDING, f.bodyTop() + TAB_HEIGHT / 2);
            g.setTextAlign(TextAlignment.LEFT);
        }
    }

    /** The band on the overview strip. */
    void paintOverview(GraphicsContext g, TimelineFrame f, TimeScale overview, double top, double height) {
        Span span = f.graphWindow() == null ? null : Span.of(f.graphWindow(), overview, 0, f.width());
        if (span == null) {
            return;
        }
        g.setFill(f.palette().graphWindowTint());
        g.fillRect(span.x0(), top, Math.max(1, span.width()), height);
        edges(g, f, span, top, height);
    }

    private static Span bodySpan(TimelineFrame f, TimeScale scale) {
        return f.graphWindow() == null ? null : Span.of(f.graphWindow(), scale, f.headerWidth(), f.width());
    }

    private static boolean coversWindow(TimelineFrame f) {
        return f.graphWindow().start() <= f.window().start() && f.graphWindow().end() >= f.window().end();
    }

    private static void edges(GraphicsContext g, TimelineFrame f, Span span, double top, double height) {
        g.setStroke(f.palette().graphWindow());
        g.setLineWidth(1);
        if (span.startShown()) {
            double x = Math.floor(span.x0()) + 0.5;
            g.strokeLine(x, top, x, top + height);
        }
        if (span.endShown()) {
            double x = Math.floor(span.x1()) - 0.5;
            g.strokeLine(x, top, x, top + height);
        }
    }
}
