package org.entente.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.entente.model.ActorKind;
import org.entente.model.Reliability;
import org.entente.network.GraphLimits;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.network.GroupBy;
import org.entente.network.NodeColoring;
import org.entente.network.NodeSizing;
import org.entente.notes.Note;
import org.entente.notes.NoteTarget;
import org.entente.notes.Notes;
import org.entente.places.MapShading;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.strata.ColorMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace file holds everything it is given, is written whole or not at all, and a bad one says where. */
class WorkspaceFileTest {
    private static final long SEPTEMBER_3 = 1_756_857_600_000L;
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;

    static Workspace everything(Path dataset) {
        Filter filter = new Filter(Set.of(ActorKind.STATE, ActorKind.PERSON), Set.of("meeting", "parade"), Set.of("nuclear"),
                Set.of("CHN", "PRK"), Reliability.C, -4.5, 7, new TimeWindow(SEPTEMBER_3 - 30 * DAY, SEPTEMBER_3 + 30 * DAY));
        Selection.OfGroup china = new Selection.OfGroup("group:CHN", "China \"and\" <friends>", Set.of("xi-jinping", "chn"));
        Selection.OfGroup russia = new Selection.OfGroup("group:RUS", "Russia", Set.of("rus"));
        GraphSettings graph = new GraphSettings(new GraphLimits(40, 2, GraphLimits.Core.K_CORE, 3, false), GroupBy.COUNTRY,
                true, NodeColoring.COMMUNITY, NodeSizing.CENTRALITY, "kim-jong-un", 2,
                List.of(new GraphSettings.Pin("xi-jinping", 12.5, -3.25), new GraphSettings.Pin("putin", -0.1, 1e-3)),
                new Viewport(40.25, -7, 1.75));
        return new Workspace(new DatasetPlace.File(dataset), new TimeWindow(SEPTEMBER_3 - DAY, SEPTEMBER_3 + 2 * DAY),
                SEPTEMBER_3 + DAY / 3, filter, new Selection.OfPair("putin", "kim-jong-un"),
                List.of(new Selection.OfEvent("beijing-parade"), new Selection.OfEvents(List.of("b", "a")), Selection.NOTHING),
                List.of(new Selection.OfActor("xi-jinping"), new Selection.OfGroupPair(china, russia), china),
                ColorMode.TONE, GraphTimeMode.UP_TO_CURSOR, GraphSpan.QUARTER, graph,
                new MapSettings(MapShading.TONE, false, 12, new Viewport(0.25, -0.5, 3.5)),
                new PaneLayout(0.4, 0.55, 0.5, "BOTH", "Events", true, true),
                new Notes(List.of(new Note("n1", new NoteTarget.Event("beijing-parade"), "Both sources put Kim on the rostrum", SEPTEMBER_3),
                        new Note("n2", new NoteTarget.Pair("xi-jinping", "kim-jong-un"), "First meeting \"since 2019\" <check>", SEPTEMBER_3 + 1),
                        new Note("n3", new NoteTarget.Actor("putin"), "Line one\nline two", SEPTEMBER_3 + 2),
                        new Note("n4", new NoteTarget.Span(new TimeWindow(SEPTEMBER_3, SEPTEMBER_3 + DAY)), "Parade week", SEPTEMBER_3 + 3))));
    }

    @Test
    void aWorkspaceReadsBackAsItWasWritten() throws Exception {
        Path file = dir.resolve("parade" + Workspace.EXTENSION);
        Workspace written = everything(dir.resolve("dataset.json").toAbsolutePath());
        WorkspaceWriter.write(written, file);
        assertEquals(written, WorkspaceReader.read(file));
        byte[] once = Files.readAllBytes(file);
        WorkspaceWriter.write(WorkspaceReader.read(file), file);
        assertArrayEquals(once, Files.readAllBytes(file), "the same workspace writes the same bytes");
        String text = new String(once, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"format\" : \"entente-workspace/1\""), text);
        assertTrue(text.contains("\"start\" : \"2025-09-02T00:00:00Z\""), "times read as instants: " + text);
        assertFalse(text.toLowerCase().contains("password"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList(),
                    "no file but the workspace is left");
        }
    }

    @Test
    void everyPlaceOfADatasetReadsBack() throws Exception {
        Path file = dir.resolve("w" + Workspace.EXTENSION);
        for (DatasetPlace place : List.of(new DatasetPlace.Sample("/org/entente/data/dprk-china-russia-2025.json"),
                new DatasetPlace.Imported("GDELT", List.of(dir.resolve("a.CSV").toAbsolutePath(), dir.resolve("b.zip").toAbsolutePath())),
                new DatasetPlace.Trino("https://trino.example:8443", "hive", "gdelt", "analyst"))) {
            Workspace written = everything(dir).withDataset(place);
            WorkspaceWriter.write(written, file);
            assertEquals(written, WorkspaceReader.read(file));
        }
    }

    @Test
    void aFieldLeftOutTakesWhatANewWindowHas() throws Exception {
        Workspace read = read("""
                {"format": "entente-workspace/1", "dataset": {"sample": "/seed.json"},
                 "window": {"start": "2025-09-01T00:00:00Z", "end": "2025-09-05T00:00:00Z"}, "later": {"unknown": true}}
                """);
        assertEquals(Filter.NONE, read.filter());
        assertEquals(Selection.NOTHING, read.selection());
        assertEquals(WorkspaceReader.defaultGraph(), read.graph());
        assertEquals(SEPTEMBER_3, read.cursor(), "the cursor in the window's middle");
    }

    @Test
    void aBadWorkspaceSaysWhereAndWhatWasExpected() {
        assertProblem("{\"format\": \"entente-workspace/1\",\n  \"window\": [1, 2]}", ":2:13: expected a time window", "(at /window)");
        assertProblem("{\"format\": \"entente-workspace/2\"}", ":1:12: written by a newer version of Entente (entente-workspace/2)",
                "update Entente");
        assertProblem("{\"format\": \"something else\"}", ":1:12: expected \"entente-workspace/1\"", "(at /format)");
        assertProblem("{\"format\": \"entente-workspace/1\", \"window\": {\"start\": \"2025-09-02T00:00:00Z\","
                + " \"end\": \"2025-09-01T00:00:00Z\"}}", "expected an end after the start", "(at /window/end)");
        assertProblem(valid().replace("\"sample\": \"/seed.json\"", "\"nothing\": 1"), "expected where the dataset is", "(at /dataset)");
        assertProblem(valid(", \"graph\": {\"limits\": {\"maxActors\": 2.5}}"),
                "expected a whole number from 1 to", "(at /graph/limits/maxActors)");
        assertProblem(valid(", \"colors\": \"PLAID\""), "expected one of [KIND, TONE], found \"PLAID\"", "(at /colors)");
        assertProblem(valid(", \"selection\": {\"pair\": [\"a\", \"a\"]}"), "two different actors",
                "(at /selection/pair)");
        assertProblem("{\"format\": \"entente-workspace/1\", \"format\": 1}", "appears twice", "(at /format)");
        assertProblem("{\"format\": ", "not JSON", "(at /)");
        assertProblem("", "the file is empty", "(at /)");
        assertProblem("[".repeat(100_000), "nested deeper than 64 levels", "");
        assertProblem("{\"format\": \"entente-workspace/1\"}", "\"window\" is missing", "(at /window)");
        assertProblem(valid(", \"notes\": [{\"id\": \"a\", \"created\": \"2025-09-01T00:00:00Z\", \"text\": \"x\","
                + " \"event\": \"e\"}, {\"id\": \"a\", \"created\": \"2025-09-01T00:00:00Z\", \"text\": \"y\", \"actor\": \"b\"}]"),
                "expected an id no other note has", "(at /notes/1/id)");
    }

    private static String valid() {
        return valid("");
    }

    /** A valid workspace with more fields at its top level. */
    private static String valid(String more) {
        return "{\"format\": \"entente-workspace/1\", \"dataset\": {\"sample\": \"/seed.json\"}, \"window\": {\"start\":"
                + " \"2025-09-01T00:00:00Z\", \"end\": \"2025-09-05T00:00:00Z\"}" + more + "}";
    }

    private void assertProblem(String content, String... parts) {
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> read(content), content);
        assertTrue(e.getMessage().startsWith(dir.resolve("bad" + Workspace.EXTENSION).toString() + ":"), e.getMessage());
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "\"" + part + "\" in: " + e.getMessage());
        }
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    private Workspace read(String content) throws IOException, WorkspaceException {
        Path file = dir.resolve("bad" + Workspace.EXTENSION);
        Files.writeString(file, content);
        return WorkspaceReader.read(file);
    }
}
