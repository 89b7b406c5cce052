package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.entente.model.Participant;
import org.entente.model.Relation;
import org.entente.model.Reliability;
import org.entente.model.Source;
import org.entente.state.Filter;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The incremental window graph against a brute-force count over every event, in both time modes. */
class WindowGraphTest {
    private static final long DAY = 86_400_000L;

    private static Dataset random(Random random, int events, int actors) throws EdtfException {
        List<Actor> people = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            people.add(new Actor("a" + a, "Actor " + a, ActorKind.STATE, List.of(), null, null, List.of(), Extras.NONE));
        }
        List<Source> sources = List.of(
                new Source("good", "Good", null, null, null, Reliability.B, Extras.NONE),
                new Source("weak", "Weak", null, null, null, Reliability.E, Extras.NONE));
        List<Event> list = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            java.time.LocalDate day = java.time.LocalDate.of(2000, 1, 1).plusDays(random.nextInt(3650));
            String when = random.nextInt(3) == 0 ? day + "/" + day.plusDays(random.nextInt(200))
                    : random.nextInt(20) == 0 ? Integer.toString(day.getYear()) : day.toString();
            List<Participant> who = new ArrayList<>();
            int k = 1 + random.nextInt(4);
            for (int i = 0; i < k; i++) {
                who.add(new Participant("a" + (int) Math.min(actors - 1, Math.abs(random.nextGaussian()) * actors / 3), null));
            }
            double tone = random.nextBoolean() ? Math.round(random.nextDouble() * 200 - 100) / 10.0 : Double.NaN;
            List<Citation> cites = List.of(new Citation(random.nextInt(4) == 0 ? "weak" : "good", null, null, 0));
            list.add(new Event("e" + e, "Event " + e, Edtf.parse(when), random.nextBoolean() ? "meeting" : "statement",
                    null, null, who, tone, List.of(), List.of(), cites, Extras.NONE));
        }
        List<Relation> relations = new ArrayList<>();
        for (int r = 0; r < events / 20; r++) {
            java.time.LocalDate from = java.time.LocalDate.of(2000, 1, 1).plusDays(random.nextInt(3650));
            When when = random.nextInt(4) == 0 ? null : Edtf.parse(from + "/" + from.plusDays(random.nextInt(900)));
            relations.add(new Relation("r" + r, "a" + random.nextInt(actors), "a" + random.nextInt(actors), "alliance",
                    false, when, Double.NaN, null, List.of(), Extras.NONE));
        }
        return new Dataset("Random", null, sources, people, list, relations, Extras.NONE);
    }

    /** Per pair "a|b": events, weak events and summed tone, counted the slow way. */
    private static Map<String, double[]> brute(Dataset d, Filter filter, long from, long to) {
        Map<String, double[]> pairs = new HashMap<>();
        for (Event e : d.events()) {
            if (!(e.when().start() < to && e.when().end() > from) || !filter.matches(e, d)) {
                continue;
            }
            Set<String> who = new HashSet<>();
            e.participants().forEach(p -> who.add(p.actor()));
            List<String> sorted = new ArrayList<>(who);
            sorted.sort((x, y) -> Integer.compare(Integer.parseInt(x.substring(1)), Integer.parseInt(y.substring(1))));
            boolean weak = e.citations().get(0).source().equals("weak");
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    double[] c = pairs.computeIfAbsent(sorted.get(i) + "|" + sorted.get(j), key -> new double[5]);
                    c[0]++;
                    c[1] += weak ? 1 : 0;
                    if (e.hasTone()) {
                        c[2] += e.tone();
                        c[3]++;
                    }
                }
            }
        }
        for (Relation r : d.relations()) {
            int a = Integer.parseInt(r.from().substring(1));
            int b = Integer.parseInt(r.to().substring(1));
            if (a != b && (r.when() == null || r.when().start() < to && r.when().end() > from)) {
                pairs.computeIfAbsent("a" + Math.min(a, b) + "|a" + Math.max(a, b), key -> new double[5])[4]++;
            }
        }
        return pairs;
    }

    private static void assertMatches(WindowGraph graph, Dataset d, Filter filter, long from, long to) {
        Map<String, double[]> expected = brute(d, filter, from, to);
        PairIndex pairs = graph.pairs();
        Map<String, double[]> actual = new HashMap<>();
        for (int i = 0; i < graph.activePairs().size(); i++) {
            int pair = graph.activePairs().get(i);
            String key = "a" + pairs.first(pair) + "|a" + pairs.second(pair);
            actual.put(key, new double[] {graph.events(pair), graph.weakEvents(pair), graph.meanTone(pair),
                graph.relations(pair)});
        }
        assertEquals(expected.keySet(), actual.keySet(), "active pairs in [" + from + ", " + to + ")");
        expected.forEach((key, c) -> {
            double[] a = actual.get(key);
            assertEquals(c[0], a[0], key + " events");
            assertEquals(c[1], a[1], key + " weak events");
            assertEquals(c[3] == 0 ? Double.NaN : c[2] / c[3], a[2], 1e-9, key + " mean tone");
            assertEquals(c[4], a[3], key + " relations in force");
        });
    }

    @RepeatedTest(8)
    void aSlidingWindowMatchesABruteForceCountAfterEveryMove() throws EdtfException {
        Random random = new Random(System.nanoTime());
        Dataset d = random(random, 1500, 40);
        Filter filter = random.nextBoolean() ? Filter.NONE : Filter.NONE.withEventKinds(Set.of("meeting"));
        WindowGraph graph = new WindowGraph(PairIndex.of(d, filter), IndexedDataset.of(d).time());
        long from = java.time.LocalDate.of(2003, 1, 1).toEpochDay() * DAY;
        long span = 120 * DAY;
        for (int step = 0; step < 60; step++) {
            switch (random.nextInt(4)) {
                case 0 -> from += random.nextInt(20) * DAY;
                case 1 -> from -= random.nextInt(20) * DAY;
                case 2 -> span = Math.max(DAY, span + (random.nextInt(60) - 30) * DAY);
                default -> from = java.time.LocalDate.of(2000, 1, 1).toEpochDay() * DAY + random.nextInt(3650) * DAY;
            }
            graph.moveTo(from, from + span);
            assertMatches(graph, d, filter, from, from + span);
        }
    }

    @RepeatedTest(4)
    void theCumulativeWindowMatchesABruteForceCountUpToTheCursor() throws EdtfException {
        Random random = new Random(System.nanoTime());
        Dataset d = random(random, 1000, 30);
        WindowGraph graph = new WindowGraph(PairIndex.of(d, Filter.NONE), IndexedDataset.of(d).time());
        long cursor = java.time.LocalDate.of(2001, 1, 1).toEpochDay() * DAY;
        for (int step = 0; step < 40; step++) {
            cursor += (random.nextInt(60) - 15) * DAY;
            graph.moveTo(Long.MIN_VALUE + 1, cursor + 1);
            assertMatches(graph, d, Filter.NONE, Long.MIN_VALUE + 1, cursor + 1);
        }
    }

    @Test
    void actorsCountTheirEventsInTheWindow() throws EdtfException {
        Dataset d = random(new Random(5), 300, 10);
        WindowGraph graph = new WindowGraph(PairIndex.of(d, Filter.NONE), IndexedDataset.of(d).time());
        long from = java.time.LocalDate.of(2004, 1, 1).toEpochDay() * DAY;
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
}
