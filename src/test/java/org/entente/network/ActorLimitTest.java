package org.entente.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.index.IndexedDataset;
import org.entente.index.IntList;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

class ActorLimitTest {
    private WindowGraph graph;

    /** A window graph of one meeting per pair given, in 2020. */
    private WindowGraph meetings(String... pairs) throws EdtfException {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < pairs.length; i++) {
            String[] two = pairs[i].split("-");
            events.add(new Event("e" + i, "Meeting " + i, Edtf.parse("2020-01-01"), "meeting", null, null,
                    List.of(new Participant(two[0], null), new Participant(two[1], null)), Double.NaN,
                    List.of(), List.of(), List.of(), Extras.NONE));
        }
        List<Actor> actors = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e", "x", "y")) {
            actors.add(new Actor(id, id.toUpperCase(), ActorKind.PERSON, List.of(), null, null, List.of(), Extras.NONE));
        }
        IndexedDataset indexed = IndexedDataset.of(new Dataset("Meetings", null, List.of(), actors, events, List.of(),
                Extras.NONE));
        graph = new WindowGraph(PairIndex.of(indexed.dataset(), Filter.NONE), indexed.time());
        graph.moveTo(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1);
        return graph;
    }

    private Set<String> kept(GraphLimits limits, String... keep) {
        PairIndex index = graph.pairs();
        int[] keepActors = new int[keep.length];
        for (int i = 0; i < keep.length; i++) {
            keepActors[i] = index.actor(keep[i]);
        }
        ActorLimit limit = ActorLimit.apply(index, graph.activePairs(), graph::events, limits, keepActors);
        Set<String> ties = new TreeSet<>();
        IntList pairs = limit.pairs();
        for (int i = 0; i < pairs.size(); i++) {
            String a = index.dataset().actors().get(index.first(pairs.get(i))).id();
            String b = index.dataset().actors().get(index.second(pairs.get(i))).id();
            ties.add(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
        }
        return ties;
    }

    @Test
    void theBusiestActorsAreKeptWithTheTiesAmongThem() throws EdtfException {
        meetings("a-b", "a-b", "a-b", "b-c", "c-d", "c-d", "d-e");
        assertEquals(Set.of("a-b", "c-d"), kept(GraphLimits.NONE.withMaxActors(4).withMinWeight(2)));
        assertEquals(Set.of("a-b", "b-c"), kept(GraphLimits.NONE.withMaxActors(3)), "b 4, a 3, c 3 interactions");
        assertEquals(5, ActorLimit.apply(graph.pairs(), graph.activePairs(), graph::events,
                GraphLimits.NONE.withMaxActors(3), new int[0]).actorsBefore());
    }

    @Test
    void theSelectionAndItsNeighboursStayWhateverTheLimit() throws EdtfException {
        meetings("a-b", "a-b", "a-b", "b-c", "c-d", "d-e");
        assertEquals(Set.of("a-b", "d-e"), kept(GraphLimits.NONE.withMaxActors(2), "e"));
    }

    @Test
    void theLargestConnectedGroupAloneWhenAskedFor() throws EdtfException {
        meetings("a-b", "b-c", "x-y", "x-y", "x-y");
        assertEquals(Set.of("a-b", "b-c"), kept(GraphLimits.NONE.withCore(GraphLimits.Core.LARGEST_COMPONENT, 2)));
        assertEquals(Set.of("a-b", "b-c", "x-y"), kept(GraphLimits.NONE.withCore(GraphLimits.Core.LARGEST_COMPONENT, 2), "y"));
    }

    @Test
    void theKCorePeelsActorsWithFewerNeighboursThanK() throws EdtfException {
        meetings("a-b", "b-c", "a-c", "c-d", "d-e");
        assertEquals(Set.of("a-b", "a-c", "b-c"), kept(GraphLimits.NONE.withCore(GraphLimits.Core.K_CORE, 2)));
    }
}
