package org.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entente.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unknown fields of the parts of a record (its place, participants, codes, citations and their claims,
 * memberships) are kept with the record under the part's path in it, and reported once per kind of part.
 */
class NestedExtrasTest {
    @TempDir
    Path dir;

    @Test
    void unknownFieldsOfPartsAreKeptWithTheirRecordUnderThePartsPath() throws IOException {
        Path file = Files.writeString(dir.resolve("nested.json"), """
                {"format": "entente/1", "title": "T",
                 "sources": [{"id": "s1", "title": "S"}],
                 "actors": [{"id": "a1", "name": "A", "kind": "state"},
                            {"id": "o1", "name": "O", "kind": "organization", "memberships": [
                              {"organization": "a1", "role": "member"},
                              {"organization": "a1", "role": "ally", "rank": 2}]}],
                 "events": [{"id": "e1", "title": "E", "when": "2025",
                             "location": {"name": "P", "alt": 10},
                             "participants": [{"actor": "a1"}, {"actor": "o1", "weight": 2}],
                             "codes": [{"scheme": "cameo", "code": "042", "note": "n"}],
                             "citations": [{"source": "s1", "page": 4, "claims": {"when": "2024", "who": "x"}}]}],
                 "relations": [{"id": "r1", "from": "a1", "to": "o1", "kind": "k",
                                "citations": [{"source": "s1", "page": 5}]}]}
                """);
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(file);

        Dataset d = result.dataset().orElseThrow();
        assertEquals(Map.of("memberships/1/rank", "2"), d.actor("o1").orElseThrow().extras().fields());
        assertEquals(Map.of("location/alt", "10", "participants/1/weight", "2", "codes/0/note", "\"n\"",
                "citations/0/page", "4", "citations/0/claims/who", "\"x\""), d.event("e1").orElseThrow().extras().fields());
        assertEquals(Map.of("citations/0/page", "5"), d.relation("r1").orElseThrow().extras().fields());
        assertEquals(List.of(
                        "/actors/1/memberships/1/rank: unknown field \"rank\" in a membership",
                        "/events/0/location/alt: unknown field \"alt\" in a location",
                        "/events/0/participants/1/weight: unknown field \"weight\" in a participant",
                        "/events/0/codes/0/note: unknown field \"note\" in a code",
                        "/events/0/citations/0/page: unknown field \"page\" in a citation",
                        "/events/0/citations/0/claims/who: unknown field \"who\" in a citation's claims"),
                result.problems().stream()
                        .map(p -> p.path() + ": " + p.message().substring(0, p.message().indexOf(':')))
                        .toList());
    }
}
