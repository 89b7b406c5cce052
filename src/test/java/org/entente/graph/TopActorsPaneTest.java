package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The list of most connected actors keeps its figures short enough for its narrow column. */
class TopActorsPaneTest {
    @Test
    void countsAreShortenedPastAThousand() {
        assertEquals("947", TopActorsPane.compact(947));
        assertEquals("10.6k", TopActorsPane.compact(10_566));
        assertEquals("510.5k", TopActorsPane.compact(510_514));
        assertEquals("1.2M", TopActorsPane.compact(1_234_567));
    }
}
