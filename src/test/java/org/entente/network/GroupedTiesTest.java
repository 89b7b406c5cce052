package org.entente.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.query.Filter;
import org.entente.seed.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Actors folded into groups on the seed: which tie shows each pair, and what a group's tie sums. */
class GroupedTiesTest {
    private Dataset seed;
    private WindowGraph graph;
    private PairIndex pairs;

    @BeforeEach
    void loadSeed() throws IOException {
        seed = Seed.load();
        IndexedDataset indexed = IndexedDataset.of(seed);
        pairs = PairIndex.of(seed, Filter.NONE);
        graph = new WindowGraph(pairs, indexed.time());
        graph.moveTo(Long.MIN_VALUE + 1, Long.MAX_VALUE - 1);
    }

    private int pair(String a, String b) {
        for (int p = 0; p < pairs.pairCount(); p++) {
            if (pairs.first(p) == Math.min(pairs.actor(a), pairs.actor(b))
                    && pairs.second(p) == Math.max(pairs.actor(a), pairs.actor(b))) {
                return p;
            }
        }
        throw new AssertionError(a + " and " + b + " are no pair");
    }

    @Test
    void countriesAreNamedInEnglishAndHoldTheirStatePeopleAndBodies() {
        ActorGroups groups = ActorGroups.byCountry(seed.actors());
        int prk = groups.group("country:PRK");
        assertEquals("North Korea", groups.label(prk));
        assertEquals(groups.node(pairs.actor("kim-jong-un")), groups.node(pairs.actor("wpk")));
        assertEquals(pairs.actor("sco"), groups.node(pairs.actor("sco")), "the SCO has no country and stays itself");
    }

    @Test
    void aPairShowsThroughTheTieOfItsGroupsAndAPairInsideAGroupShowsNot() {
        GroupedTies ties = GroupedTies.of(pairs, ActorGroups.byCountry(seed.actors()));
        ActorGroups groups = ties.groups();
        int kimXi = ties.tieOf(pair("kim-jong-un", "xi-jinping"));
        assertTrue(ties.isGroupTie(kimXi));
        assertEquals(Math.min(groups.node(pairs.actor("prk")), groups.node(pairs.actor("chn"))), ties.first(kimXi));
        int putinXi = ties.tieOf(pair("vladimir-putin", "xi-jinping"));
        int kimLi = ties.tieOf(pair("kim-jong-un", "li-qiang"));
        assertEquals(kimXi, kimLi, "Kim with Xi and Kim with Li are one tie, North Korea with China");
        assertTrue(putinXi != kimXi);
        assertEquals(-1, ties.tieOf(pair("xi-jinping", "chn")), "Xi Jinping and China are inside China");
        assertTrue(ties.tieOf(pairs.pairCount() - 1) < ties.tieCapacity());
    }

    @Test
    void aGroupTieSumsTheInteractionsOfItsPairs() {
        GraphScene actors = GraphScene.of(graph, false, -1, 1, GraphLimits.NONE, new int[0]);
        ActorGroups groups = ActorGroups.byCountry(seed.actors());
        GraphScene states = GraphScene.of(graph, false, -1, 1, GraphLimits.NONE, new int[0], GroupedTies.of(pairs, groups));
        int chn = groups.group("country:CHN");
        int prk = groups.group("country:PRK");
        int expected = 0;
        for (int e = 0; e < actors.edgeCount(); e++) {
            int a = groups.groupOf(actors.first(e));
            int b = groups.groupOf(actors.second(e));
            if (a == chn && b == prk || a == prk && b == chn) {
                expected += actors.count(e);
            }
        }
        int edge = states.edgeBetween(groups.actorCount() + chn, groups.actorCount() + prk);
        assertTrue(expected >= 2);
        assertEquals(expected, states.count(edge));
        for (int slot = 0; slot < states.nodeCount(); slot++) {
            int node = states.node(slot);
            assertTrue(groups.groupOfNode(node) >= 0 || seed.actors().get(node).country() == null);
        }
    }

    @Test
    void anOpenGroupShowsItsMembersOnTheirOwn() {
        ActorGroups groups = ActorGroups.byCountry(seed.actors());
        ActorGroups open = groups.withOpen(groups.group("country:CHN"), true);
        GroupedTies ties = GroupedTies.of(pairs, open);
        int xi = pairs.actor("xi-jinping");
        assertEquals(xi, open.node(xi));
        int tie = ties.tieOf(pair("xi-jinping", "chn"));
        assertEquals(pair("xi-jinping", "chn"), tie, "Xi Jinping and China on their own are their own pair again");
        assertTrue(ties.isGroupTie(ties.tieOf(pair("xi-jinping", "kim-jong-un"))), "Xi with North Korea is still a group tie");
    }

    @Test
    void aTieSeenFromItsOtherEndTurnsItsDirections() {
        int flags = GraphScene.DIRECTED_FIRST_TO_SECOND | GraphScene.SECOND_MEMBER_OF_FIRST | GraphScene.WEAK_ONLY;
        assertEquals(GraphScene.DIRECTED_SECOND_TO_FIRST | GraphScene.FIRST_MEMBER_OF_SECOND | GraphScene.WEAK_ONLY,
                TieTable.turned(flags));
    }
}
