package org.entente.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.model.Relation;
import org.entente.query.Filter;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

/** A relation whose period the dataset does not give: in force once both actors are seen, and marked as such. */
class UndatedRelationTest {
    private static final long DAY = 86_400_000L;

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay() * DAY;
    }

    private static Event meeting(String id, String date, String... who) throws EdtfException {
        List<Participant> participants = new ArrayList<>();
        for (String actor : who) {
            participants.add(new Participant(actor, null));
        }
        return new Event(id, "Meeting", Edtf.parse(date), "meeting", null, null, participants, Double.NaN, List.of(),
                List.of(), List.of(), Extras.NONE);
    }

    @Test
    void anUndatedRelationHoldsFromBothActorsFirstEventsAndIsDrawnAsOfUnknownPeriod() throws EdtfException {
        List<Actor> actors = new ArrayList<>();
        for (String id : List.of("a", "b", "c")) {
            actors.add(new Actor(id, id, ActorKind.STATE, List.of(), null, null, List.of(), Extras.NONE));
        }
        List<Event> events = List.of(meeting("e1", "2020-03-01", "a", "c"), meeting("e2", "2020-05-01", "b", "c"));
        Relation alliance = new Relation("r1", "a", "b", "alliance", false, null, Double.NaN, null, List.of(), Extras.NONE);
        IndexedDataset data = IndexedDataset.of(new Dataset("Undated", null, List.of(), actors, events, List.of(alliance),
                List.of(), Extras.NONE));
        WindowGraph graph = new WindowGraph(PairIndex.of(data.dataset(), Filter.NONE), data.time());
        int pair = -1;

        graph.moveTo(day("2020-01-01"), day("2020-04-01"));
        for (int i = 0; i < graph.activePairs().size(); i++) {
            assertEquals(0, graph.relations(graph.activePairs().get(i)), "before b is first seen, the alliance is not in force");
        }

        graph.moveTo(day("2020-06-01"), day("2020-07-01"));
        GraphScene scene = GraphScene.of(graph, false, -1, 1);
        for (int e = 0; e < scene.edgeCount(); e++) {
            if (graph.relations(scene.pair(e)) > 0) {
                pair = scene.pair(e);
                assertTrue((scene.flags(e) & GraphScene.PERIOD_UNKNOWN) != 0, "drawn as of unknown period");
            }
        }
        assertTrue(pair >= 0, "after both are seen it is in force");
        assertEquals(1, graph.summarize(pair).undatedRelations());
        assertTrue(graph.isPeriodUnknownOnly(pair), "a and b share no event, only the alliance");
    }
}
