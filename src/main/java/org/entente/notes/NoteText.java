package org.entente.notes;

import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.time.DayFormat;

/** How a note reads where there is little room: a line of its text, and what it is about in words. */
public final class NoteText {
    private static final int EXCERPT = 60;

    private NoteText() {
    }

    /** The note's first line, cut to a short length with an ellipsis. */
    public static String excerpt(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1).strip() + "\u2026";
    }

    /** What a note is about, by the names the dataset gives (ids where it has none). */
    public static String about(NoteTarget target, IndexedDataset dataset) {
        if (target instanceof NoteTarget.Event event) {
            String title = dataset == null ? null : dataset.dataset().event(event.eventId()).map(Event::title).orElse(null);
            return "on the event \u201C" + (title == null ? event.eventId() : title) + "\u201D";
        }
        if (target instanceof NoteTarget.Actor actor) {
            return "on " + name(actor.actorId(), dataset);
        }
        if (target instanceof NoteTarget.Pair pair) {
            return "on the tie " + name(pair.first(), dataset) + " \u2013 " + name(pair.second(), dataset);
        }
        NoteTarget.Span span = (NoteTarget.Span) target;
        return "on " + DayFormat.day(span.window().start()) + " \u2013 " + DayFormat.day(span.window().end() - 1);
    }

    private static String name(String actorId, IndexedDataset dataset) {
        return dataset == null ? actorId : dataset.dataset().actor(actorId).map(Actor::name).orElse(actorId);
    }
}
