package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.network.SeedGraphs;
import org.entente.network.ShownEdge;
import org.entente.network.ShownGraph;
import org.entente.network.ShownNode;
import org.entente.network.Spell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's graph written as GEXF 1.3 and read back with a DOM parser: the same nodes, edges, weights, attributes and spells. */
class GexfWriterTest {

    @Test
    void theSeedsGraphReadsBackAsTheGraphOnShow(@TempDir Path dir) throws IOException {
        ShownGraph shown = SeedGraphs.shown();
        Path file = dir.resolve("seed.gexf");
        GexfWriter.write(shown, file);
        GexfFile gexf = GexfFile.read(file);

        assertEquals("dynamic", gexf.graph().getAttribute("mode"));
        assertEquals("dateTime", gexf.graph().getAttribute("timeformat"));
        assertEquals("interval", gexf.graph().getAttribute("timerepresentation"));
        assertEquals(shown.description(), gexf.description());
        assertEquals(Map.of("kind", "string", "country", "string", "group", "boolean", "members", "integer",
                "events", "integer", "interactions", "double", "degree", "integer"), gexf.declared().get("node"));
        assertEquals("liststring", gexf.declared().get("edge").get("kinds"));

        assertEquals(shown.nodes().size(), gexf.nodes().size());
        for (ShownNode node : shown.nodes()) {
            GexfFile.Item read = gexf.nodes().get(node.id());
            assertEquals(node.label(), read.xml().get("label"));
            assertEquals(node.kind(), read.values().get("kind"));
            assertEquals(node.country(), read.values().get("country"));
            assertEquals(node.events(), Integer.parseInt(read.values().get("events")));
            assertEquals(node.degree(), Integer.parseInt(read.values().get("degree")));
            assertEquals(node.weight(), Double.parseDouble(read.values().get("interactions")));
            assertEquals(node.spells(), read.spells(), "spells of " + node.id());
        }
        assertEquals(shown.edges().size(), gexf.edges().size());
        for (int e = 0; e < shown.edges().size(); e++) {
            ShownEdge edge = shown.edges().get(e);
            GexfFile.Item read = gexf.edges().get(e);
            assertEquals(edge.source(), read.xml().get("source"));
            assertEquals(edge.target(), read.xml().get("target"));
            assertEquals(edge.weight(), Double.parseDouble(read.xml().get("weight")));
            assertEquals(edge.events(), Integer.parseInt(read.values().get("events")));
            assertEquals(edge.relations(), Integer.parseInt(read.values().get("relations")));
            assertEquals(Double.isNaN(edge.tone()) ? null : Double.toString(edge.tone()), read.values().get("tone"));
            assertEquals(Boolean.toString(edge.weakOnly()), read.values().get("weak_only"));
            assertEquals(edge.spells(), read.spells(), "spells of " + edge.source() + " - " + edge.target());
            assertEquals(switch (edge.arrow()) {
                case NONE -> null;
                case SOURCE_TO_TARGET -> "directed";
                case BOTH_WAYS -> "mutual";
            }, read.xml().get("type"), "type of " + edge.source() + " - " + edge.target());
        }
    }

    @Test
    void liQiangsVisitIsASpellOfHisEdgeWithNorthKorea(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("seed.gexf");
        GexfWriter.write(SeedGraphs.shown(), file);
        GexfFile.Item edge = GexfFile.read(file).edges().stream()
                .filter(e -> List.of("prk", "li-qiang").contains(e.xml().get("source"))
                        && List.of("prk", "li-qiang").contains(e.xml().get("target")))
                .findFirst().orElseThrow();

        // 9-11 October 2025, written as a range of days: its end is the start of the 12th.
        Spell visit = new Spell(Instant.parse("2025-10-09T00:00:00Z").toEpochMilli(),
                Instant.parse("2025-10-12T00:00:00Z").toEpochMilli());
        assertTrue(edge.spells().stream().anyMatch(s -> s.start() <= visit.start() && s.end() >= visit.end()),
                "the visit lies within a spell: " + edge.spells());
        assertTrue(edge.values().get("kinds").contains("\"official-visit\""), edge.values().get("kinds"));
    }

    @Test
    void textFromTheDatasetIsEscapedAndWhatXmlCannotHoldIsReplaced(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hostile.gexf");
        GexfWriter.write(GraphFiles.hostile(), file);
        GexfFile gexf = GexfFile.read(file);

        GexfFile.Item a = gexf.nodes().get("a&<b>");
        assertEquals(GraphFiles.HOSTILE_LABEL.replace('\u0001', '\uFFFD'), a.xml().get("label"));
        assertEquals("[\"talks, \\\"secret\\\" [1]\", \"\"]", gexf.edges().get(0).values().get("kinds"));
        assertEquals("[1, 1]", gexf.edges().get(0).values().get("kind_counts"));
        assertTrue(gexf.description().contains("A </description> & title"));
        assertEquals(List.of(new Spell(0, 86_400_000L), new Spell(1_000_000_000_000L, 1_000_000_000_500L)),
                gexf.edges().get(0).spells(), "milliseconds are kept");
    }
}
