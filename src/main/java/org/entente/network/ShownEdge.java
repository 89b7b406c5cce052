package org.entente.network;

import java.util.List;

/**
 * An edge of the graph on show, as an export writes it: the tie between two nodes, by their ids, and the
 * arrow the graph draws on it for its directed relations and memberships in force (one way, from source to
 * target, or both ways).
 * {@code weight} is what the graph draws it for, its shared events plus the relations and memberships in
 * force that show; {@code tone} is the mean tone of its events (NaN when none has one); {@code weakOnly}
 * says that everything behind it rests on weak sources. {@code eventKinds} count its events by kind, most
 * frequent first, and {@code spells} are the periods of the events, relations and memberships behind it
 * within the graph's time, merged where they overlap or touch.
 */
public record ShownEdge(String source, String target, Arrow arrow, int weight, int events, int relations, int memberships,
                        double tone, boolean weakOnly, List<KindCount> eventKinds, List<Spell> spells) {

    /** Which way an edge points: nowhere, from its source to its target, or both ways. */
    public enum Arrow {
        NONE, SOURCE_TO_TARGET, BOTH_WAYS
    }

    public ShownEdge {
        eventKinds = List.copyOf(eventKinds);
        spells = List.copyOf(spells);
    }
}
