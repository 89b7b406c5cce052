package org.entente.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Event;

/** Builds a {@link PairSummary} from the pair's own events and ties, never from the whole dataset. */
public final class PairSummaries {
    private static final Comparator<KindCount> MOST_FIRST = Comparator.comparingInt(KindCount::count).reversed()
            .thenComparing(KindCount::kind, Comparator.nullsLast(Comparator.naturalOrder()));

    private PairSummaries() {
    }

    static PairSummary of(PairIndex pairs, int pair, long from, long to, boolean[] linkInForce) {
        List<Event> all = pairs.dataset().events();
        Grouping byPair = pairs.eventsByPair();
        Map<String, Integer> eventKinds = new HashMap<>();
        int events = 0;
        int weak = 0;
        int toned = 0;
        double tone = 0;
        long firstStart = Long.MIN_VALUE;
        long lastStart = Long.MIN_VALUE;
        for (int slot = byPair.start(pair); slot < byPair.end(pair); slot++) {
            int e = byPair.itemAt(slot);
            Event event = all.get(e);
            if (event.when().start() >= to) {
                break;
            }
            if (event.when().end() <= from) {
                continue;
            }
            firstStart = events == 0 ? event.when().start() : firstStart;
            lastStart = event.when().start();
            events++;
            eventKinds.merge(event.kind(), 1, Integer::sum);
            weak += pairs.isWeak(e) ? 1 : 0;
            if (event.hasTone()) {
                toned++;
                tone += event.tone();
            }
        }
        Map<String, Integer> relationKinds = new HashMap<>();
        int undated = 0;
        List<MembershipTie> memberships = new ArrayList<>();
        Links links = pairs.links();
        Grouping linksByPair = pairs.linksByPair();
        for (int slot = linksByPair.start(pair); slot < linksByPair.end(pair); slot++) {
            int link = linksByPair.itemAt(slot);
            if (!linkInForce[link]) {
                continue;
            }
            if (links.isMembership(link)) {
                boolean firstIsMember = links.directions(link) == WindowGraph.FIRST_MEMBER_OF_SECOND;
                int member = firstIsMember ? pairs.first(pair) : pairs.second(pair);
                int organization = firstIsMember ? pairs.second(pair) : pairs.first(pair);
                memberships.add(new MembershipTie(member, organization, links.membership(link).role()));
            } else {
                relationKinds.merge(links.relation(link).kind(), 1, Integer::sum);
                undated += links.isUndated(link) ? 1 : 0;
            }
        }
        return new PairSummary(pairs.first(pair), pairs.second(pair), events, mostFirst(eventKinds),
                mostFirst(relationKinds), undated, memberships, weak, toned == 0 ? Double.NaN : tone / toned, firstStart,
                lastStart);
    }

    /** Kinds with their counts, most frequent first, ties in the order of their names. */
    static List<KindCount> mostFirst(Map<String, Integer> counts) {
        List<KindCount> kinds = new ArrayList<>(counts.size());
        counts.forEach((kind, count) -> kinds.add(new KindCount(kind, count)));
        kinds.sort(MOST_FIRST);
        return kinds;
    }
}
