package org.entente.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.entente.lanes.RowPacker;
import org.entente.model.Event;
import org.entente.state.Selection;
import org.entente.strata.ColorMode;
import org.entente.timescale.SelectionExtent;
import org.entente.timescale.TimeScale;

/**
 * One event drawn on its own in a row: a dot for an instant, a bar for a span, hatched when its date is
 * imprecise, with its date qualifier, its label beside it or inside the bar, and a ring when it is
 * selected, focused or hovered. Each mark, and the label beside it with the qualifier, is recorded in
 * the hit map for clicks and tooltips.
 */
final class EventMark {
    /** The least room a label is cut to fit, so that no title is shown as "I…". */
    private static final double MIN_LABEL_ROOM = 36;
    private static final double DIMMED = 0.22;

    private final TimelineFonts fonts;
    private final HitMap hits;
    private final Hatches hatches = new Hatches();

    EventMark(TimelineFonts fonts, HitMap hits) {
        this.fonts = fonts;
        this.hits = hits;
    }

    /**
     * Draws the event at dataset {@code position} with its bar's top at {@code y}, its label in
     * {@code labelRoom} after the mark, or before it when {@code labelBefore}, cut at {@code labelCut}.
     */
    void paint(GraphicsContext g, TimelineFrame f, TimeScale scale, int position, double y, double labelRoom,
            boolean labelBefore, double labelCut) {
        Event e = f.dataset().events().get(position);
        double x0 = EventShape.start(f, scale, e.when());
        double x1 = EventShape.end(f, scale, e.when());
        boolean point = x1 - x0 <= 2 * EventShape.POINT_RADIUS + 0.01 && !e.when().interval();
        Color color = f.colorMode() == ColorMode.TONE ? f.palette().tone(e.tone()) : f.palette().group(f.lanes().strata(), f.lanes().strata().of(e));
        g.setGlobalAlpha(emphasis(f.selection(), e));
        boolean imprecise = EventShape.isImprecise(e.when());
        if (point && !imprecise) {
            g.setFill(color);
            g.fillOval(x0, y + EventShape.BAR_HEIGHT / 2 - EventShape.POINT_RADIUS, 2 * EventShape.POINT_RADIUS,
                    2 * EventShape.POINT_RADIUS);
        } else if (imprecise) {
            paintHatched(g, color, x0, y, Math.max(2 * EventShape.POINT_RADIUS, x1 - x0));
        } else {
            g.setFill(color);
            g.fillRoundRect(x0, y, Math.max(2, x1 - x0), EventShape.BAR_HEIGHT, 5, 5);
        }
        double after = x1;
        String qualifier = EventShape.qualifier(e.when());
        if (!qualifier.isEmpty()) {
            g.setFill(f.palette().text());
            g.setFont(fonts.bold());
            g.setTextBaseline(VPos.CENTER);
            g.fillText(qualifier, x1 + 2, y + EventShape.BAR_HEIGHT / 2);
            after += EventShape.markerWidth(e.when());
        }
        double besideRoom = labelBefore ? Math.min(labelRoom, x0 - f.headerWidth())
                : Math.min(labelRoom, f.width() - after - RowPacker.LABEL_GAP);
        // A title shorter than the least room a label is given ("Iowa") is drawn whenever it fits whole.
        if (besideRoom >= Math.min(MIN_LABEL_ROOM, EventShape.labelWidth(fonts, e.title()) + RowPacker.LABEL_GAP)) {
            String label = fonts.fit(e.title(), Math.min(labelCut, besideRoom - RowPacker.LABEL_GAP));
            double width = fonts.width(label);
            double labelStart = labelBefore ? x0 - RowPacker.LABEL_GAP - width : after + RowPacker.LABEL_GAP;
            g.setFill(f.palette().text());
            g.setFont(fonts.regular());
            g.setTextBaseline(VPos.CENTER);
            g.fillText(label, labelStart, y + EventShape.BAR_HEIGHT / 2);
            // The label is the event as much as its mark: clicking or hovering it acts on the event too.
            double boxStart = labelBefore ? labelStart : x1;
            double boxEnd = labelBefore ? x0 : labelStart + width;
            hits.addEvent(boxStart, y - 3, boxEnd - boxStart, EventShape.BAR_HEIGHT + 6, position);
        } else if (Math.min(x1, f.width()) - Math.max(x0, f.headerWidth()) >= MIN_LABEL_ROOM + 8) {
            paintLabelInside(g, f, e.title(), x0, x1, y);
        }
        g.setGlobalAlpha(1);
        paintRing(g, f, e, position, x0, x1, y);
        // After the label's box, so that the event is located by its mark, which is found first.
        hits.addEvent(x0, y - 3, Math.max(x1 - x0, 2 * EventShape.POINT_RADIUS), EventShape.BAR_HEIGHT + 6, position);
    }

    /**
     * The selected and the focused event are ringed in the selection colour, a hovered one in the quieter
     * hover colour, whether or not some other event is selected.
     */
    private void paintRing(GraphicsContext g, TimelineFrame f, Event e, int position, double x0, double x1, double y) {
        boolean selected = f.selection().includesEvent(e.id());
        boolean focused = position == f.focused();
        if (selected || focused || position == f.hovered()) {
            g.setStroke(selected || focused ? f.palette().selection() : f.palette().mutedText());
            g.setLineWidth(2);
            g.strokeRoundRect(x0 - 2, y - 2, Math.max(2 * EventShape.POINT_RADIUS, x1 - x0) + 4,
                    EventShape.BAR_HEIGHT + 4, 6, 6);
            g.setLineWidth(1);
        }
    }

    /**
     * A bar too long for a label beside it carries the label inside, on a plate so hatching does not hurt it,
     * as wide as the bar allows up to the widest labels: inside its own bar a title crowds nothing.
     */
    private void paintLabelInside(GraphicsContext g, TimelineFrame f, String title, double x0, double x1, double y) {
        double left = Math.max(x0, f.headerWidth()) + 4;
        String text = fonts.fit(title, Math.min(EventShape.WIDE_LABEL_WIDTH, Math.min(x1, f.width()) - left - 4));
        double w = fonts.width(text);
        double alpha = g.getGlobalAlpha();
        g.setGlobalAlpha(alpha * 0.85);
        g.setFill(f.palette().background());
        g.fillRect(left - 2, y + 1, w + 4, EventShape.BAR_HEIGHT - 2);
        g.setGlobalAlpha(alpha);
        g.setFill(f.palette().text());
        g.setFont(fonts.regular());
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, left, y + EventShape.BAR_HEIGHT / 2);
    }

    /** A faded bar with diagonal hatching, outlined in the event's colour. */
    private void paintHatched(GraphicsContext g, Color color, double x, double y, double w) {
        g.setFill(hatches.of(color));
        g.fillRect(x, y, w, EventShape.BAR_HEIGHT);
        g.setStroke(color);
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, Math.max(1, w - 1), EventShape.BAR_HEIGHT - 1);
    }

    /** With an actor, a pair or a group selected, their events stand out and the others recede. */
    private static double emphasis(Selection selection, Event e) {
        if (selection instanceof Selection.OfActor || selection instanceof Selection.OfPair
                || selection instanceof Selection.OfGroup || selection instanceof Selection.OfGroupPair) {
            return SelectionExtent.shows(selection, e) ? 1 : DIMMED;
        }
        return 1;
    }
}
