package org.entente.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Membership;
import org.entente.model.Participant;
import org.entente.model.Relation;
import org.entente.model.Reliability;
import org.entente.model.Source;
import org.entente.query.Filter;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The incremental window graph against a brute-force count over every event, relation and membership. */
class WindowGraphTest {
    private static final long DAY = 86_400_000L;
    private static final LocalDate ORIGIN = LocalDate.of(2000, 1, 1);
    private static final List<ActorKind> KINDS = List.of(ActorKind.STATE, ActorKind.PERSON, ActorKind.ORGANIZATION);
    private static final Citation GOOD = new Citation("good", null, null, 0);
    private static final Citation WEAK = new Citation("weak", null, null, 0);
    private static final List<List<Citation>> RELATION_CITATIONS =
            List.of(List.of(), List.of(GOOD), List.of(WEAK), List.of(WEAK, GOOD), List.of(WEAK, WEAK));
    private static final Comparator<KindCount> MOST_FIRST = Comparator.comparingInt(KindCount::count).reversed()
            .thenComparing(KindCount::kind, Comparator.nullsLast(Comparator.naturalOrder()));

    private static Dataset random(Random random, int events, int actors) throws EdtfException {
        List<Actor> people = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            List<Membership> memberships = new ArrayList<>();
            for (int m = random.nextInt(4) - 1; m > 0; m--) {
                String organization = random.nextInt(10) == 0 ? "nobody" : "a" + random.nextInt(actors);
                String role = List.of("member", "chair", "observer").get(random.nextInt(3));
                memberships.add(new Membership(organization, random.nextInt(5) == 0 ? null : role, period(random)));
            }
            people.add(new Actor("a" + a, "Actor " + a, KINDS.get(random.nextInt(KINDS.size())), List.of(), null, null,
                    memberships, Extras.NONE));
        }
        List<Source> sources = List.of(
                new Source("good", "Good", null, null, null, Reliability.B, Extras.NONE),
                new Source("weak", "Weak", null, null, null, Reliability.E, Extras.NONE));
        List<Event> list = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            LocalDate day = ORIGIN.plusDays(random.nextInt(3650));
            String when = random.nextInt(3) == 0 ? day + "/" + day.plusDays(random.nextInt(200))
                    : random.nextInt(20) == 0 ? Integer.toString(day.getYear()) : day.toString();
            List<Participant> who = new ArrayList<>();
            int k = 1 + random.nextInt(4);
            for (int i = 0; i < k; i++) {
                who.add(new Participant("a" + (int) Math.min(actors - 1, Math.abs(random.nextGaussian()) * actors / 3), null));
            }
            double tone = random.nextBoolean() ? Math.round(random.nextDouble() * 200 - 100) / 10.0 : Double.NaN;
            List<Citation> cites = List.of(random.nextInt(4) == 0 ? WEAK : GOOD);
            String kind = random.nextInt(10) == 0 ? null : random.nextBoolean() ? "meeting" : "statement";
            list.add(new Event("e" + e, "Event " + e, Edtf.parse(when), kind, null, null, who, tone, List.of(),
                    List.of(), cites, Extras.NONE));
        }
        List<Relation> relations = new ArrayList<>();
        for (int r = 0; r < events / 20; r++) {
            relations.add(new Relation("r" + r, "a" + random.nextInt(actors), "a" + random.nextInt(actors),
                    random.nextBoolean() ? "alliance" : "sanctions", random.nextBoolean(), period(random), Double.NaN,
                    null, RELATION_CITATIONS.get(random.nextInt(RELATION_CITATIONS.size())), Extras.NONE));
        }
        return new Dataset("Random", null, sources, people, list, relations, Extras.NONE);
    }

    /** A period of up to about two and a half years, or none (always) one time in four. */
    private static When period(Random random) throws EdtfException {
        LocalDate from = ORIGIN.plusDays(random.nextInt(3650));
        return random.nextInt(4) == 0 ? null : Edtf.parse(from + "/" + from.plusDays(random.nextInt(900)));
    }

    private static Filter randomFilter(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Filter.NONE;
            case 1 -> Filter.NONE.withEventKinds(Set.of("meeting"));
            default -> Filter.NONE.withActorKinds(Set.of(ActorKind.STATE));
        };
    }

    /** What the brute force expects of one pair. */
    private static final class Expected {
        int events;
        int weakEvents;
        int toned;
        double tone;
        long firstStart = Long.MAX_VALUE;
        long lastStart = Long.MIN_VALUE;
        int relations;
        int weakRelations;
        int memberships;
        int directions;
        final Map<String, Integer> eventKinds = new HashMap<>();
        final Map<String, Integer> relationKinds = new HashMap<>();
        final List<MembershipTie> ties = new ArrayList<>();

        boolean weakOnly() {
            return memberships == 0 && events + relations > 0 && weakEvents == events && weakRelations == relations;
        }
    }

    private static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }

    private static boolean overlaps(When when, long from, long to) {
        return when == null || when.start() < to && when.end() > from;
    }

    /** Keeps a relation or membership when one of its actors is of a kind the filter shows, as for events. */
    private static boolean tiesShown(Dataset d, Filter filter, String a, String b) {
        Set<ActorKind> kinds = filter.actorKinds();
        return kinds.isEmpty() || kinds.contains(d.actor(a).orElseThrow().kind())
                || kinds.contains(d.actor(b).orElseThrow().kind());
    }

    /** Per pair "lower|higher" of actor indices, everything counted the slow way. */
    private static Map<String, Expected> brute(Dataset d, Filter filter, long from, long to) {
        Map<String, Expected> pairs = new HashMap<>();
        for (Event e : d.events()) {
            if (!overlaps(e.when(), from, to) || !filter.matches(e, d)) {
                continue;
            }
            Set<Integer> who = new HashSet<>();
            e.participants().forEach(p -> who.add(index(p.actor())));
            List<Integer> sorted = new ArrayList<>(who);
            sorted.sort(null);
            boolean weak = e.citations().get(0).source().equals("weak");
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    Expected x = pairs.computeIfAbsent(sorted.get(i) + "|" + sorted.get(j), key -> new Expected());
                    x.events++;
                    x.weakEvents += weak ? 1 : 0;
                    x.eventKinds.merge(e.kind(), 1, Integer::sum);
                    x.firstStart = Math.min(x.firstStart, e.when().start());
                    x.lastStart = Math.max(x.lastStart, e.when().start());
                    if (e.hasTone()) {
                        x.tone += e.tone();
                        x.toned++;
                    }
                }
            }
        }
        for (Relation r : d.relations()) {
            int a = index(r.from());
            int b = index(r.to());
            boolean inForce = r.when() != null ? overlaps(r.when(), from, to)
                    : Math.max(firstEvent(d, r.from()), firstEvent(d, r.to())) < to;
            if (a != b && inForce && tiesShown(d, filter, r.from(), r.to())) {
                Expected x = pairs.computeIfAbsent(Math.min(a, b) + "|" + Math.max(a, b), key -> new Expected());
                x.relations++;
                boolean weak = !r.citations().isEmpty() && r.citations().stream().allMatch(c -> c == WEAK);
                x.weakRelations += weak ? 1 : 0;
                x.relationKinds.merge(r.kind(), 1, Integer::sum);
                x.directions |= !r.directed() ? 0 : a < b ? WindowGraph.FIRST_TO_SECOND : WindowGraph.SECOND_TO_FIRST;
            }
        }
        for (Actor actor : d.actors()) {
            for (Membership m : actor.memberships()) {
                if (d.actor(m.organization()).isEmpty() || m.organization().equals(actor.id())
                        || !overlaps(m.when(), from, to) || !tiesShown(d, filter, actor.id(), m.organization())) {
                    continue;
                }
                int member = index(actor.id());
                int organization = index(m.organization());
                Expected x = pairs.computeIfAbsent(Math.min(member, organization) + "|" + Math.max(member, organization),
                        key -> new Expected());
                x.memberships++;
                x.directions |= member < organization
                        ? WindowGraph.FIRST_MEMBER_OF_SECOND : WindowGraph.SECOND_MEMBER_OF_FIRST;
                x.ties.add(new MembershipTie(member, organization, m.role()));
            }
        }
        return pairs;
    }

    /** When an actor is first seen in an event, unfiltered; the beginning of time when never. */
    private static long firstEvent(Dataset d, String actor) {
        return d.events().stream().filter(e -> e.involves(actor) && e.when().start() != Long.MIN_VALUE)
                .mapToLong(e -> e.when().start()).min().orElse(Long.MIN_VALUE);
    }

    private static List<KindCount> mostFirst(Map<String, Integer> counts) {
        List<KindCount> kinds = new ArrayList<>();
        counts.forEach((kind, count) -> kinds.add(new KindCount(kind, count)));
        kinds.sort(MOST_FIRST);
        return kinds;
    }

    private static void assertMatches(WindowGraph graph, Dataset d, Filter filter, long from, long to) {
        Map<String, Expected> expected = brute(d, filter, from, to);
        PairIndex pairs = graph.pairs();
        Set<String> active = new HashSet<>();
        for (int i = 0; i < graph.activePairs().size(); i++) {
            int pair = graph.activePairs().get(i);
            String key = pairs.first(pair) + "|" + pairs.second(pair);
            active.add(key);
            Expected x = expected.get(key);
            if (x == null) {
                continue;
            }
            assertEquals(x.events, graph.events(pair), key + " events");
            assertEquals(x.weakEvents, graph.weakEvents(pair), key + " weak events");
            assertEquals(x.toned == 0 ? Double.NaN : x.tone / x.toned, graph.meanTone(pair), 1e-9, key + " mean tone");
            assertEquals(x.relations, graph.relations(pair), key + " relations in force");
            assertEquals(x.weakRelations, graph.weakRelations(pair), key + " weak relations");
            assertEquals(x.memberships, graph.memberships(pair), key + " memberships");
            assertEquals(x.directions, graph.directions(pair), key + " directions");
            assertEquals(x.weakOnly(), graph.isWeakOnly(pair), key + " weak only");
            assertSummary(x, graph.summarize(pair), key);
        }
        assertEquals(expected.keySet(), active, "active pairs in [" + from + ", " + to + ")");
    }

    private static void assertSummary(Expected x, PairSummary summary, String key) {
        assertEquals(key, summary.first() + "|" + summary.second());
        assertEquals(x.events, summary.events(), key + " summary events");
        assertEquals(mostFirst(x.eventKinds), summary.eventKinds(), key + " event kinds");
        assertEquals(mostFirst(x.relationKinds), summary.relationKinds(), key + " relation kinds");
        assertEquals(x.relations, summary.relations(), key + " summary relations");
        Comparator<MembershipTie> order = Comparator.comparingInt(MembershipTie::member)
                .thenComparing(MembershipTie::role, Comparator.nullsFirst(Comparator.naturalOrder()));
        List<MembershipTie> ties = new ArrayList<>(summary.memberships());
        ties.sort(order);
        x.ties.sort(order);
        assertEquals(x.ties, ties, key + " membership ties");
        assertEquals(x.weakEvents, summary.weakEvents(), key + " summary weak events");
        assertEquals(x.toned == 0 ? Double.NaN : x.tone / x.toned, summary.meanTone(), 1e-9, key + " summary tone");
        assertEquals(x.events == 0 ? Long.MIN_VALUE : x.firstStart, summary.firstStart(), key + " first start");
        assertEquals(x.lastStart, summary.lastStart(), key + " last start");
    }

    @RepeatedTest(8)
    void aSlidingWindowMatchesABruteForceCountAfterEveryMove() throws EdtfException {
        Random random = new Random(System.nanoTime());
        Dataset d = random(random, 1500, 40);
        Filter filter = randomFilter(random);
        WindowGraph graph = new WindowGraph(PairIndex.of(d, filter), IndexedDataset.of(d).time());
        long from = LocalDate.of(2003, 1, 1).toEpochDay() * DAY;
        long span = 120 * DAY;
        for (int step = 0; step < 60; step++) {
            switch (random.nextInt(4)) {
                case 0 -> from += random.nextInt(20) * DAY;
                case 1 -> from -= random.nextInt(20) * DAY;
                case 2 -> span = Math.max(DAY, span + (random.nextInt(60) - 30) * DAY);
                default -> from = ORIGIN.toEpochDay() * DAY + random.nextInt(3650) * DAY;
            }
            graph.moveTo(from, from + span);
            assertMatches(graph, d, filter, from, from + span);
        }
    }

    @RepeatedTest(4)
    void theCumulativeWindowMatchesABruteForceCountUpToTheCursor() throws EdtfException {
        Random random = new Random(System.nanoTime());
        Dataset d = random(random, 1000, 30);
        Filter filter = randomFilter(random);
        WindowGraph graph = new WindowGraph(PairIndex.of(d, filter), IndexedDataset.of(d).time());
        long cursor = LocalDate.of(2001, 1, 1).toEpochDay() * DAY;
        for (int step = 0; step < 40; step++) {
            cursor += (random.nextInt(60) - 15) * DAY;
            graph.moveTo(Long.MIN_VALUE + 1, cursor + 1);
            assertMatches(graph, d, filter, Long.MIN_VALUE + 1, cursor + 1);
        }
    }

    @Test
    void actorsCountTheirEventsInTheWindow() throws EdtfException {
        Dataset d = random(new Random(5), 300, 10);
        WindowGraph graph = new WindowGraph(PairIndex.of(d, Filter.NONE), IndexedDataset.of(d).time());
        long from = LocalDate.of(2004, 1, 1).toEpochDay() * DAY;
        graph.moveTo(from, from + 400 * DAY);
        graph.moveTo(from + 30 * DAY, from + 500 * DAY);
        for (int a = 0; a < 10; a++) {
            String id = "a" + a;
            long expected = d.events().stream().filter(e -> e.when().start() < from + 500 * DAY
                    && e.when().end() > from + 30 * DAY && e.involves(id)).count();
            assertEquals(expected, graph.actorEvents(a), id);
        }
        assertTrue(graph.activePairs().size() > 0);
    }

    @Test
    void directedRelationsAndMembershipsTellTheirDirection() throws EdtfException {
        When year2010 = Edtf.parse("2010-01-01/2010-12-31");
        List<Actor> actors = List.of(
                new Actor("pact", "Pact", ActorKind.ORGANIZATION, List.of(), null, null, List.of(), Extras.NONE),
                new Actor("land", "Land", ActorKind.STATE, List.of(), null, null,
                        List.of(new Membership("pact", "founder", year2010)), Extras.NONE));
        List<Relation> relations = List.of(new Relation("r", "land", "pact", "funding", true, null, Double.NaN, null,
                List.of(WEAK), Extras.NONE));
        Dataset d = new Dataset("Tiny", null, List.of(new Source("weak", "Weak", null, null, null, Reliability.E,
                Extras.NONE)), actors, List.of(), relations, Extras.NONE);
        WindowGraph graph = new WindowGraph(PairIndex.of(d, Filter.NONE), IndexedDataset.of(d).time());
        long june2010 = LocalDate.of(2010, 6, 1).toEpochDay() * DAY;

        graph.moveTo(june2010, june2010 + DAY);
        int pair = graph.activePairs().get(0);
        assertEquals(WindowGraph.SECOND_TO_FIRST | WindowGraph.SECOND_MEMBER_OF_FIRST, graph.directions(pair));
        assertEquals(List.of(new MembershipTie(1, 0, "founder")), graph.summarize(pair).memberships());
        assertFalse(graph.isWeakOnly(pair), "a membership is firm");

        graph.moveTo(june2010 + 365 * DAY, june2010 + 366 * DAY);
        assertEquals(WindowGraph.SECOND_TO_FIRST, graph.directions(pair));
        assertEquals(0, graph.memberships(pair));
        assertTrue(graph.isWeakOnly(pair), "only a relation citing a weak source is left");
    }
}
