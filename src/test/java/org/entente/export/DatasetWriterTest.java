package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadResult;
import org.entente.io.Problem;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.query.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {
    private static final Path SEED = Path.of("data/dprk-china-russia-2025.json");

    @TempDir
    Path dir;

    @Test
    void theSeedDatasetComesBackRecordByRecord() throws IOException {
        Dataset original = load(SEED).dataset().orElseThrow();
        Path written = dir.resolve("seed.json");

        DatasetWriter.write(original, Filter.NONE, written);
        LoadResult reloaded = load(written);

        assertEquals(List.of(), reloaded.problems());
        assertSameRecords(original, reloaded.dataset().orElseThrow());
    }

    @Test
    void unknownFieldsAndOddTextComeBackWhereTheyWere() throws IOException {
        Path input = dir.resolve("odd.json");
        Files.writeString(input, ODD_DATASET);
        LoadResult first = load(input);
        assertFalse(first.hasErrors(), () -> first.problems().toString());
        Dataset original = first.dataset().orElseThrow();
        Path written = dir.resolve("odd-out.json");

        DatasetWriter.write(original, Filter.NONE, written);
        LoadResult reloaded = load(written);

        assertFalse(reloaded.hasErrors(), () -> reloaded.problems().toString());
        assertEquals(messages(first), messages(reloaded), "the same unknown fields are reported");
        assertSameRecords(original, reloaded.dataset().orElseThrow());

        JsonNode tree = new ObjectMapper().readTree(written.toFile());
        JsonNode event = tree.at("/events/0");
        assertEquals("{\"a\":[1,{\"b\":null}],\"c\":\"x\"}", event.get("review").toString());
        assertEquals(0.8, event.at("/participants/1/confidence").asDouble());
        assertEquals("checked", event.at("/location/precision").asText());
        assertEquals("p. 4", event.at("/citations/0/page").asText());
        assertEquals("ok", event.at("/citations/0/claims/note").asText());
        assertEquals("2025-10-09", event.at("/citations/0/claims/when").asText());
        assertEquals(2, event.at("/citations/0/credibility").asInt());
        assertEquals("v2", event.at("/codes/0/version").asText());
        assertEquals("[\"x\",\"y\"]", tree.at("/actors/1/memberships/0/sources").toString());
        assertEquals("{\"n\":3}", tree.at("/actors/0/wiki").toString());
        assertEquals(true, tree.at("/curation/reviewed").asBoolean());
        assertTrue(tree.at("/relations/0/citations/0/claims/when").isMissingNode(), "absent claims are left out");
        assertTrue(tree.at("/events/1/tone").isMissingNode(), "an absent tone is left out, not null");
        assertEquals("#abc", tree.at("/periods/0/colour").asText());
        assertEquals("2011/..", tree.at("/periods/1/when").asText());
    }

    @Test
    void writingAgainGivesTheSameBytes() throws IOException {
        Path input = dir.resolve("odd.json");
        Files.writeString(input, ODD_DATASET);
        Path once = dir.resolve("once.json");
        Path twice = dir.resolve("twice.json");

        DatasetWriter.write(load(input).dataset().orElseThrow(), Filter.NONE, once);
        DatasetWriter.write(load(once).dataset().orElseThrow(), Filter.NONE, twice);

        assertArrayEquals(Files.readAllBytes(once), Files.readAllBytes(twice));
    }

    @Test
    void aFilteredExportKeepsOnlyMatchingEventsAndEveryReference() throws IOException {
        Dataset original = load(SEED).dataset().orElseThrow();
        Filter statements = Filter.NONE.withEventKinds(Set.of("statement", "parade"));
        List<Event> expected = original.events().stream().filter(e -> statements.matches(e, original)).toList();
        Path written = dir.resolve("statements.json");

        DatasetWriter.write(original, statements, written);
        LoadResult reloaded = load(written);

        assertEquals(List.of(), reloaded.problems());
        Dataset filtered = reloaded.dataset().orElseThrow();
        assertEquals(6, expected.size());
        assertEquals(expected, filtered.events());
        assertEquals(original.actors(), filtered.actors());
        assertEquals(original.sources(), filtered.sources());
        assertEquals(original.relations(), filtered.relations());
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Dataset seed = load(SEED).dataset().orElseThrow();
        // Thousands of good events fill the write buffer several times before the one without its
        // required date makes the writer throw.
        List<Event> events = new ArrayList<>(Collections.nCopies(5_000, seed.events().get(0)));
        Event undated = seed.events().get(1);
        events.add(new Event(undated.id(), undated.title(), null, undated.kind(), undated.summary(),
                undated.location(), undated.participants(), undated.tone(), undated.codes(), undated.tags(),
                undated.citations(), undated.extras()));
        Dataset broken = new Dataset(seed.title(), seed.description(), seed.sources(), seed.actors(), events,
                seed.relations(), seed.extras());
        Path target = dir.resolve("existing.json");
        byte[] old = "{\"an\": \"older export\"}".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);

        assertThrows(NullPointerException.class, () -> DatasetWriter.write(broken, Filter.NONE, target));

        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(target), AtomicFileTest.filesIn(dir));
    }

    static LoadResult load(Path file) {
        return new DatasetLoader(LoadMode.STRICT).load(file);
    }

    private static List<String> messages(LoadResult result) {
        return result.problems().stream().map(Problem::message).sorted().toList();
    }

    static void assertSameRecords(Dataset expected, Dataset actual) {
        assertEquals(expected.title(), actual.title());
        assertEquals(expected.description(), actual.description());
        assertEquals(expected.extras(), actual.extras());
        assertEquals(expected.sources(), actual.sources());
        assertEquals(expected.actors(), actual.actors());
        assertEquals(expected.events().size(), actual.events().size());
        for (int i = 0; i < expected.events().size(); i++) {
            assertEquals(expected.events().get(i), actual.events().get(i), "event " + i);
        }
        assertEquals(expected.relations(), actual.relations());
        assertEquals(expected.periods(), actual.periods());
    }

    /** Unknown fields at every level a reader keeps them, and text that needs escaping. */
    private static final String ODD_DATASET = """
            {
              "format": "entente/1",
              "title": "Quotes \\" and \\\\ backslashes, <script>alert('x')</script> & emoji 🕊️",
              "description": "Line one\\nline two\\ttabbed, nul-free \\u2028 separator",
              "curation": {"reviewed": true, "by": ["a", "b"]},
              "sources": [
                {"id": "s1", "title": "Source \\"one\\"", "publisher": "Ünïcödé Press", "published": "2025-10?",
                 "url": "https://example.org/a?b=c&d=e", "reliability": "C", "language": "ko"},
                {"id": "s2", "title": "Bare source"}
              ],
              "actors": [
                {"id": "a1", "name": "Kim \\"The\\" Leader", "kind": "person", "aliases": ["K, J.", "=SUM(A1)"],
                 "country": "PRK", "description": "Line\\nbreak", "wiki": {"n": 3}},
                {"id": "a2", "name": "Party", "kind": "organization",
                 "memberships": [{"organization": "a1", "role": "odd", "when": "2020/..", "sources": ["x", "y"]}]}
              ],
              "events": [
                {"id": "e1", "title": "Meeting, \\"quoted\\"\\nsecond line 👍", "when": "2025-10-10T09:30:00Z",
                 "kind": "summit", "summary": "<b>bold</b>",
                 "location": {"name": "Pyongyang", "country": "PRK", "lat": 39.0392, "lon": -125.5,
                              "precision": "checked"},
                 "participants": [{"actor": "a1", "role": "host"}, {"actor": "a2", "confidence": 0.8}],
                 "tone": -2.5,
                 "codes": [{"scheme": "cameo", "code": "042", "version": "v2"}],
                 "tags": ["t1", "t,2"],
                 "citations": [{"source": "s1", "quote": "He said \\"no\\".", "page": "p. 4",
                                "claims": {"when": "2025-10-09", "note": "ok"}, "credibility": 2}],
                 "review": {"a": [1, {"b": null}], "c": "x"}},
                {"id": "e2", "title": "Undated-ish", "when": "197X/..", "participants": []}
              ],
              "relations": [
                {"id": "r1", "from": "a1", "to": "a2", "kind": "leads", "directed": true, "when": "2011-12/..",
                 "tone": 0, "summary": "s", "citations": [{"source": "s2"}], "weight": [1, 2.5e3]}
              ],
              "periods": [
                {"id": "p1", "title": "The 1970s <i>era</i>", "when": "197X/198X", "colour": "#abc"},
                {"id": "p2", "title": "Since 2011", "when": "2011/.."}
              ]
            }
            """;
}
