package org.entente.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the seed tells a reader, beyond loading cleanly: the tensions inside the alignment, not only the alignment. */
class SeedContentTest {
    private static Dataset seed;

    @BeforeAll
    static void load() {
        seed = new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow();
    }

    private static Relation relation(String id) {
        return seed.relations().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void chinasWarinessAndNorthKoreasHedgingAreDirectedRelationsWithTheirOwnTone() {
        Relation wariness = relation("rel-chn-prk-wariness");
        assertTrue(wariness.directed() && wariness.from().equals("chn") && wariness.to().equals("prk"));
        assertTrue(wariness.tone() < 0, "wariness is cool");
        Relation awayFromChina = relation("rel-prk-chn-hedging");
        Relation towardRussia = relation("rel-prk-rus-hedging");
        assertTrue(awayFromChina.directed() && towardRussia.directed());
        assertTrue(awayFromChina.tone() < 0 && towardRussia.tone() > 0, "North Korea leans away from Beijing, toward Moscow");
        assertFalse(wariness.citations().isEmpty() || awayFromChina.citations().isEmpty() || towardRussia.citations().isEmpty());
    }

    @Test
    void theNorthKoreaAlignmentsCarryTheConvenienceCaveat() {
        for (String id : new String[] {"rel-align-chn-prk", "rel-align-prk-rus", "rel-align-chn-rus"}) {
            assertTrue(relation(id).summary().contains("convenience"), id);
        }
    }

    @Test
    void inferredStartsAreMarkedUncertainAndTheTroopsEventHasATone() {
        assertTrue(relation("rel-prk-rus-cooperation").when().text().contains("?"), "inferred from 2024 figures");
        assertTrue(relation("rel-usa-chn-tariffs").when().text().contains("?"), "inferred from \"recent imposition\"");
        Event troops = seed.events().stream().filter(e -> e.id().equals("ev-prk-troops-weapons-ukraine-war")).findFirst()
                .orElseThrow();
        assertFalse(Double.isNaN(troops.tone()));
    }

    @Test
    void theDescriptionIsForReadersAndTheEditorsNotesHaveAFieldOfTheirOwn() {
        assertFalse(seed.description().contains(".txt"), "no file names of the seed articles in what readers see first");
        assertTrue(seed.extras().fields().get("x-editorial-notes").contains("claims.when"), "the editor's notes are kept");
        assertEquals(14, seed.relations().size());
    }
}
