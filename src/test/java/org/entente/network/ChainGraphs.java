package org.entente.network;

import java.util.ArrayList;
import java.util.List;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Membership;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;

/** Small hand-made window graphs that tests of the network and of the graph view share. */
public final class ChainGraphs {
    private ChainGraphs() {
    }

    /** A chain a-b-c-d-e of meetings in 2020, a meeting a-b twice more, and d a member of organisation o. */
    public static WindowGraph chain() throws EdtfException {
        IndexedDataset indexed = dataset();
        WindowGraph graph = new WindowGraph(PairIndex.of(indexed.dataset(), Filter.NONE), indexed.time());
        graph.moveTo(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1);
        return graph;
    }

    /** The dataset behind {@link #chain()}. */
    public static IndexedDataset dataset() throws EdtfException {
        List<Actor> actors = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e")) {
            actors.add(new Actor(id, id.toUpperCase(), ActorKind.PERSON, List.of(), null, null,
                    id.equals("d") ? List.of(new Membership("o", "chair", null)) : List.of(), Extras.NONE));
        }
        actors.add(new Actor("o", "O", ActorKind.ORGANIZATION, List.of(), null, null, List.of(), Extras.NONE));
        List<Event> events = new ArrayList<>();
        String[][] meetings = {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"a", "b"}, {"a", "b"}};
        for (int i = 0; i < meetings.length; i++) {
            events.add(new Event("e" + i, "Meeting " + i, Edtf.parse("2020-0" + (i + 1) + "-01"), "meeting", null, null,
                    List.of(new Participant(meetings[i][0], null), new Participant(meetings[i][1], null)), Double.NaN,
                    List.of(), List.of(), List.of(), Extras.NONE));
        }
        Dataset dataset = new Dataset("Chain", null, List.of(), actors, events, List.of(), Extras.NONE);
        return IndexedDataset.of(dataset);
    }
}
