package org.entente.timeline;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Dataset;
import org.entente.notes.Note;
import org.entente.notes.NoteTarget;
import org.entente.notes.Notes;
import org.entente.query.TimeWindow;
import org.entente.timescale.TimeScale;

/**
 * The analyst's notes on events and spans of time, as markers along the top of the lanes: a flag at a noted
 * event's start, and a bracket over a noted span with a flag at its start. They are drawn on the overlay, as
 * few as the notes in the window, so that a frame costs the notes shown and never the events.
 */
final class NotesLayer {
    private static final double FLAG = 7;
    private static final double BRACKET_TOP = 3;

    /** A note's place in time: where its event or span starts and ends. */
    record Mark(long start, long end, boolean span) {
    }

    /** The marks of the notes whose event or span overlaps the window; notes on actors and ties have no time. */
    static List<Mark> marks(Notes notes, Dataset dataset, TimeWindow window) {
        List<Mark> marks = new ArrayList<>();
        for (Note note : notes.all()) {
            Mark mark = null;
            if (note.target() instanceof NoteTarget.Span span) {
                mark = new Mark(span.window().start(), span.window().end(), true);
            } else if (note.target() instanceof NoteTarget.Event noted) {
                mark = dataset.event(noted.eventId()).map(e -> new Mark(e.when().start(), e.when().end(), false)).orElse(null);
            }
            if (mark != null && mark.start() < window.end() && Math.max(mark.end(), mark.start() + 1) > window.start()) {
                marks.add(mark);
            }
        }
        return marks;
    }

    void paint(OverlayPane g, TimelineFrame f, TimeScale scale) {
        double top = f.bodyTop();
        double left = f.headerWidth();
        for (Mark mark : f.notes()) {
            double x0 = left + scale.x(mark.start());
            if (mark.span()) {
                double x1 = Math.min(f.width(), left + scale.x(mark.end()));
                double from = Math.max(left, x0);
                if (x1 > from) {
                    g.fillRect(f.palette().note(), from, top + BRACKET_TOP, x1 - from, 2);
                }
            }
            if (x0 >= left && x0 <= f.width()) {
                g.triangle(f.palette().note(), x0, top, x0 + FLAG, top, x0, top + FLAG + 3);
            }
        }
    }
}
