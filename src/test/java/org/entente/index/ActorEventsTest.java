package org.entente.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

/** Each actor's events in start order, the events of a pair, and an actor's most frequent counterparts. */
class ActorEventsTest {
    private static Event event(String id, String when, String... actors) throws EdtfException {
        List<Participant> who = new ArrayList<>();
        for (String a : actors) {
            who.add(new Participant(a, null));
        }
        return new Event(id, id, Edtf.parse(when), null, null, null, who, Double.NaN, List.of(), List.of(), List.of(),
                Extras.NONE);
    }

    private static ActorEvents index() throws EdtfException {
        List<Actor> actors = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d")) {
            actors.add(new Actor(id, id, ActorKind.STATE, List.of(), null, null, List.of(), Extras.NONE));
        }
        List<Event> events = List.of(
                event("late", "2021-01-01", "a", "b", "a"),
                event("early", "2019-01-01", "a", "c"),
                event("middle", "2020-01-01", "a", "b", "c"),
                event("other", "2020-06-01", "c", "d"));
        return ActorEvents.of(IndexedDataset.of(new Dataset("T", null, List.of(), actors, events, List.of(), Extras.NONE)));
    }

    @Test
    void anActorsEventsComeEarliestFirstAndEachOnce() throws EdtfException {
        assertArrayEquals(new int[] {1, 2, 0}, index().of("a").toArray(), "early, middle, late, though a is named twice in late");
        assertEquals(0, index().of("nobody").size());
    }

    @Test
    void aPairsEventsAreThoseOfBoth() throws EdtfException {
        assertArrayEquals(new int[] {2, 0}, index().shared("a", "b").toArray());
        assertArrayEquals(new int[] {3}, index().shared("d", "c").toArray());
    }

    @Test
    void counterpartsAreCountedByTheEventsShared() throws EdtfException {
        List<ActorEvents.Counterpart> top = index().counterparts("a", 5);
        assertEquals(List.of(new ActorEvents.Counterpart("b", 2), new ActorEvents.Counterpart("c", 2)), top);
        assertEquals(List.of(new ActorEvents.Counterpart("c", 1)), index().counterparts("d", 5));
        assertEquals(1, index().counterparts("a", 1).size());
    }
}
