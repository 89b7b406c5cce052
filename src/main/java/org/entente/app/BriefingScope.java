package org.entente.app;

import java.util.List;
import java.util.function.Predicate;
import org.entente.briefing.EventPick;
import org.entente.index.IndexedDataset;
import org.entente.model.Event;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;

/**
 * The events a briefing lists, and what they are in words: the selected events wherever they are; an
 * actor's, a tie's or a group's events in the window that the filter lets through; with nothing selected,
 * every event of the window that the filter lets through.
 */
record BriefingScope(String words, EventPick events) {
    static BriefingScope of(Selection selection, IndexedDataset data, TimeWindow window, Filter filter) {
        if (selection instanceof Selection.OfEvent one) {
            return new BriefingScope("The selected event", EventPick.of(data.dataset(), List.of(one.eventId())));
        }
        if (selection instanceof Selection.OfEvents many) {
            return new BriefingScope("The selected events", EventPick.of(data.dataset(), many.eventIds()));
        }
        Predicate<Event> passes = e -> filter.matches(e, data.dataset());
        if (selection instanceof Selection.OfActor actor) {
            return inWindow("Events of " + data.dataset().actorName(actor.actorId()) + " in the window", data, window,
                    passes.and(e -> e.involves(actor.actorId())));
        }
        if (selection instanceof Selection.OfPair pair) {
            return inWindow("Events of " + data.dataset().actorName(pair.first()) + " and " + data.dataset().actorName(pair.second())
                    + " together in the window", data, window, passes.and(e -> e.involves(pair.first()) && e.involves(pair.second())));
        }
        if (selection instanceof Selection.OfGroup group) {
            return inWindow("Events of " + group.label() + " in the window", data, window, passes.and(e -> any(e, group)));
        }
        if (selection instanceof Selection.OfGroupPair ties) {
            return inWindow("Events of " + ties.first().label() + " and " + ties.second().label() + " together in the window",
                    data, window, passes.and(e -> any(e, ties.first()) && any(e, ties.second())));
        }
        return inWindow("Events in the window", data, window, passes);
    }

    private static BriefingScope inWindow(String words, IndexedDataset data, TimeWindow window, Predicate<Event> keep) {
        return new BriefingScope(words, EventPick.inWindow(data, window, keep));
    }

    private static boolean any(Event event, Selection.OfGroup group) {
        return event.participants().stream().anyMatch(p -> group.members().contains(p.actor()));
    }
}
