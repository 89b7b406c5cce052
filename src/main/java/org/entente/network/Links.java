package org.entente.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntBinaryOperator;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.entente.index.IntList;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Membership;
import org.entente.model.Relation;
import org.entente.query.Filter;
import org.entente.time.When;

/**
 * The standing ties between pairs of actors, explicit relations and memberships, in flat primitive columns:
 * a window graph checks every tie on each move, and a scan over these columns costs microseconds where
 * walking the records would chase pointers through every relation and its dates.
 */
public final class Links {
    private static final int MEMBERSHIP = 1 << 8;
    private static final int WEAK = 1 << 9;
    private static final int UNDATED = 1 << 10;
    private static final int DIRECTIONS = 0xff;

    private final List<Relation> relations;
    private final List<Membership> memberships = new ArrayList<>();
    private final IntList pairs = new IntList();
    private final IntList flags = new IntList();
    private final IntList records = new IntList();
    private long[] starts;
    private long[] ends;

    private Links(List<Relation> relations, int capacity) {
        this.relations = relations;
        starts = new long[capacity];
        ends = new long[capacity];
    }

    /**
     * Takes every relation and membership that ties two different known actors, at least one of them of a
     * kind the filter shows (as an event needs one such participant), and that passes the filter's date
     * range, and for relations its least reliability and tone range. {@code pairOf} gives the id of the
     * pair of two actor indices, lower first.
     */
    static Links of(Dataset dataset, Filter filter, ToIntFunction<String> actorIndex, IntBinaryOperator pairOf,
                    Predicate<List<Citation>> weak) {
        List<Actor> actors = dataset.actors();
        int capacity = dataset.relations().size();
        for (Actor actor : actors) {
            capacity += actor.memberships().size();
        }
        Links links = new Links(dataset.relations(), capacity);
        Set<ActorKind> kinds = filter.actorKinds();
        long[] firstEvent = firstEvents(dataset, actorIndex);
        for (int r = 0; r < dataset.relations().size(); r++) {
            Relation relation = dataset.relations().get(r);
            int from = actorIndex.applyAsInt(relation.from());
            int to = actorIndex.applyAsInt(relation.to());
            if (ties(actors, kinds, from, to) && filter.matches(relation, dataset)) {
                int direction = !relation.directed() ? 0
                        : from < to ? WindowGraph.FIRST_TO_SECOND : WindowGraph.SECOND_TO_FIRST;
                int pair = pairOf.applyAsInt(Math.min(from, to), Math.max(from, to));
                int flags = direction | (weak.test(relation.citations()) ? WEAK : 0);
                if (relation.when() == null) {
                    // A relation of unknown period is not shown in force before both actors are seen in events.
                    links.add(pair, Math.max(firstEvent[from], firstEvent[to]), Long.MAX_VALUE, flags | UNDATED, r);
                } else {
                    links.add(pair, relation.when(), flags, r);
                }
            }
        }
        for (int member = 0; member < actors.size(); member++) {
            for (Membership membership : actors.get(member).memberships()) {
                int organization = actorIndex.applyAsInt(membership.organization());
                if (ties(actors, kinds, member, organization) && filter.meetsDateRange(membership.when())) {
                    int direction = member < organization
                            ? WindowGraph.FIRST_MEMBER_OF_SECOND : WindowGraph.SECOND_MEMBER_OF_FIRST;
                    int pair = pairOf.applyAsInt(Math.min(member, organization), Math.max(member, organization));
                    links.add(pair, membership.when(), direction | MEMBERSHIP, links.memberships.size());
                    links.memberships.add(membership);
                }
            }
        }
        links.starts = Arrays.copyOf(links.starts, links.size());
        links.ends = Arrays.copyOf(links.ends, links.size());
        return links;
    }

    /** Each actor's first event's start, or the beginning of time for an actor in no dated event. */
    private static long[] firstEvents(Dataset dataset, ToIntFunction<String> actorIndex) {
        long[] first = new long[dataset.actors().size()];
        Arrays.fill(first, Long.MAX_VALUE);
        for (var event : dataset.events()) {
            long start = event.when().start();
            for (var participant : event.participants()) {
                int actor = actorIndex.applyAsInt(participant.actor());
                if (actor >= 0 && start != Long.MIN_VALUE) {
                    first[actor] = Math.min(first[actor], start);
                }
            }
        }
        for (int a = 0; a < first.length; a++) {
            first[a] = first[a] == Long.MAX_VALUE ? Long.MIN_VALUE : first[a];
        }
        return first;
    }

    private static boolean ties(List<Actor> actors, Set<ActorKind> kinds, int a, int b) {
        if (a < 0 || b < 0 || a == b) {
            return false;
        }
        return kinds.isEmpty() || kinds.contains(actors.get(a).kind()) || kinds.contains(actors.get(b).kind());
    }

    /** A tie without a period holds always. */
    private void add(int pair, When when, int flag, int record) {
        add(pair, when == null ? Long.MIN_VALUE : when.start(), when == null ? Long.MAX_VALUE : when.end(), flag, record);
    }

    private void add(int pair, long from, long to, int flag, int record) {
        int link = pairs.size();
        starts[link] = from;
        ends[link] = to;
        pairs.add(pair);
        flags.add(flag);
        records.add(record);
    }

    int size() {
        return pairs.size();
    }

    /** Whether the link is a relation whose period the dataset does not give. */
    boolean isUndated(int link) {
        return (flags.get(link) & UNDATED) != 0;
    }

    IntList pairs() {
        return pairs;
    }

    int pair(int link) {
        return pairs.get(link);
    }

    /** Whether the link's period overlaps [from, to). */
    boolean holds(int link, long from, long to) {
        return starts[link] < to && ends[link] > from;
    }

    /** When the link's period starts: {@link Long#MIN_VALUE} for a tie without one. */
    long start(int link) {
        return starts[link];
    }

    /** When the link's period ends, exclusive: {@link Long#MAX_VALUE} for a tie without one. */
    long end(int link) {
        return ends[link];
    }

    boolean isMembership(int link) {
        return (flags.get(link) & MEMBERSHIP) != 0;
    }

    /** Whether every source the relation cites is weak; memberships cite none and are never weak. */
    boolean isWeak(int link) {
        return (flags.get(link) & WEAK) != 0;
    }

    /** The direction bits of {@link WindowGraph#directions(int)} that this link sets while it holds. */
    int directions(int link) {
        return flags.get(link) & DIRECTIONS;
    }

    /** The relation of a link that is no membership. */
    Relation relation(int link) {
        return relations.get(records.get(link));
    }

    /** The membership of a link that is one. */
    Membership membership(int link) {
        return memberships.get(records.get(link));
    }
}
