package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GDELT actors of different countries or roles that share a name are different actors that read
 * differently, and each carries its ISO country; rows from actors.export.CSV, a case a line.
 */
class GdeltActorIdentityTest {
    private static final Path FIXTURE = Path.of("src/test/resources/convert/gdelt/actors.export.CSV");

    @TempDir
    Path dir;

    private Dataset dataset;
    private Map<String, Actor> byLabel;

    @BeforeEach
    void convert() throws IOException {
        dataset = ConvertedDataset.convert(new GdeltImporter(), dir, FIXTURE).dataset();
        byLabel = dataset.actors().stream().collect(Collectors.toMap(Actor::name, Function.identity()));
    }

    @Test
    void everyActorHasItsOwnLabel() {
        assertEquals(dataset.actors().size(), byLabel.size(), "labels are unique: " + byLabel.keySet());
        assertEquals(12, dataset.actors().size(), byLabel::toString);
    }

    @Test
    void aGenericActorIsItsRoleInItsCountry() {
        Actor israel = byLabel.get("Government (Israel)");
        Actor nigeria = byLabel.get("Government (Nigeria)");
        assertEquals("ISR", israel.country());
        assertEquals("NGA", nigeria.country());
        assertEquals(ActorKind.ORGANIZATION, israel.kind());
        assertEquals(List.of("GOVERNMENT", "ISRAELI"), israel.aliases(),
                "GOVERNMENT and ISRAELI coded ISRGOV are one actor, its names as GDELT wrote them kept");
        assertEquals(List.of("NIGERIA", "GOVERNMENT"), nigeria.aliases());
        assertEquals("\"ISRGOV\"", israel.extras().fields().get("x-gdelt-cameo"));

        Actor president = byLabel.get("President (Philippines)");
        assertEquals("PHL", president.country());
        assertEquals(List.of("PRESIDENT"), president.aliases());
        assertEquals(List.of("President (Philippines) — Make optimistic comment — Government (Nigeria)"),
                dataset.events().stream().filter(e -> e.when().text().equals("2024-03-08")).map(e -> e.title()).toList());
    }

    @Test
    void withoutACountryTheLabelSaysSoAndTheOtherRolesTellActorsApart() {
        assertNull(byLabel.get("President (no country)").country());
        assertNull(byLabel.get("Government (no country)").country());
        assertEquals("\"GOVOPP\"", byLabel.get("Government / Opposition (no country)").extras().fields().get("x-gdelt-cameo"));
        assertEquals("ISR", byLabel.get("Jerusalem (Civilians, Israel)").country());
        assertEquals("ISR", byLabel.get("Jerusalem (Opposition, Israel)").country(),
                "two actors that would both read \"Jerusalem (Israel)\" are told apart by their roles");
    }

    @Test
    void anActorCodedWithItsCountryAloneIsThatState() {
        Actor israel = byLabel.get("Israel");
        assertEquals(ActorKind.STATE, israel.kind());
        assertEquals("isr", israel.id());
        assertEquals(List.of("ISRAEL", "ISRAELI"), israel.aliases());

        Actor romania = byLabel.get("Romania");
        assertEquals("ROU", romania.country(), "CAMEO's ROM is ISO's ROU");
        assertEquals(ActorKind.STATE, romania.kind());
        assertEquals("\"ROM\"", romania.extras().fields().get("x-gdelt-cameo"));
    }

    @Test
    void aRegionIsNoCountry() {
        Actor africa = byLabel.get("Africa");
        assertEquals(ActorKind.OTHER, africa.kind());
        assertNull(africa.country());
        assertEquals("\"AFR\"", africa.extras().fields().get("x-gdelt-country"));

        Actor nato = byLabel.get("NATO");
        assertEquals(ActorKind.ORGANIZATION, nato.kind());
        assertNull(nato.country());
        assertEquals("\"WST\"", nato.extras().fields().get("x-gdelt-country"));
    }
}
