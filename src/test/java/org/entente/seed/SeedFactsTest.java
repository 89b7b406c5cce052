package org.entente.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the seed dataset encodes the key facts of its two source articles, and its internal consistency. */
class SeedFactsTest {

    static final Path SEED = Path.of("data/dprk-china-russia-2025.json");
    static final Path SEEDS_DIR = Path.of("../shared/seeds");
    /** Source id -> file name of the article text in SEEDS_DIR. */
    static final Map<String, String> ARTICLES = Map.of(
            "art-a", "000_fdc152d9e33ac76a.txt",
            "art-b", "003_0bf059f9bf1d130b.txt");

    static JsonNode seed;

    @BeforeAll
    static void load() throws IOException {
        seed = new ObjectMapper().readTree(Files.readString(SEED));
    }

    // ---- key facts -------------------------------------------------------------------------------------------

    @Test
    void formatAndSources() {
        assertEquals("entente/1", seed.path("format").asText());
        assertEquals(ARTICLES.keySet(), ids("sources"));
        for (JsonNode s : list("sources")) {
            assertEquals("F", s.path("reliability").asText(), "reliability of " + s.path("id"));
            assertFalse(s.has("url"), "no URL is known");
            assertFalse(s.has("publisher"), "no publisher is known");
        }
    }

    @Test
    void fiveLeadersExist() {
        Map<String, String> leaders = Map.of(
                "kim-jong-un", "Kim Jong Un",
                "xi-jinping", "Xi Jinping",
                "vladimir-putin", "Vladimir Putin",
                "li-qiang", "Li Qiang",
                "dmitry-medvedev", "Dmitry Medvedev");
        leaders.forEach((id, name) -> {
            JsonNode a = byId("actors", id);
            assertEquals(name, a.path("name").asText());
            assertEquals("person", a.path("kind").asText());
        });
        assertTrue(texts(byId("actors", "dmitry-medvedev").path("aliases")).contains("Dmitri Medvedev"));
        assertEquals("Donald Trump", byId("actors", "donald-trump").path("name").asText());
        assertEquals("PRK", byId("actors", "prk").path("country").asText());
        assertTrue(texts(byId("actors", "prk").path("aliases")).contains("DPRK"));
    }

    @Test
    void liQiangIsPremier() {
        JsonNode m = list(byId("actors", "li-qiang").path("memberships")).stream()
                .filter(x -> x.path("role").asText().equals("Premier")).findFirst().orElseThrow();
        assertTrue(m.path("when").asText().startsWith("2023-03"));
        assertTrue(m.path("when").asText().endsWith("/.."));
    }

    @Test
    void liQiangVisit() {
        JsonNode ev = byId("events", "ev-li-qiang-visit-2025");
        assertEquals("2025-10-09/2025-10-11", ev.path("when").asText());
        assertEquals("Pyongyang", ev.path("location").path("name").asText());
        assertEquals("PRK", ev.path("location").path("country").asText());
        assertEquals("visitor", roleOf(ev, "li-qiang"));
    }

    @Test
    void beijingParadeWithDisagreeingDates() {
        JsonNode ev = byId("events", "ev-beijing-parade-2025");
        assertEquals("2025-09-03", ev.path("when").asText());
        assertEquals("Beijing", ev.path("location").path("name").asText());
        assertEquals("host", roleOf(ev, "xi-jinping"));
        assertNotNull(roleOf(ev, "kim-jong-un"));
        assertNotNull(roleOf(ev, "vladimir-putin"));
        Map<String, String> claimed = new HashMap<>();
        for (JsonNode c : list(ev.path("citations"))) {
            if (c.path("claims").has("when")) {
                claimed.put(c.path("source").asText(), c.path("claims").path("when").asText());
            }
        }
        assertEquals("2024-09-09", claimed.get("art-b"));
        assertTrue(claimed.get("art-a").startsWith("2025"), "article A claims 2025: " + claimed);
        JsonNode wrong = list(ev.path("citations")).stream()
                .filter(c -> c.path("claims").path("when").asText().equals("2024-09-09")).findFirst().orElseThrow();
        assertTrue(wrong.path("credibility").asInt() >= 4, "the 2024 date is doubtful or improbable");
    }

    @Test
    void partyAnniversaryWithMedvedev() {
        JsonNode ev = byId("events", "ev-wpk-80th-anniversary-2025");
        assertEquals("2025-10-10", ev.path("when").asText());
        assertEquals("Pyongyang", ev.path("location").path("name").asText());
        assertNotNull(roleOf(ev, "dmitry-medvedev"));
        assertNotNull(roleOf(ev, "li-qiang"));
        assertNotNull(roleOf(ev, "wpk"));
        JsonNode parade = byId("events", "ev-pyongyang-parade-2025");
        assertEquals("2025-10-10", parade.path("when").asText());
        assertEquals("Pyongyang", parade.path("location").path("name").asText());
    }

    @Test
    void kimTookOfficeIn2011() {
        JsonNode ev = byId("events", "ev-kim-jong-un-takes-office-2011");
        assertEquals("2011", ev.path("when").asText());
        assertNotNull(roleOf(ev, "kim-jong-un"));
        assertTrue(list(byId("actors", "kim-jong-un").path("memberships")).stream()
                .anyMatch(m -> m.path("organization").asText().equals("prk")
                        && m.path("when").asText().equals("2011/..")));
    }

    @Test
    void economyGrew37PercentIn2024() {
        JsonNode ev = byId("events", "ev-prk-economy-2024");
        assertEquals("economic-data", ev.path("kind").asText());
        assertEquals("2024", ev.path("when").asText());
        assertTrue(ev.path("summary").asText().contains("3.7%"));
        assertTrue(ev.path("summary").asText().contains("10.8%"));
        assertTrue(list(ev.path("citations")).stream().anyMatch(c -> c.path("quote").asText().contains("3.7% in 2024")));
    }

    @Test
    void allianceSince1950() {
        JsonNode rel = byId("relations", "rel-chn-prk-alliance");
        assertEquals("alliance", rel.path("kind").asText());
        assertEquals(Set.of("chn", "prk"), Set.of(rel.path("from").asText(), rel.path("to").asText()));
        assertEquals("1950/..", rel.path("when").asText());
    }

    @Test
    void sanctionsAndTariffsAreDirectedFromTheUs() {
        for (String id : List.of("rel-usa-prk-sanctions", "rel-usa-chn-tariffs")) {
            JsonNode rel = byId("relations", id);
            assertEquals("usa", rel.path("from").asText());
            assertTrue(rel.path("directed").asBoolean());
            assertTrue(rel.path("tone").asDouble() < 0);
        }
    }

    // ---- consistency -----------------------------------------------------------------------------------------

    @Test
    void idsAreUniqueWithinEachList() {
        for (String field : List.of("sources", "actors", "events", "relations")) {
            List<String> all = list(field).stream().map(n -> n.path("id").asText()).collect(Collectors.toList());
            assertFalse(all.isEmpty(), field);
            assertTrue(all.stream().noneMatch(String::isEmpty), "empty id in " + field);
            assertEquals(all.size(), new HashSet<>(all).size(), "duplicate id in " + field + ": " + all);
        }
    }

    @Test
    void everyReferenceResolves() {
        Set<String> actors = ids("actors");
        Set<String> sources = ids("sources");
        List<String> broken = new ArrayList<>();
        for (JsonNode a : list("actors")) {
            for (JsonNode m : list(a.path("memberships"))) {
                check(actors, m.path("organization").asText(), a, broken);
            }
        }
        for (JsonNode e : list("events")) {
            for (JsonNode p : list(e.path("participants"))) {
                check(actors, p.path("actor").asText(), e, broken);
            }
        }
        for (JsonNode r : list("relations")) {
            check(actors, r.path("from").asText(), r, broken);
            check(actors, r.path("to").asText(), r, broken);
        }
        for (JsonNode c : allCitations()) {
            check(sources, c.path("source").asText(), c, broken);
        }
        assertTrue(broken.isEmpty(), "unresolved references: " + broken);
    }

    @Test
    void everyEventAndRelationIsCitedWithAQuote() {
        for (String field : List.of("events", "relations")) {
            for (JsonNode n : list(field)) {
                List<JsonNode> cs = list(n.path("citations"));
                assertFalse(cs.isEmpty(), "no citation on " + n.path("id"));
                assertTrue(cs.stream().allMatch(c -> !c.path("quote").asText().isBlank()), "empty quote on " + n.path("id"));
            }
        }
    }

    @Test
    void everyQuoteIsVerbatimFromItsArticle() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SEEDS_DIR), "article texts not available at " + SEEDS_DIR.toAbsolutePath());
        Map<String, String> texts = new HashMap<>();
        for (Map.Entry<String, String> e : ARTICLES.entrySet()) {
            Path file = SEEDS_DIR.resolve(e.getValue());
            Assumptions.assumeTrue(Files.isRegularFile(file), "article text not available: " + file);
            texts.put(e.getKey(), normalize(Files.readString(file)));
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (JsonNode c : allCitations()) {
            if (!c.has("quote")) {
                continue;
            }
            String text = texts.get(c.path("source").asText());
            assertNotNull(text, "unknown source " + c.path("source"));
            checked++;
            if (!text.contains(normalize(c.path("quote").asText()))) {
                missing.add(c.path("source").asText() + ": " + c.path("quote").asText());
            }
        }
        assertTrue(checked > 0);
        assertTrue(missing.isEmpty(), "quotes not found verbatim in their article: " + missing);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static String normalize(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    static void check(Set<String> known, String ref, JsonNode where, List<String> broken) {
        if (!known.contains(ref)) {
            broken.add(ref + " in " + where.path("id").asText(where.toString()));
        }
    }

    static List<JsonNode> allCitations() {
        List<JsonNode> out = new ArrayList<>();
        for (String field : List.of("events", "relations")) {
            for (JsonNode n : list(field)) {
                out.addAll(list(n.path("citations")));
            }
        }
        return out;
    }

    static List<JsonNode> list(String field) {
        return list(seed.path(field));
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).collect(Collectors.toList());
    }

    static Set<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asText).collect(Collectors.toSet());
    }

    static Set<String> ids(String field) {
        return list(field).stream().map(n -> n.path("id").asText()).collect(Collectors.toSet());
    }

    static JsonNode byId(String field, String id) {
        return list(field).stream().filter(n -> n.path("id").asText().equals(id)).findFirst()
                .orElseGet(() -> fail("no " + field + " entry with id " + id));
    }

    /** The role of an actor among an event's participants, or null if the actor does not take part. */
    static String roleOf(JsonNode event, String actorId) {
        return list(event.path("participants")).stream()
                .filter(p -> p.path("actor").asText().equals(actorId))
                .map(p -> p.path("role").asText(""))
                .findFirst().orElse(null);
    }
}
