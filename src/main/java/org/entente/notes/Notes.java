package org.entente.notes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The notes of a workspace, in the order they were written; immutable, so the view state holds one at a time. */
public record Notes(List<Note> all) {
    public static final Notes NONE = new Notes(List.of());

    public Notes {
        all = List.copyOf(all);
    }

    /** These notes and a new one about {@code target}, written now. */
    public Notes adding(NoteTarget target, String text, long now) {
        List<Note> more = new ArrayList<>(all);
        more.add(new Note(UUID.randomUUID().toString(), target, text, now));
        return new Notes(more);
    }

    /** These notes with one's text changed. */
    public Notes editing(String id, String text) {
        return new Notes(all.stream().map(n -> n.id().equals(id) ? new Note(id, n.target(), text, n.created()) : n).toList());
    }

    public Notes removing(String id) {
        return new Notes(all.stream().filter(n -> !n.id().equals(id)).toList());
    }

    /** The notes about this target, in the order written. */
    public List<Note> about(NoteTarget target) {
        return all.stream().filter(n -> n.target().equals(target)).toList();
    }

    /** The notes about spans of time, earliest span first. */
    public List<Note> spans() {
        return all.stream().filter(n -> n.target() instanceof NoteTarget.Span)
                .sorted(Comparator.comparingLong(n -> ((NoteTarget.Span) n.target()).window().start())).toList();
    }

    /** The notes whose text every word of a query begins a word of. */
    public List<Note> matching(String query) {
        return all.stream().filter(n -> n.matches(query)).toList();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }
}
