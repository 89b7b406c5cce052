package org.entente.graph;

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
        List<String> events = selection instanceof Selection.OfEvent one ? List.of(one.eventId())
                : selection instanceof Selection.OfEvents many ? many.eventIds() : List.of();
        Set<String> actors = new LinkedHashSet<>();
        for (String id : events) {
            dataset.event(id).ifPresent(e -> e.participants().stream().map(Participant::actor).forEach(actors::add));
        }
        return List.copyOf(actors);
    }
}
