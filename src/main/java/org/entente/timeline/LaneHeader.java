package org.entente.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.entente.lanes.Lane;

/** A lane's header at its left: a fold arrow, the lane's label and its number of events. */
final class LaneHeader {
    private final TimelineFonts fonts;

    LaneHeader(TimelineFonts fonts) {
        this.fonts = fonts;
    }

    void paint(GraphicsContext g, TimelineFrame f, Lane lane, double top, double height, boolean collapsed) {
        g.setFill(f.palette().background());
        g.fillRect(0, top, f.headerWidth() - 1, height);
        g.setStroke(f.palette().grid());
        g.strokeLine(f.headerWidth() - 0.5, top, f.headerWidth() - 0.5, top + height);
        g.strokeLine(0, top + height - 0.5, f.width(), top + height - 0.5);
        g.setFill(f.palette().mutedText());
        g.setFont(fonts.small());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(collapsed ? "\u25B8" : "\u25BE", 6, top + 12);
        g.setFill(f.palette().text());
        g.setFont(fonts.regular());
        g.fillText(fonts.fit(lane.label(), f.headerWidth() - 60), 20, top + 12);
        g.setFill(f.palette().mutedText());
        g.setFont(fonts.small());
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Integer.toString(lane.size()), f.headerWidth() - 8, top + 12);
        g.setTextAlign(TextAlignment.LEFT);
    }
}
