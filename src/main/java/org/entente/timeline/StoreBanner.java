package org.entente.timeline;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;

/**
 * Says, at the top of the lanes, why a store's window is drawn as counts and what shows its events: the
 * window holds more than the store fetches one by one, and zooming in does. It says so while records or
 * finer counts are on their way too, so that a coarse picture is never taken for the finished one; and,
 * over the window's events drawn one by one, when they are only those lasting no longer than the window.
 */
final class StoreBanner {
    static final double HEIGHT = 22;

    private final TimelineFonts fonts;

    StoreBanner(TimelineFonts fonts) {
        this.fonts = fonts;
    }

    void paint(GraphicsContext g, TimelineFrame f) {
        StoreFrame store = f.store();
        StoreCounts.Answer body = store.body();
        String events = body == null || !body.question().window().equals(f.window()) ? "Counting the events in this window"
                : String.format(Locale.ROOT, "%,d events in this window", body.events());
        String text = events + String.format(Locale.ROOT,
                ", drawn as counts: zoom in to %,d or fewer to see them one by one, in every view", store.limit())
                + (store.coming() ? " \u2014 finer counts coming\u2026" : "");
        paint(g, f, text);
    }

    /** Any text about the store's window, in the banner's place. */
    void paint(GraphicsContext g, TimelineFrame f, String text) {
        double w = Math.min(f.width() - 8, fonts.width(text) + 16);
        double top = f.bodyTop() + 3;
        g.setFill(f.palette().background().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(4, top, w, HEIGHT - 4, 8, 8);
        g.setStroke(f.palette().grid());
        g.strokeRoundRect(4.5, top + 0.5, w - 1, HEIGHT - 5, 8, 8);
        g.setFill(f.palette().text());
        g.setFont(fonts.regular());
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, 12, top + (HEIGHT - 4) / 2, w - 16);
    }
}
