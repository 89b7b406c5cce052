package org.entente.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;

/** The country filter: an event's place decides, and its participants' countries only when it has no country of its own. */
class FilterCountryTest {
    private static final Dataset DATASET = new Dataset("Countries", null, List.of(), List.of(
            actor("xi", "CHN"), actor("kim", "PRK"), actor("trump", "USA"), actor("sco", null)),
            List.of(), List.of(), Extras.NONE);

    private static Actor actor(String id, String country) {
        return new Actor(id, id, ActorKind.PERSON, List.of(), country, null, List.of(), Extras.NONE);
    }

    private static Event event(Location location, String... actors) throws EdtfException {
        List<Participant> participants = Arrays.stream(actors).map(a -> new Participant(a, null)).toList();
        return new Event("e", "Event", Edtf.parse("2025-09-03"), "meeting", null, location, participants, Double.NaN,
                List.of(), List.of(), List.of(), Extras.NONE);
    }

    private static Location in(String country) {
        return new Location("Somewhere", country, Double.NaN, Double.NaN);
    }

    @Test
    void anEventWithAPlacePassesByTheCountryItTookPlaceInAlone() throws EdtfException {
        Event beijing = event(in("CHN"), "xi", "kim", "trump");
        assertTrue(Filter.NONE.withCountries(Set.of("CHN")).matches(beijing, DATASET));
        assertTrue(Filter.NONE.withCountries(Set.of("RUS", "CHN")).matches(beijing, DATASET), "any of the countries will do");
        assertFalse(Filter.NONE.withCountries(Set.of("PRK")).matches(beijing, DATASET),
                "a participant's country does not count where the place gives one");
        assertEquals(Set.of("CHN"), EventCountries.of(beijing, DATASET));
    }

    @Test
    void anEventWithoutACountryOfItsOwnPassesByItsParticipantsCountries() throws EdtfException {
        Event letter = event(null, "kim", "trump", "sco", "nobody");
        Event unnamedCountry = event(in(null), "xi");
        Event blankCountry = event(in(" "), "xi");
        assertTrue(Filter.NONE.withCountries(Set.of("USA")).matches(letter, DATASET));
        assertFalse(Filter.NONE.withCountries(Set.of("CHN")).matches(letter, DATASET));
        assertTrue(Filter.NONE.withCountries(Set.of("CHN")).matches(unnamedCountry, DATASET), "a place with no country");
        assertTrue(Filter.NONE.withCountries(Set.of("CHN")).matches(blankCountry, DATASET), "a blank country is none");
        assertEquals(List.of("PRK", "USA"), List.copyOf(EventCountries.of(letter, DATASET)),
                "in the participants' order, without actors of no country or unknown actors");
        assertEquals(Set.of("CHN"), EventCountries.of(event(null, "xi", "xi"), DATASET), "each country once");
    }

    @Test
    void noCountriesMeansAnyAndAnEventOfNoKnownCountryPassesOnlyThen() throws EdtfException {
        Event nowhere = event(null, "sco");
        assertTrue(Filter.NONE.matches(nowhere, DATASET));
        assertTrue(Filter.NONE.matches(event(in("CHN")), DATASET));
        assertFalse(Filter.NONE.withCountries(Set.of("CHN")).matches(nowhere, DATASET));
        assertEquals(Set.of(), EventCountries.of(nowhere, DATASET));
    }

    @Test
    void withCountriesSetsTheCountriesAloneAndKeepsACopy() {
        Set<String> codes = new HashSet<>(Set.of("PRK"));
        Filter parades = Filter.NONE.withEventKinds(Set.of("parade"));
        Filter filter = parades.withCountries(codes);
        codes.add("CHN");
        assertEquals(Set.of("PRK"), filter.countries());
        assertEquals(Set.of("parade"), filter.eventKinds());
        assertFalse(filter.isEmpty());
        assertEquals(parades, filter.withCountries(Set.of()));
        assertThrows(UnsupportedOperationException.class, () -> filter.countries().add("USA"));
    }
}
