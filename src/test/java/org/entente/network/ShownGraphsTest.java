package org.entente.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.seed.Seed;
import org.junit.jupiter.api.Test;

/** The graph on show as an export sees it, checked against a walk over every event of the seed. */
class ShownGraphsTest {
    private static final long FROM = SeedGraphs.FROM;
    private static final long TO = SeedGraphs.TO;

    /** What the oracle finds behind one edge: its events by kind and their spans within the window. */
    private record Expected(Map<String, Integer> kinds, List<Spell> spans) {
        int events() {
            return kinds.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Every event of the window, by brute force: each two of its distinct actors whose nodes differ add the
     * event to the edge between their nodes, as the graph counts it (once per pair of actors).
     */
    private static Map<Set<String>, Expected> oracle(Dataset seed, ActorGroups groups, List<String> nodeIds) {
        Map<String, Integer> index = new HashMap<>();
        for (int a = 0; a < seed.actors().size(); a++) {
            index.put(seed.actors().get(a).id(), a);
        }
        Map<Set<String>, Expected> edges = new HashMap<>();
        for (Event event : seed.events()) {
            if (event.when().start() >= TO || event.when().end() <= FROM) {
                continue;
            }
            List<Integer> actors = new ArrayList<>();
            for (Participant p : event.participants()) {
                Integer actor = index.get(p.actor());
                if (actor != null && !actors.contains(actor)) {
                    actors.add(actor);
                }
            }
            for (int i = 0; i < actors.size(); i++) {
                for (int j = i + 1; j < actors.size(); j++) {
                    int a = groups.node(actors.get(i));
                    int b = groups.node(actors.get(j));
                    if (a != b) {
                        Expected edge = edges.computeIfAbsent(Set.of(nodeIds.get(a), nodeIds.get(b)),
                                k -> new Expected(new TreeMap<>(), new ArrayList<>()));
                        edge.kinds().merge(event.kind(), 1, Integer::sum);
                        edge.spans().add(new Spell(Math.max(FROM, event.when().start()), Math.min(TO, event.when().end())));
                    }
                }
            }
        }
        return edges;
    }

    /** The id of every node, actors then groups, as the export names them. */
    private static List<String> nodeIds(Dataset seed, ActorGroups groups) {
        List<String> ids = new ArrayList<>();
        seed.actors().forEach(actor -> ids.add(actor.id()));
        for (int g = 0; g < groups.groupCount(); g++) {
            ids.add(groups.id(g));
        }
        return ids;
    }

    private static ShownGraph eventsOnly(Dataset seed, ActorGroups groups) {
        WindowGraph window = SeedGraphs.window(seed);
        GroupedTies ties = GroupedTies.of(window.pairs(), groups);
        GraphScene scene = GraphScene.of(window, false, -1, 1, GraphLimits.NONE.withRelations(false), new int[0], ties);
        return ShownGraphs.ofEvents("seed", window, scene, groups, false, false).get();
    }

    private static void assertMatchesOracle(ShownGraph shown, Map<Set<String>, Expected> oracle) {
        Map<String, List<Spell>> nodeSpans = new HashMap<>();
        Set<Set<String>> seen = new HashSet<>();
        for (ShownEdge edge : shown.edges()) {
            Set<String> ends = Set.of(edge.source(), edge.target());
            Expected expected = oracle.get(ends);
            assertTrue(expected != null, "the oracle finds no event behind " + ends);
            seen.add(ends);
            assertEquals(expected.events(), edge.events(), "events of " + ends);
            assertEquals(expected.events(), edge.weight(), "without relations, an edge weighs its events: " + ends);
            Map<String, Integer> kinds = new TreeMap<>();
            edge.eventKinds().forEach(k -> kinds.put(k.kind(), k.count()));
            assertEquals(expected.kinds(), kinds, "kinds of " + ends);
            assertEquals(Spell.merged(expected.spans()), edge.spells(), "spells of " + ends);
            nodeSpans.computeIfAbsent(edge.source(), k -> new ArrayList<>()).addAll(expected.spans());
            nodeSpans.computeIfAbsent(edge.target(), k -> new ArrayList<>()).addAll(expected.spans());
        }
        assertEquals(oracle.keySet(), seen, "every tie the events make shows, and no other");
        for (ShownNode node : shown.nodes()) {
            assertEquals(Spell.merged(nodeSpans.get(node.id())), node.spells(), "a node's spells are its edges': " + node.id());
            long degree = shown.edges().stream().filter(e -> e.source().equals(node.id()) || e.target().equals(node.id())).count();
            assertEquals(degree, node.degree(), "degree of " + node.id());
        }
    }

    @Test
    void eachEdgeCarriesTheKindsAndMergedSpellsOfItsEventsInTheWindow() throws IOException {
        Dataset seed = Seed.load();
        ActorGroups none = ActorGroups.none(seed.actors().size());
        ShownGraph shown = eventsOnly(seed, none);

        assertFalse(shown.edges().isEmpty());
        assertMatchesOracle(shown, oracle(seed, none, nodeIds(seed, none)));
        ShownNode li = shown.nodes().stream().filter(n -> n.id().equals("li-qiang")).findFirst().orElseThrow();
        assertEquals("Li Qiang", li.label());
        assertEquals("person", li.kind());
        assertEquals("CHN", li.country());
        assertFalse(li.group());
    }

    @Test
    void groupedByCountryEdgesJoinCountriesWithTheirMembersEvents() throws IOException {
        Dataset seed = Seed.load();
        ActorGroups byCountry = ActorGroups.byCountry(seed.actors());
        ShownGraph shown = eventsOnly(seed, byCountry);

        assertEquals(GroupBy.COUNTRY, shown.grouping());
        assertMatchesOracle(shown, oracle(seed, byCountry, nodeIds(seed, byCountry)));
        ShownNode china = shown.nodes().stream().filter(n -> n.id().equals("country:CHN")).findFirst().orElseThrow();
        assertTrue(china.group());
        assertEquals("CHN", china.country(), "a group by country has its members' country");
        assertEquals(byCountry.memberCount(byCountry.group("country:CHN")), china.members());
    }

    @Test
    void relationsInForceAddTheirPeriodWithinTheWindow() throws IOException {
        ShownGraph shown = SeedGraphs.shown();
        ShownEdge allies = edge(shown, "chn", "prk");

        assertTrue(allies.relations() > 0, "the alliance of 1950 and more hold in 2025");
        assertEquals(allies.events() + allies.relations() + allies.memberships(), allies.weight());
        assertEquals(List.of(new Spell(FROM, TO)), allies.spells(), "a relation open since 1950 spans the whole window");
        for (ShownEdge edge : shown.edges()) {
            assertEquals(edge.events() + edge.relations() + edge.memberships(), edge.weight(), "weight of " + edge);
        }
    }

    @Test
    void edgesPointAsTheirDirectedRelationsInForce() throws IOException {
        ShownGraph shown = SeedGraphs.shown();

        ShownEdge sanctions = edge(shown, "usa", "prk");
        assertEquals(ShownEdge.Arrow.SOURCE_TO_TARGET, sanctions.arrow(), "the United States sanctions North Korea");
        assertEquals(List.of("usa", "prk"), List.of(sanctions.source(), sanctions.target()), "from the sanctioning side");
        ShownEdge hedging = edge(shown, "prk", "rus");
        assertEquals(List.of("prk", "rus"), List.of(hedging.source(), hedging.target()), "North Korea hedges toward Russia");
        assertEquals(ShownEdge.Arrow.BOTH_WAYS, edge(shown, "chn", "prk").arrow(), "China's wariness, North Korea's hedging");
        assertEquals(ShownEdge.Arrow.NONE, edge(shown, "kim-jong-un", "li-qiang").arrow(), "they only met");
    }

    private static ShownEdge edge(ShownGraph shown, String a, String b) {
        return shown.edges().stream().filter(e -> Set.of(e.source(), e.target()).equals(Set.of(a, b))).findFirst()
                .orElseThrow();
    }

    @Test
    void aStoresCountedPairsSpanTheGraphsTimeAndSaySo() {
        CountedPairs pairs = new CountedPairs(3, new int[] {0, 1}, new int[] {0, 1}, new int[] {1, 2}, new int[] {5, 2},
                new double[] {1.5, Double.NaN}, new boolean[] {false, true});
        GraphScene scene = GraphScene.of(pairs, -1, 1, GraphLimits.NONE, new int[0]);
        String[] ids = {"a", "b", "c"};
        ShownGraph shown = ShownGraphs.ofCounted("store", FROM, TO, scene,
                node -> new ShownGraphs.NodeFacts(ids[node], ids[node].toUpperCase(), null, null, false, 1, 0));

        assertTrue(shown.counted());
        assertTrue(shown.description().contains("counted pairs"), shown.description());
        assertEquals(2, shown.edges().size());
        for (ShownEdge edge : shown.edges()) {
            assertEquals(List.of(new Spell(FROM, TO)), edge.spells());
            assertTrue(edge.eventKinds().isEmpty());
        }
        ShownEdge ab = shown.edges().stream().filter(e -> e.weight() == 5).findFirst().orElseThrow();
        assertEquals(Set.of("a", "b"), Set.of(ab.source(), ab.target()));
        assertEquals(1.5, ab.tone(), 1e-6);
        assertTrue(shown.edges().stream().anyMatch(ShownEdge::weakOnly));
    }

    @Test
    void spellsThatOverlapOrTouchMerge() {
        assertEquals(List.of(new Spell(0, 30), new Spell(40, 50)),
                Spell.merged(List.of(new Spell(40, 50), new Spell(10, 20), new Spell(0, 10), new Spell(15, 30))));
    }
}
