package org.entente.state;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the user has selected: nothing, one event, several events, one actor, the relationship between two
 * actors, a group of actors (a state with its people and bodies, say), or the ties between two groups.
 */
public sealed interface Selection {
    Selection NOTHING = new Nothing();

    /** True when the selection is this actor, or a pair that includes it. */
    default boolean involvesActor(String actorId) {
        return false;
    }

    /** True when this event is selected, alone or among others. */
    default boolean includesEvent(String eventId) {
        return false;
    }

    record Nothing() implements Selection {
    }

    record OfEvent(String eventId) implements Selection {
        @Override
        public boolean includesEvent(String id) {
            return eventId.equals(id);
        }
    }

    /** Several events, picked together (rows of the event table); in the order they were picked. */
    record OfEvents(List<String> eventIds) implements Selection {
        public OfEvents {
            eventIds = List.copyOf(new LinkedHashSet<>(eventIds));
        }

        @Override
        public boolean includesEvent(String id) {
            return eventIds.contains(id);
        }
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

    /**
     * Actors the graph shows as one node: a country's state, people and bodies, the actors of one kind, or a
     * community. The members travel with the group, so every view can tell its events without the graph.
     */
    record OfGroup(String groupId, String label, Set<String> members) implements Selection {
        public OfGroup {
            members = Set.copyOf(members);
            if (members.isEmpty()) {
                throw new IllegalArgumentException("a group needs members: " + groupId);
            }
        }

        @Override
        public boolean involvesActor(String id) {
            return members.contains(id);
        }
    }

    /**
     * The ties between two groups, one of which may be a single actor (a state's ties with the United Nations):
     * the events in which a member of each takes part. Stored in the order of the group ids, like a pair.
     */
    record OfGroupPair(OfGroup first, OfGroup second) implements Selection {
        public OfGroupPair {
            if (first.groupId().equals(second.groupId())) {
                throw new IllegalArgumentException("a tie needs two different groups: " + first.groupId());
            }
            if (first.groupId().compareTo(second.groupId()) > 0) {
                OfGroup swap = first;
                first = second;
                second = swap;
            }
        }

        @Override
        public boolean involvesActor(String id) {
            return first.involvesActor(id) || second.involvesActor(id);
        }
    }

    static Selection event(String id) {
        return new OfEvent(id);
    }

    /** Nothing, one event or several, as many as the ids name. */
    static Selection events(List<String> ids) {
        return switch (new LinkedHashSet<>(ids).size()) {
            case 0 -> NOTHING;
            case 1 -> new OfEvent(ids.get(0));
            default -> new OfEvents(ids);
        };
    }

    static Selection actor(String id) {
        return new OfActor(id);
    }

    static Selection pair(String a, String b) {
        return new OfPair(a, b);
    }
}
