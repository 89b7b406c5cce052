package org.entente.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.geo.EqualEarth;
import org.entente.model.Dataset;
import org.entente.query.Filter;
import org.entente.seed.Seed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The places of the seed dataset's events: where its points are, which countries they count in, and its flows. */
class SeedPlacesTest {
    private static Dataset seed;
    private static EventPlaces places;

    @BeforeAll
    static void load() throws IOException {
        seed = Seed.load();
        places = EventPlaces.of(seed, Filter.NONE);
    }

    @Test
    void theBeijingParadeSitsAtBeijingAndTheVisitInPyongyang() {
        int parade = PlacesFixtures.event(seed, "ev-beijing-parade-2025");
        assertTrue(places.hasPoint(parade));
        assertEquals(EqualEarth.x(116.4074, 39.9042), places.x(parade), 1e-12);
        assertEquals(EqualEarth.y(39.9042), places.y(parade), 1e-12);
        int visit = PlacesFixtures.event(seed, "ev-li-qiang-visit-2025");
        assertEquals(EqualEarth.x(125.7625, 39.0392), places.x(visit), 1e-12);
        assertEquals(EqualEarth.y(39.0392), places.y(visit), 1e-12);
        assertEquals(List.of("PRK"), countries(visit));
    }

    @Test
    void aVisitGoesFromTheVisitorsCountryToTheHosts() {
        assertEquals(List.of("PRK→CHN"), flows(PlacesFixtures.event(seed, "ev-kim-beijing-visit-2025")));
        assertEquals(List.of("CHN→PRK"), flows(PlacesFixtures.event(seed, "ev-li-qiang-visit-2025")));
    }

    @Test
    void anEventWithoutLocationTakesItsParticipantsCountries() {
        int statement = PlacesFixtures.event(seed, "ev-prk-statement-multilateralism-2025");
        assertFalse(places.hasPoint(statement));
        assertEquals(List.of("PRK", "CHN", "USA"), countries(statement));
        assertEquals(List.of("PRK→CHN"), flows(statement), "the author's country to the addressee's; the subject is no party");
        int aid = PlacesFixtures.event(seed, "ev-prk-troops-weapons-ukraine-war");
        assertEquals(List.of("PRK→RUS", "PRK→UKR"), flows(aid));
    }

    @Test
    void withoutDirectionCountriesArePairedEitherWay() {
        int wary = PlacesFixtures.event(seed, "ev-chn-wary-prk-russia-2025");
        assertEquals(List.of("CHN–PRK", "CHN–RUS", "PRK–RUS"), flows(wary));
    }

    @Test
    void theFilterHidesEvents() {
        WindowPlaces window = PlacesFixtures.everything(seed, Filter.NONE.withEventKinds(Set.of("parade")));
        EventPlaces parades = window.places();
        int parade = PlacesFixtures.event(seed, "ev-beijing-parade-2025");
        int visit = PlacesFixtures.event(seed, "ev-kim-beijing-visit-2025");
        assertTrue(parades.isShown(parade));
        assertFalse(parades.isShown(visit));
        assertEquals(0, parades.flowsEnd(visit) - parades.flowsStart(visit));
        assertEquals(1, window.countryEvents(parades.countries().of("CHN")), "the Beijing parade alone");
        assertEquals(1, window.countryEvents(parades.countries().of("PRK")), "the Pyongyang parade alone");
        assertEquals(6, window.activeFlows(), "the Beijing parade's four countries, paired either way");
        for (int rank = 0; rank < window.activeFlows(); rank++) {
            assertEquals(1, window.flowEvents(window.flowByRank(rank)));
        }
    }

    private static List<String> countries(int event) {
        List<String> codes = new ArrayList<>();
        for (int slot = places.countriesStart(event); slot < places.countriesEnd(event); slot++) {
            codes.add(places.countries().code(places.countryAt(slot)));
        }
        return codes;
    }

    private static List<String> flows(int event) {
        List<String> flows = new ArrayList<>();
        for (int slot = places.flowsStart(event); slot < places.flowsEnd(event); slot++) {
            int flow = places.flowAt(slot);
            flows.add(places.countries().code(places.flowFrom(flow)) + (places.isDirected(flow) ? "→" : "–")
                    + places.countries().code(places.flowTo(flow)));
        }
        return flows;
    }
}
