package org.entente.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;

/**
 * Every actor's events in the order they start, as one column of event positions per actor, so that
 * an actor's pane lists its events at once and a pair's shared events are a merge of two lists; and
 * every event's actors, by start rank, so that an actor's counterparts are counted in plain ints even
 * when it has hundreds of thousands of events.
 */
public final class ActorEvents {
    private final Dataset dataset;
    private final Map<String, Integer> actorIndex;
    private final int[] start;
    private final int[] events;
    private final int[] rank;
    private final int[] rankActorStart;
    private final int[] rankActors;

    private ActorEvents(Dataset dataset, TimeIndex time) {
        this.dataset = dataset;
        List<Actor> actors = dataset.actors();
        actorIndex = new HashMap<>(actors.size() * 2);
        for (int a = 0; a < actors.size(); a++) {
            actorIndex.put(actors.get(a).id(), a);
        }
        start = new int[actors.size() + 1];
        rank = new int[dataset.events().size()];
        rankActorStart = new int[time.size() + 1];
        IntList byRank = new IntList(Math.max(16, time.size() * 2));
        for (int r = 0; r < time.size(); r++) {
            int e = time.eventAt(r);
            rank[e] = r;
            rankActorStart[r] = byRank.size();
            distinctActors(dataset.events().get(e), byRank);
        }
        rankActorStart[time.size()] = byRank.size();
        rankActors = byRank.toArray();
        for (int actor : rankActors) {
            start[actor + 1]++;
        }
        for (int a = 0; a < actors.size(); a++) {
            start[a + 1] += start[a];
        }
        events = new int[start[actors.size()]];
        int[] fill = start.clone();
        for (int r = 0; r < time.size(); r++) {
            for (int slot = rankActorStart[r]; slot < rankActorStart[r + 1]; slot++) {
                events[fill[rankActors[slot]]++] = time.eventAt(r);
            }
        }
    }

    public static ActorEvents of(IndexedDataset indexed) {
        return new ActorEvents(indexed.dataset(), indexed.time());
    }

    /** Appends the event's distinct known actors. */
    private void distinctActors(Event event, IntList into) {
        int first = into.size();
        for (Participant p : event.participants()) {
            Integer a = actorIndex.get(p.actor());
            if (a != null && !contains(into, first, a)) {
                into.add(a);
            }
        }
    }

    private static boolean contains(IntList list, int from, int value) {
        for (int i = from; i < list.size(); i++) {
            if (list.get(i) == value) {
                return true;
            }
        }
        return false;
    }

    /** The actor's events (dataset positions), earliest first; empty for an unknown actor. */
    public IntList of(String actorId) {
        Integer a = actorIndex.get(actorId);
        IntList list = new IntList(a == null ? 1 : Math.max(1, start[a + 1] - start[a]));
        if (a != null) {
            for (int i = start[a]; i < start[a + 1]; i++) {
                list.add(events[i]);
            }
        }
        return list;
    }

    /** The events any of the actors takes part in, each once, earliest first (a group's events). */
    public IntList ofAny(Collection<String> actorIds) {
        IntList all = new IntList();
        for (String id : actorIds) {
            Integer a = actorIndex.get(id);
            if (a != null) {
                for (int i = start[a]; i < start[a + 1]; i++) {
                    all.add(events[i]);
                }
            }
        }
        long[] ranked = new long[all.size()];
        for (int i = 0; i < ranked.length; i++) {
            ranked[i] = (long) rank[all.get(i)] << 32 | all.get(i);
        }
        Arrays.sort(ranked);
        IntList union = new IntList(Math.max(1, ranked.length));
        for (int i = 0; i < ranked.length; i++) {
            if (i == 0 || ranked[i] != ranked[i - 1]) {
                union.add((int) ranked[i]);
            }
        }
        return union;
    }

    /** The events both actors take part in, earliest first. */
    public IntList shared(String first, String second) {
        IntList a = of(first);
        IntList b = of(second);
        IntList both = new IntList(Math.max(1, Math.min(a.size(), b.size())));
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            int ra = rank[a.get(i)];
            int rb = rank[b.get(j)];
            if (ra == rb) {
                both.add(a.get(i));
                i++;
                j++;
            } else if (ra < rb) {
                i++;
            } else {
                j++;
            }
        }
        return both;
    }

    /** The actors the actor shares most events with, most first (ties by id), at most {@code limit}. */
    public List<Counterpart> counterparts(String actorId, int limit) {
        Integer actor = actorIndex.get(actorId);
        if (actor == null) {
            return List.of();
        }
        int[] counts = new int[dataset.actors().size()];
        for (int i = start[actor]; i < start[actor + 1]; i++) {
            int r = rank[events[i]];
            for (int slot = rankActorStart[r]; slot < rankActorStart[r + 1]; slot++) {
                counts[rankActors[slot]]++;
            }
        }
        counts[actor] = 0;
        List<Counterpart> ranked = new ArrayList<>();
        for (int other = 0; other < counts.length; other++) {
            if (counts[other] > 0) {
                ranked.add(new Counterpart(dataset.actors().get(other).id(), counts[other]));
            }
        }
        ranked.sort(Comparator.comparingInt(Counterpart::sharedEvents).reversed().thenComparing(Counterpart::actorId));
        return ranked.subList(0, Math.min(limit, ranked.size()));
    }

    /** An actor and how many events it shares with another. */
    public record Counterpart(String actorId, int sharedEvents) {
    }
}
