package org.entente.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search on the seed dataset: what an analyst types and what must come first. */
class SeedSearchTest {
    private static final BooleanSupplier NEVER = () -> false;
    private static Dataset dataset;
    private static SearchIndex index;

    @BeforeAll
    static void load() {
        dataset = new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow();
        index = SearchIndex.of(dataset);
    }

    private static List<SearchHit> search(String query) {
        return index.search(query, 20, NEVER);
    }

    @Test
    void aWholeNameFindsTheActorFirst() {
        SearchHit first = search("Medvedev").get(0);

        assertEquals(HitKind.ACTOR, first.kind());
        assertEquals("dmitry-medvedev", first.id());
        assertEquals("Dmitry Medvedev", first.label());
        assertEquals("person", first.detail());
    }

    @Test
    void aPrefixOfAWordIsEnough() {
        assertEquals("dmitry-medvedev", search("medv").get(0).id());
        assertEquals("dmitry-medvedev", search("dm med").get(0).id());
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals("dmitry-medvedev", search("Medvédev").get(0).id());
        assertEquals("dmitry-medvedev", search("MEDVEDEV").get(0).id());
        assertEquals(search("medvedev"), search("MÉDVÈDEV"));
    }

    @Test
    void anAliasIsShownWhenOnlyItMatched() {
        SearchHit hit = search("dmitri").get(0);

        assertEquals("dmitry-medvedev", hit.id());
        assertEquals("person · alias Dmitri Medvedev", hit.detail());
        assertTrue(hit.score() < search("dmitry").get(0).score());
    }

    @Test
    void twoWordsFindTheActorThenItsEvents() {
        List<SearchHit> hits = search("li qiang");

        assertEquals(HitKind.ACTOR, hits.get(0).kind());
        assertEquals("li-qiang", hits.get(0).id());
        assertTrue(hits.size() > 1);
        assertTrue(hits.subList(1, hits.size()).stream().allMatch(h -> h.kind() == HitKind.EVENT), hits::toString);
        assertEquals("ev-li-qiang-visit-2025", hits.get(1).id());
        assertEquals("9–11 Oct 2025 · in the title", hits.get(1).detail());
    }

    @Test
    void everyQueryWordMustBeFound() {
        assertEquals(List.of(), search("li zzz"));
        assertTrue(search("qiang xylophone").isEmpty());
    }

    @Test
    void aWordOnlyInAQuoteFindsTheEventWithASnippet() {
        List<SearchHit> hits = search("reminiscent");

        assertEquals(1, hits.size(), hits::toString);
        SearchHit hit = hits.get(0);
        assertEquals(HitKind.EVENT, hit.kind());
        assertEquals("ev-kim-il-sung-balancing", hit.id());
        assertTrue(hit.detail().contains(" · in a quote: "), hit.detail());
        assertTrue(hit.detail().toLowerCase().contains("reminiscent"), hit.detail());
    }

    @Test
    void tagsAreFoundByTheirHashWithTheirCount() {
        SearchHit byHash = search("#military-parade").get(0);

        assertEquals(HitKind.TAG, byHash.kind());
        assertEquals("military-parade", byHash.id());
        assertEquals("#military-parade", byHash.label());
        assertEquals("2 events", byHash.detail());
        assertTrue(search("#milit").stream().allMatch(hit -> hit.kind() == HitKind.TAG), "a # query lists only tags");
    }

    @Test
    void aWordWithoutAHashFindsNoTag() {
        List<SearchHit> hits = search("parade");

        assertEquals(HitKind.EVENT, hits.get(0).kind(), hits::toString);
        assertTrue(hits.stream().noneMatch(hit -> hit.kind() == HitKind.TAG), hits::toString);
    }

    @Test
    void theLimitIsRespected() {
        assertTrue(search("korea").size() > 3);
        assertEquals(3, index.search("korea", 3, NEVER).size());
        assertEquals(List.of(), index.search("korea", 0, NEVER));
    }

    @Test
    void hitsComeActorsThenEventsAndScoresNeverRise() {
        List<SearchHit> hits = search("korea");
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).kind().compareTo(hits.get(i).kind()) <= 0, hits::toString);
            assertTrue(hits.get(i - 1).score() >= hits.get(i).score(), hits::toString);
        }
    }

    @Test
    void aBlankQueryFindsNothing() {
        assertEquals(List.of(), search(""));
        assertEquals(List.of(), search("   "));
        assertEquals(List.of(), search("#-?"));
        assertEquals(List.of(), index.search(null, 10, NEVER));
    }

    @Test
    void aCancelledSearchStopsAtOnceAndFindsNothing() {
        AtomicInteger polls = new AtomicInteger();
        index.search("a", 20, () -> polls.incrementAndGet() < 0);
        int pollsOfAFullSearch = polls.get();

        AtomicInteger pollsCancelled = new AtomicInteger();
        List<SearchHit> hits = index.search("a", 20, () -> pollsCancelled.incrementAndGet() > 0);

        assertEquals(List.of(), hits);
        assertEquals(1, pollsCancelled.get());
        assertTrue(pollsOfAFullSearch > 10, () -> pollsOfAFullSearch + " polls");
    }
}
