package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.entente.model.Citation;
import org.entente.model.Dataset;
import org.entente.model.Extras;
import org.entente.model.Relation;
import org.entente.model.Reliability;
import org.entente.model.Source;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

/** Which filters narrow relations: dates, reliability and tone do; event kinds, tags and countries, which speak of events, do not. */
class FilterRelationTest {
    private static final long DAY = 86_400_000L;

    private static final Dataset DATASET = new Dataset("Sources", null, List.of(
            new Source("good", "Good", null, null, null, Reliability.B, Extras.NONE),
            new Source("poor", "Poor", null, null, null, Reliability.E, Extras.NONE)),
            List.of(), List.of(), List.of(), Extras.NONE);

    private static Relation relation(String when, double tone, String source) throws EdtfException {
        return new Relation("r", "a", "b", "alliance", false, when == null ? null : Edtf.parse(when), tone, null,
                List.of(new Citation(source, null, null, 0)), Extras.NONE);
    }

    private static TimeWindow year(int year) {
        long start = java.time.LocalDate.of(year, 1, 1).toEpochDay() * DAY;
        return new TimeWindow(start, java.time.LocalDate.of(year + 1, 1, 1).toEpochDay() * DAY);
    }

    @Test
    void aDateRangeKeepsTheRelationsInForceThenAndThoseWithoutAPeriod() throws EdtfException {
        Filter in2020 = Filter.NONE.withDateRange(year(2020));
        assertTrue(in2020.matches(relation("2019/2021", Double.NaN, "good"), DATASET));
        assertFalse(in2020.matches(relation("2005/2010", Double.NaN, "good"), DATASET));
        assertTrue(in2020.matches(relation(null, Double.NaN, "good"), DATASET), "a relation without a period always holds");
    }

    @Test
    void reliabilityAndToneNarrowRelationsAsTheyDoEvents() throws EdtfException {
        Filter reliable = Filter.NONE.withMinReliability(Reliability.C);
        assertTrue(reliable.matches(relation(null, Double.NaN, "good"), DATASET));
        assertFalse(reliable.matches(relation(null, Double.NaN, "poor"), DATASET));
        Filter cooperative = Filter.NONE.withTone(2, 10);
        assertTrue(cooperative.matches(relation(null, 5, "good"), DATASET));
        assertFalse(cooperative.matches(relation(null, -5, "good"), DATASET));
        assertFalse(cooperative.matches(relation(null, Double.NaN, "good"), DATASET), "no tone, so nothing says it fits");
    }

    @Test
    void eventKindsTagsAndCountriesLeaveRelationsAlone() throws EdtfException {
        Filter parades = Filter.NONE.withEventKinds(Set.of("parade")).withTags(Set.of("military"))
                .withCountries(Set.of("CHN"));
        assertTrue(parades.matches(relation("2019/2021", Double.NaN, "poor"), DATASET));
    }
}
