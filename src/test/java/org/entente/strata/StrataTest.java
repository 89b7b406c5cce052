package org.entente.strata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.model.Dataset;
import org.entente.model.DatasetStats;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.query.Filter;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

class StrataTest {
    private static Event event(String kind, double tone) throws EdtfException {
        return new Event("e" + Math.random(), "Event", Edtf.parse("2020-01-01"), kind, null, null, List.of(), tone,
                List.of(), List.of(), List.of(), Extras.NONE);
    }

    /** Kind k0 has ten events, k1 nine, and so on down to k9 with one; two events have no kind. */
    private static List<Event> tenKinds() throws EdtfException {
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            for (int i = 0; i < 10 - k; i++) {
                events.add(event("k" + k, k - 5.0));
            }
        }
        events.add(event(null, Double.NaN));
        events.add(event(null, Double.NaN));
        return events;
    }

    private static Strata of(ColorMode mode, List<Event> events) {
        Dataset dataset = new Dataset("Kinds", null, List.of(), List.of(), events, List.of(), Extras.NONE);
        return Strata.of(mode, DatasetStats.of(dataset), events);
    }

    @Test
    void theSevenCommonestKindsHaveGroupsOfTheirOwnAndTheRestShareOne() throws EdtfException {
        List<Event> events = tenKinds();
        Strata strata = of(ColorMode.KIND, events);

        assertEquals(List.of("k0", "k1", "k2", "k3", "k4", "k5", "k6", "3 other kinds", "no kind"),
                strata.groups().stream().map(Strata.Stratum::label).toList());
        assertEquals(List.of(10, 9, 8, 7, 6, 5, 4, 6, 2), strata.sizes());
        assertEquals(7, strata.of(events.get(events.size() - 3)), "k9 is among the other kinds");
    }

    @Test
    void toneBandsRunFromConflictToCooperationWithTheUntonedApart() throws EdtfException {
        Strata strata = of(ColorMode.TONE, tenKinds());
        assertEquals(0, strata.of(event("x", -7)));
        assertEquals(1, strata.of(event("x", -3)));
        assertEquals(2, strata.of(event("x", 0)));
        assertEquals(3, strata.of(event("x", 3)));
        assertEquals(4, strata.of(event("x", 12)), "tones past the scale count as its end");
        assertEquals(5, strata.of(event("x", Double.NaN)));
        assertFalse(strata.filterable(5), "no filter asks for events without a tone");
    }

    @Test
    void aGroupTogglesTheFilterToItAndBackLeavingTheRestOfTheFilter() throws EdtfException {
        Strata strata = of(ColorMode.KIND, tenKinds());
        Filter tagged = Filter.NONE.withTags(Set.of("summit"));
        Filter narrowed = strata.toggle(7, tagged);
        assertEquals(Set.of("k7", "k8", "k9"), narrowed.eventKinds());
        assertEquals(Set.of("summit"), narrowed.tags());
        assertTrue(strata.isFilteredTo(7, narrowed));
        assertEquals(tagged, strata.toggle(7, narrowed));

        Strata tones = of(ColorMode.TONE, tenKinds());
        Filter conflict = tones.toggle(0, Filter.NONE);
        assertEquals(-10, conflict.minTone());
        assertEquals(-5, conflict.maxTone());
        assertEquals(Filter.NONE, tones.toggle(0, conflict));
    }
}
