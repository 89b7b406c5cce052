package org.entente.notes;

import org.entente.query.TimeWindow;

/** What a note is about: an event, an actor, the tie between two actors, or a span of time. */
public sealed interface NoteTarget {
    /** An event, by id. */
    record Event(String eventId) implements NoteTarget {
    }

    /** An actor, by id. */
    record Actor(String actorId) implements NoteTarget {
    }

    /** The tie between two actors; unordered, so it is kept with the ids sorted and equal ties are equal. */
    record Pair(String first, String second) implements NoteTarget {
        public Pair {
            if (first.equals(second)) {
                throw new IllegalArgumentException("a tie needs two different actors: " + first);
            }
            if (first.compareTo(second) > 0) {
                String swap = first;
                first = second;
                second = swap;
            }
        }
    }

    /** A span of time, such as the weeks of a crisis. */
    record Span(TimeWindow window) implements NoteTarget {
    }
}
