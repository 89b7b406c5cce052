package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.geo.Atlas;
import org.entente.geo.AtlasCountry;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.entente.places.EventPlaces;
import org.entente.query.Filter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the map can place of each real source: points inside the country the source names, and flows
 * between countries the atlas draws. The shared samples are read when they are there.
 */
class SamplePlacesTest {
    @TempDir
    Path dir;

    private static EventPlaces places(Dataset dataset) {
        return EventPlaces.of(dataset, Filter.NONE, code -> Atlas.coarse().country(code) != null);
    }

    private Dataset converted(Importer importer, Path sample) throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(sample), "no " + sample);
        return ConvertedDataset.convert(importer, dir, sample).dataset();
    }

    /** The share of events with a point whose point lies in the country its location names (or on its coast). */
    private static double pointsInTheirCountry(Dataset dataset, EventPlaces places) {
        int points = 0;
        int inside = 0;
        for (int e = 0; e < places.size(); e++) {
            String named = dataset.events().get(e).location() == null ? null : dataset.events().get(e).location().country();
            if (places.hasPoint(e) && named != null && Atlas.coarse().country(named) != null) {
                points++;
                AtlasCountry at = Atlas.fine().countryAt(places.x(e), places.y(e));
                if (at == null || named.equals(at.code())) {
                    inside++;
                }
            }
        }
        assertTrue(points > 0, "some events have a point");
        return inside / (double) points;
    }

    /** Asserts that at least {@code share} of a sample's points lie in the country they name, and that it has flows. */
    private void assertPlaced(Importer importer, String sample, double share) throws IOException {
        Dataset dataset = converted(importer, ConvertedDataset.SHARED_DATA.resolve(sample));
        EventPlaces places = places(dataset);
        double inside = pointsInTheirCountry(dataset, places);
        assertTrue(inside > share, inside + " of the points in their country");
        assertTrue(places.flowCount() > 100, places.flowCount() + " flows");
    }

    /**
     * GDELT names Israel as the country of Jerusalem, Hebron and Gaza, which Natural Earth draws in
     * Palestine: 115 of the sample's points, the only ones outside the country they name.
     */
    @Test
    void gdeltEventsLieInTheirCountriesAndJoinCountries() throws IOException {
        assertPlaced(new GdeltImporter(), "gdelt2_20180101000000.export.CSV", 0.9);
    }

    @Test
    void icewsEventsLieInTheirCountriesAndJoinCountries() throws IOException {
        assertPlaced(new IcewsImporter(), "icews_events.2018.sample.tab", 0.95);
    }

    @Test
    void anAcledBattleInMaiduguriIsInNigeria() throws IOException {
        Dataset dataset = ConvertedDataset.convert(new AcledImporter(), dir, Path.of("src/test/resources/convert/acled/events.csv"))
                .dataset();
        EventPlaces places = places(dataset);
        int battle = dataset.eventPosition(dataset.events().stream().filter(e -> e.location() != null
                && e.location().name().startsWith("Maiduguri")).findFirst().orElseThrow().id());
        assertTrue(places.hasPoint(battle));
        assertEquals("NGA", Atlas.coarse().countryAt(places.x(battle), places.y(battle)).code());
    }

    /** The Office of the Historian's trips abroad go from the United States; visits to it come to it. */
    @Test
    void aPresidentsTripsAreFlowsFromTheUnitedStates() {
        Dataset dataset = new DatasetLoader(LoadMode.STRICT).load(Path.of("data/us-diplomatic-travels.json.gz")).dataset()
                .orElseThrow();
        EventPlaces places = places(dataset);
        int fromUs = 0;
        int toUs = 0;
        int usa = places.countries().of("USA");
        for (int flow = 0; flow < places.flowCount(); flow++) {
            assertTrue(places.isDirected(flow), "a visit goes from the visitor to the host");
            fromUs += places.flowFrom(flow) == usa ? 1 : 0;
            toUs += places.flowTo(flow) == usa ? 1 : 0;
        }
        assertTrue(fromUs > 100 && toUs > 100, fromUs + " flows from the United States, " + toUs + " to it");
        assertEquals(places.flowCount(), fromUs + toUs, "every flow has the United States at one end");
    }
}
