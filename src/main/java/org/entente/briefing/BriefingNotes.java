package org.entente.briefing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.index.IndexedDataset;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.notes.Note;
import org.entente.notes.NoteTarget;
import org.entente.notes.NoteText;
import org.entente.notes.Notes;
import org.entente.query.TimeWindow;

/**
 * The notes a briefing carries: those on its events, on the actors who took part in them and on ties
 * between two of an event's participants, and those on spans of time that overlap the window; each with
 * what it is about in words, in the order written.
 */
public final class BriefingNotes {
    private BriefingNotes() {
    }

    public static List<BriefingNote> of(Notes notes, IndexedDataset data, List<Event> events, TimeWindow window) {
        Set<NoteTarget> targets = new HashSet<>();
        for (Event event : events) {
            targets.add(new NoteTarget.Event(event.id()));
            List<Participant> people = event.participants();
            for (int i = 0; i < people.size(); i++) {
                targets.add(new NoteTarget.Actor(people.get(i).actor()));
                for (int j = i + 1; j < people.size(); j++) {
                    if (!people.get(i).actor().equals(people.get(j).actor())) {
                        targets.add(new NoteTarget.Pair(people.get(i).actor(), people.get(j).actor()));
                    }
                }
            }
        }
        return notes.all().stream().filter(n -> targets.contains(n.target()) || overlaps(n, window))
                .map(n -> new BriefingNote(NoteText.about(n.target(), data), n.text(), n.created())).toList();
    }

    private static boolean overlaps(Note note, TimeWindow window) {
        return note.target() instanceof NoteTarget.Span span && window.overlaps(span.window().start(), span.window().end());
    }
}
