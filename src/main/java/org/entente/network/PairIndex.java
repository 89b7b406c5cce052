package org.entente.network;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.index.IntList;
import org.entente.index.SpanSort;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.model.Reliability;
import org.entente.query.Filter;

/**
 * Who deals with whom, precomputed once per dataset and filter: every unordered pair of actors that share
 * an event, an explicit relation or a membership (member and organisation) gets an id, every event lists its
 * actors and its pairs, and every pair lists its events by start. A graph over a time window then touches
 * only the events that enter or leave the window, never the whole dataset.
 */
public final class PairIndex implements TieEnds {
    /**
     * A claim graded doubtful (4) or improbable (5), or from a source graded not usually reliable (D) or
     * unreliable (E), is weak. Grades that say "cannot be judged" (6, F) are unknown, not weak.
     */
    private static final int DOUBTFUL = 4;
    private static final int IMPROBABLE = 5;

    private final Dataset dataset;
    private final Map<String, Integer> actorIndex;
    private final IntList pairFirst = new IntList();
    private final IntList pairSecond = new IntList();
    private final int[] eventActorStart;
    private final IntList eventActors = new IntList();
    private final int[] eventPairStart;
    private final IntList eventPairs = new IntList();
    private final BitSet shown = new BitSet();
    private final BitSet weak = new BitSet();
    private final Links links;
    private final Grouping eventsByPair;
    private final Grouping linksByPair;

    private PairIndex(Dataset dataset, Filter filter) {
        this.dataset = dataset;
        List<Actor> actors = dataset.actors();
        actorIndex = new HashMap<>(actors.size() * 2);
        for (int i = 0; i < actors.size(); i++) {
            actorIndex.put(actors.get(i).id(), i);
        }
        List<Event> events = dataset.events();
        eventActorStart = new int[events.size() + 1];
        eventPairStart = new int[events.size() + 1];
        long[] starts = new long[events.size()];
        Map<Long, Integer> pairIds = new HashMap<>();
        IntList here = new IntList(8);
        for (int e = 0; e < events.size(); e++) {
            Event event = events.get(e);
            starts[e] = event.when().start();
            eventActorStart[e] = eventActors.size();
            eventPairStart[e] = eventPairs.size();
            if (!filter.isEmpty() && !filter.matches(event, dataset)) {
                continue;
            }
            shown.set(e);
            if (isWeak(event.citations())) {
                weak.set(e);
            }
            distinctActors(event, here);
            for (int i = 0; i < here.size(); i++) {
                eventActors.add(here.get(i));
                for (int j = i + 1; j < here.size(); j++) {
                    eventPairs.add(pairId(pairIds, Math.min(here.get(i), here.get(j)), Math.max(here.get(i), here.get(j))));
                }
            }
        }
        eventActorStart[events.size()] = eventActors.size();
        eventPairStart[events.size()] = eventPairs.size();
        links = Links.of(dataset, filter, this::actor, (a, b) -> pairId(pairIds, a, b), this::isWeak);
        eventsByPair = Grouping.of(pairCount(), eventPairs, eventPairStart, SpanSort.byStart(starts, starts.length));
        linksByPair = Grouping.of(pairCount(), links.pairs(), identity(links.size() + 1), identity(links.size()));
    }

    private static int[] identity(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }

    private int pairId(Map<Long, Integer> pairIds, int a, int b) {
        return pairIds.computeIfAbsent(((long) a << 32) | b, key -> {
            pairFirst.add(a);
            pairSecond.add(b);
            return pairFirst.size() - 1;
        });
    }

    public static PairIndex of(Dataset dataset, Filter filter) {
        return new PairIndex(dataset, filter);
    }

    private void distinctActors(Event event, IntList into) {
        into.clear();
        for (Participant p : event.participants()) {
            Integer actor = actorIndex.get(p.actor());
            if (actor != null && !contains(into, actor)) {
                into.add(actor);
            }
        }
    }

    private static boolean contains(IntList list, int value) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == value) {
                return true;
            }
        }
        return false;
    }

    /** True when every source cited is weak; a claim with no citation is not weak, only unsourced. */
    private boolean isWeak(List<Citation> citations) {
        if (citations.isEmpty()) {
            return false;
        }
        for (Citation c : citations) {
            Reliability reliability = dataset.source(c.source()).map(s -> s.reliability()).orElse(null);
            boolean weakSource = reliability == Reliability.D || reliability == Reliability.E;
            boolean weakClaim = c.hasCredibility() && (c.credibility() == DOUBTFUL || c.credibility() == IMPROBABLE);
            if (!weakSource && !weakClaim) {
                return false;
            }
        }
        return true;
    }

    public Dataset dataset() {
        return dataset;
    }

    public int actorCount() {
        return dataset.actors().size();
    }

    public int pairCount() {
        return pairFirst.size();
    }

    /** Pairs join actors: their nodes are the actors. */
    @Override
    public int nodeCount() {
        return actorCount();
    }

    /** The lower actor index of a pair. */
    @Override
    public int first(int pair) {
        return pairFirst.get(pair);
    }

    /** The higher actor index of a pair. */
    @Override
    public int second(int pair) {
        return pairSecond.get(pair);
    }

    /** The index of an actor id, or -1. */
    public int actor(String id) {
        Integer index = actorIndex.get(id);
        return index == null ? -1 : index;
    }

    /** Whether the filter lets the event through. */
    public boolean isShown(int event) {
        return shown.get(event);
    }

    /** Whether every source of the event is of low reliability or credibility. */
    public boolean isWeak(int event) {
        return weak.get(event);
    }

    /** The relations and memberships that tie pairs, left out when neither actor is of a kind the filter shows. */
    Links links() {
        return links;
    }

    /** The shown events of each pair, by start (ties in file order). */
    Grouping eventsByPair() {
        return eventsByPair;
    }

    Grouping linksByPair() {
        return linksByPair;
    }

    int actorsStart(int event) {
        return eventActorStart[event];
    }

    int actorsEnd(int event) {
        return eventActorStart[event + 1];
    }

    int actorAt(int slot) {
        return eventActors.get(slot);
    }

    int pairsStart(int event) {
        return eventPairStart[event];
    }

    int pairsEnd(int event) {
        return eventPairStart[event + 1];
    }

    int pairAt(int slot) {
        return eventPairs.get(slot);
    }
}
