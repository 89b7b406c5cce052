package org.entente.network;

import java.util.List;

/**
 * A node of the graph on show, as an export writes it: an actor, or a group of actors folded into one.
 * {@code id} is the actor's id in the dataset (a group's, such as {@code country:PRK}, when grouped), so it
 * stays the same from one export to the next; {@code kind} and {@code country} are null where unknown.
 * {@code events} are the node's events in the graph's time (a group's, an event of two members counting
 * twice), {@code weight} the sum of its edges' weights, as the graph sizes it, and {@code spells} when it
 * takes part in the ties on show.
 */
public record ShownNode(String id, String label, String kind, String country, boolean group, int members, int events,
                        double weight, int degree, List<Spell> spells) {

    public ShownNode {
        spells = List.copyOf(spells);
    }
}
