package org.entente.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.model.Dataset;
import org.entente.model.Participant;
import org.entente.state.Selection;

/** The actors a selection is about: the actor, the pair, or the participants of the selected events. */
final class SelectedActors {
    private SelectedActors() {
    }

    static List<String> of(Selection selection, Dataset dataset) {
        if (selection instanceof Selection.OfActor actor) {
            return List.of(actor.actorId());
        }
        if (selection instanceof Selection.OfPair pair) {
            return List.of(pair.first(), pair.second());
        }
        if (selection instanceof Selection.OfGroup group) {
            return withMembers(group, List.of());
        }
        if (selection instanceof Selection.OfGroupPair tie) {
            return withMembers(tie.second(), withMembers(tie.first(), List.of()));
        }
        List<String> events = selection instanceof Selection.OfEvent one ? List.of(one.eventId())
                : selection instanceof Selection.OfEvents many ? many.eventIds() : List.of();
        Set<String> actors = new LinkedHashSet<>();
        for (String id : events) {
            dataset.event(id).ifPresent(e -> e.participants().stream().map(Participant::actor).forEach(actors::add));
        }
        return List.copyOf(actors);
    }

    /** A group's id and its members' ids: the graph keeps the group's node, or its members when it does not fold them. */
    private static List<String> withMembers(Selection.OfGroup group, List<String> before) {
        List<String> ids = new ArrayList<>(before);
        ids.add(group.groupId());
        ids.addAll(group.members());
        return ids;
    }
}
