package org.entente.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.junit.jupiter.api.Test;

/** How roles turn participants' countries into flows, on hand-made events. */
class EventPlacesTest {
    private static final List<String> CODES = List.of("ARG", "BRA", "CAN", "DEU", "ESP", "FRA", "GBR", "IND", "JPN",
            "KEN", "MEX", "NOR");

    @Test
    void aSummitPairsOnlyItsFirstEightCountries() {
        List<Actor> actors = new ArrayList<>();
        Participant[] attendees = new Participant[CODES.size()];
        for (int i = 0; i < CODES.size(); i++) {
            actors.add(PlacesFixtures.state("s" + i, CODES.get(i)));
            attendees[i] = new Participant("s" + i, "attendee");
        }
        Dataset dataset = PlacesFixtures.dataset(actors, List.of(PlacesFixtures.event("summit", "2020-01-01", null, 1,
                attendees)));
        EventPlaces places = EventPlaces.of(dataset, Filter.NONE);
        assertEquals(CODES.size(), places.countriesEnd(0) - places.countriesStart(0), "it counts in every country");
        assertEquals(EventPlaces.MAX_FLOW_COUNTRIES * (EventPlaces.MAX_FLOW_COUNTRIES - 1) / 2,
                places.flowsEnd(0) - places.flowsStart(0));
        for (int slot = places.flowsStart(0); slot < places.flowsEnd(0); slot++) {
            int flow = places.flowAt(slot);
            assertTrue(places.flowTo(flow) < EventPlaces.MAX_FLOW_COUNTRIES, places.countries().code(places.flowTo(flow)));
        }
    }

    @Test
    void flowsJoinOnlyCountriesTheMapCanDraw() {
        List<Actor> actors = List.of(PlacesFixtures.state("bra", "BRA"), PlacesFixtures.state("arg", "ARG"),
                PlacesFixtures.state("made-up", "XQZ"));
        Dataset dataset = PlacesFixtures.dataset(actors, List.of(PlacesFixtures.event("talks", "2020-01-01", null, 1,
                new Participant("bra", "attendee"), new Participant("arg", "attendee"), new Participant("made-up", "attendee"))));
        EventPlaces places = EventPlaces.of(dataset, Filter.NONE, code -> !code.equals("XQZ"));
        assertEquals(1, places.flowCount(), "Brazil and Argentina, not the country no map has");
        assertEquals(3, places.countriesEnd(0) - places.countriesStart(0), "though the event still counts in all three");
        assertEquals(3, EventPlaces.of(dataset, Filter.NONE).flowCount());
    }

    @Test
    void rolesAreReadWhateverTheirCaseAndACountryIsNoFlowToItself() {
        List<Actor> actors = List.of(PlacesFixtures.state("bra", "BRA"), PlacesFixtures.state("bra-minister", "BRA"),
                PlacesFixtures.state("arg", "ARG"), PlacesFixtures.state("nowhere", null));
        Dataset dataset = PlacesFixtures.dataset(actors, List.of(
                PlacesFixtures.event("sanctions", "2020-01-01", null, -5, new Participant("bra", "Initiator"),
                        new Participant("arg", "TARGET"), new Participant("nowhere", "target")),
                PlacesFixtures.event("domestic", "2020-01-01", null, 1, new Participant("bra", "visitor"),
                        new Participant("bra-minister", "host"))));
        EventPlaces places = EventPlaces.of(dataset, Filter.NONE);
        assertEquals(1, places.flowsEnd(0) - places.flowsStart(0));
        int flow = places.flowAt(places.flowsStart(0));
        assertTrue(places.isDirected(flow));
        assertEquals("BRA", places.countries().code(places.flowFrom(flow)));
        assertEquals("ARG", places.countries().code(places.flowTo(flow)));
        assertEquals(0, places.flowsEnd(1) - places.flowsStart(1), "a visit within Brazil");
        assertEquals(1, places.countriesEnd(1) - places.countriesStart(1));
    }
}
