package org.entente.state;

/** What the user has selected: nothing, one event, one actor, or the relationship between two actors. */
public sealed interface Selection {
    Selection NOTHING = new Nothing();

    /** True when the selection is this actor, or a pair that includes it. */
    default boolean involvesActor(String actorId) {
        return false;
    }

    record Nothing() implements Selection {
    }

    record OfEvent(String eventId) implements Selection {
    }

    record OfActor(String actorId) implements Selection {
        @Override
        public boolean involvesActor(String id) {
            return actorId.equals(id);
        }
    }

    /** A pair is unordered: it is stored with the ids in sorted order, so equal pairs are equal records. */
    record OfPair(String first, String second) implements Selection {
        public OfPair {
            if (first.equals(second)) {
                throw new IllegalArgumentException("a pair needs two different actors: " + first);
            }
            if (first.compareTo(second) > 0) {
                String swap = first;
                first = second;
                second = swap;
            }
        }

        @Override
        public boolean involvesActor(String id) {
            return first.equals(id) || second.equals(id);
        }
    }

    static Selection event(String id) {
        return new OfEvent(id);
    }

    static Selection actor(String id) {
        return new OfActor(id);
    }

    static Selection pair(String a, String b) {
        return new OfPair(a, b);
    }
}
