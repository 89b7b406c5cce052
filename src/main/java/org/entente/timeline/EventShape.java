package org.entente.timeline;

import org.entente.time.Precision;
import org.entente.time.When;
import org.entente.timescale.TimeScale;

/**
 * Where an event's mark falls on the canvas and how its date is qualified. Packing and drawing both ask
 * here, so that an event takes on screen exactly the room it was packed into.
 */
final class EventShape {
    static final double BAR_HEIGHT = 12;
    static final double POINT_RADIUS = 5;
    /** Labels beside a mark are cut at this width, so that one long title does not take a whole row. */
    static final double MAX_LABEL_WIDTH = 220;
    /**
     * The width labels are cut at when every event in view fits with its label at that width: a few
     * headlines (a TimelineJS story) then read whole rather than cut at a third of their length.
     */
    static final double WIDE_LABEL_WIDTH = 440;

    private EventShape() {
    }

    /** The left edge: a point is centred on its instant, a bar starts no further left than the lanes. */
    static double start(TimelineFrame f, TimeScale scale, When when) {
        double x0 = f.x(scale, when.start());
        double x1 = f.x(scale, when.end());
        if (x1 - x0 < 2 * POINT_RADIUS) {
            return (x0 + x1) / 2 - POINT_RADIUS;
        }
        return Math.max(f.headerWidth(), x0);
    }

    /** The right edge, without the qualifier; a bar ends no further right than the canvas. */
    static double end(TimelineFrame f, TimeScale scale, When when) {
        double x0 = f.x(scale, when.start());
        double x1 = f.x(scale, when.end());
        if (x1 - x0 < 2 * POINT_RADIUS) {
            return (x0 + x1) / 2 + POINT_RADIUS;
        }
        return Math.min(f.width(), x1);
    }

    /** The width the event's label takes beside its mark, where it has the room. */
    static double labelWidth(TimelineFonts fonts, String title) {
        return labelWidth(fonts, title, MAX_LABEL_WIDTH);
    }

    /** The width the event's label takes beside its mark, cut at {@code most}. */
    static double labelWidth(TimelineFonts fonts, String title, double most) {
        return Math.min(most, fonts.width(title));
    }

    /** The room the qualifier ("?", "~") takes after the mark. */
    static double markerWidth(When when) {
        return qualifier(when).isEmpty() ? 0 : 12;
    }

    static String qualifier(When when) {
        boolean uncertain = when.isUncertain();
        boolean approximate = when.isApproximate();
        return uncertain && approximate ? "?~" : uncertain ? "?" : approximate ? "~" : "";
    }

    /** Imprecise dates are drawn as the span they may fall in, hatched, never as a precise instant. */
    static boolean isImprecise(When when) {
        return when.precision().compareTo(Precision.DAY) < 0 || when.openStart() || when.openEnd()
                || (when.from() != null && when.from().unspecified()) || (when.to() != null && when.to().unspecified());
    }
}
