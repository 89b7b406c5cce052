package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scrub step that takes the window past the years its candidate pairs were chosen for: a pair with no
 * event in those years, and so no candidate, bursts in the days the step gains and passes the candidates.
 * The step must not answer with the candidates alone; the top pairs are the memory store's.
 */
class DuckStoreScrubPastTheYearsTest {
    private static final int LIMIT = 4;
    private static final String[][] STEADY = {{"a", "b"}, {"c", "d"}, {"e", "f"}, {"g", "h"}};

    @Test
    void aPairBurstingJustPastTheCandidatesYearsIsAmongTheTopPairs(@TempDir Path dir) throws IOException, EdtfException {
        Dataset dataset = dataset();
        MemoryStore memory = new MemoryStore(IndexedDataset.of(dataset));
        StoreWriter.write(dir.resolve("burst.duckdb"), dataset);
        try (SqlStore store = DuckStore.open(dir.resolve("burst.duckdb"))) {
            store.keepEveryPairUpTo(0);
            TimeWindow before = new TimeWindow(Edtf.parse("2001-02-01").start(), Edtf.parse("2001-12-20").start());
            assertEquals(memory.pairs(Filter.NONE, before, LIMIT), store.pairs(Filter.NONE, before, LIMIT));
            assertNotNull(store.keptPairs(), "the window of 2001 is answered by its candidates");
            assertTrue(store.keptPairs().bounded());

            long step = 15 * 86_400_000L;
            TimeWindow after = new TimeWindow(before.start() + step, before.end() + step);
            List<PairRow> top = memory.pairs(Filter.NONE, after, LIMIT);
            assertEquals("p", top.get(0).first(), "the burst leads in memory: " + top);
            assertEquals(top, store.pairs(Filter.NONE, after, LIMIT), after::toString);
        }
    }

    /** Four pairs meeting every six days of 2001, and a fifth meeting 80 times on 2 January 2002. */
    private static Dataset dataset() throws EdtfException {
        List<Actor> actors = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d", "e", "f", "g", "h", "p", "q")) {
            actors.add(new Actor(id, id.toUpperCase(), ActorKind.STATE, List.of(), null, null, List.of(), Extras.NONE));
        }
        List<Event> events = new ArrayList<>();
        for (String[] pair : STEADY) {
            for (int k = 0; k < 60; k++) {
                events.add(event(pair[0] + pair[1] + k, LocalDate.ofYearDay(2001, 5 + 6 * k).toString(), pair[0], pair[1]));
            }
        }
        for (int k = 0; k < 80; k++) {
            events.add(event("pq" + k, "2002-01-02", "p", "q"));
        }
        return new Dataset("A burst past the year", null, List.of(), actors, events, List.of(), Extras.NONE);
    }

    private static Event event(String id, String when, String first, String second) throws EdtfException {
        return new Event(id, "Talks " + id, Edtf.parse(when), "meeting", null, null,
                List.of(new Participant(first, null), new Participant(second, null)), 1.0, List.of(), List.of(), List.of(),
                Extras.NONE);
    }
}
