package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.entente.index.IndexedDataset;
import org.entente.model.Event;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.seed.Seed;
import org.entente.state.Selection;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a briefing lists for each kind of selection on the seed: an actor's, a tie's and a group's events are
 * those of the window that the filter lets through and that they take part in, said in words.
 */
class BriefingScopeTest {
    private static final String PUTIN = "vladimir-putin";
    private static final String KIM = "kim-jong-un";

    private static IndexedDataset data;
    private static TimeWindow year;

    @BeforeAll
    static void loadSeed() throws IOException, EdtfException {
        data = IndexedDataset.of(Seed.load());
        year = new TimeWindow(Edtf.parse("2025").start(), Edtf.parse("2025").end());
    }

    @Test
    void anActorsBriefingListsTheEventsHeTakesPartInWithinTheWindowAndFilter() throws EdtfException {
        BriefingScope all = BriefingScope.of(new Selection.OfActor(PUTIN), data, year, Filter.NONE);
        assertEquals("Events of " + data.dataset().actorName(PUTIN) + " in the window", all.words());
        assertEquals(expected(year, e -> e.involves(PUTIN)), ids(all.events().events()));
        assertTrue(all.events().events().size() >= 3, "the seed has several of Putin's events: " + ids(all.events().events()));

        TimeWindow september = new TimeWindow(Edtf.parse("2025-09").start(), Edtf.parse("2025-09").end());
        List<String> inSeptember = ids(BriefingScope.of(new Selection.OfActor(PUTIN), data, september, Filter.NONE).events().events());
        assertEquals(expected(september, e -> e.involves(PUTIN)), inSeptember);
        assertTrue(inSeptember.size() < all.events().events().size(), "a narrower window lists fewer: " + inSeptember);

        Filter visits = Filter.NONE.withEventKinds(Set.of("official-visit"));
        List<String> filtered = ids(BriefingScope.of(new Selection.OfActor(PUTIN), data, year, visits).events().events());
        assertEquals(expected(year, e -> e.involves(PUTIN) && "official-visit".equals(e.kind())), filtered);
        assertTrue(filtered.size() < all.events().events().size(), "the filter leaves some out: " + filtered);
    }

    @Test
    void aTiesBriefingListsOnlyTheEventsTheTwoShare() {
        BriefingScope tie = BriefingScope.of(new Selection.OfPair(KIM, PUTIN), data, year, Filter.NONE);
        assertEquals("Events of " + data.dataset().actorName(KIM) + " and " + data.dataset().actorName(PUTIN)
                + " together in the window", tie.words());
        List<String> listed = ids(tie.events().events());
        assertEquals(expected(year, e -> e.involves(KIM) && e.involves(PUTIN)), listed);
        assertFalse(listed.isEmpty(), "Kim and Putin met in 2025");
        assertTrue(listed.size() < expected(year, e -> e.involves(KIM) || e.involves(PUTIN)).size(),
                "fewer than the events of either");
    }

    @Test
    void aGroupsBriefingListsTheEventsOfAnyOfItsMembers() {
        Selection.OfGroup leaders = new Selection.OfGroup("leaders", "The three leaders", Set.of(KIM, PUTIN, "xi-jinping"));
        BriefingScope group = BriefingScope.of(leaders, data, year, Filter.NONE);
        assertEquals("Events of The three leaders in the window", group.words());
        assertEquals(expected(year, e -> e.involves(KIM) || e.involves(PUTIN) || e.involves("xi-jinping")),
                ids(group.events().events()));
    }

    @Test
    void withNothingSelectedItListsTheWindow() {
        BriefingScope window = BriefingScope.of(null, data, year, Filter.NONE);
        assertEquals("Events in the window", window.words());
        assertEquals(expected(year, e -> true), ids(window.events().events()));
    }

    private static List<String> expected(TimeWindow window, java.util.function.Predicate<Event> keep) {
        return ids(data.dataset().events().stream()
                .filter(e -> e.when().start() < window.end() && e.when().end() > window.start()).filter(keep)
                .sorted(java.util.Comparator.comparingLong((Event e) -> e.when().start()).thenComparingLong(e -> e.when().end()))
                .toList());
    }

    private static List<String> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }
}
