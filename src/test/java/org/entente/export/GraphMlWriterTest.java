package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.network.SeedGraphs;
import org.entente.network.ShownEdge;
import org.entente.network.ShownGraph;
import org.entente.network.ShownNode;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's graph written as GraphML and read back with JGraphT's importer, which checks the file against
 * the GraphML schema as it reads: the same nodes, edges, weights and attributes.
 */
class GraphMlWriterTest {

    /** A GraphML file read back: the graph, and each node's and edge's attributes by name. */
    private record Read(Graph<String, DefaultWeightedEdge> graph, Map<String, Map<String, String>> nodes,
                        Map<DefaultWeightedEdge, Map<String, String>> edges) {
        Map<String, String> edge(String a, String b) {
            return edges.get(graph.getEdge(a, b));
        }
    }

    private static Read read(Path file) throws IOException {
        Graph<String, DefaultWeightedEdge> graph = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                .weighted(true).vertexSupplier(() -> null).edgeClass(DefaultWeightedEdge.class).buildGraph();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, String>> nodes = new HashMap<>();
        Map<DefaultWeightedEdge, Map<String, String>> edges = new HashMap<>();
        importer.addVertexAttributeConsumer((at, value) ->
                nodes.computeIfAbsent(at.getFirst(), k -> new HashMap<>()).put(at.getSecond(), value.getValue()));
        importer.addEdgeAttributeConsumer((at, value) ->
                edges.computeIfAbsent(at.getFirst(), k -> new HashMap<>()).put(at.getSecond(), value.getValue()));
        try (Reader in = Files.newBufferedReader(file)) {
            importer.importGraph(graph, in);
        }
        return new Read(graph, nodes, edges);
    }

    @Test
    void theSeedsGraphReadsBackWithItsWeightsAndAttributes(@TempDir Path dir) throws IOException {
        ShownGraph shown = SeedGraphs.shown();
        Path file = dir.resolve("seed.graphml");
        GraphMlWriter.write(shown, file);
        Read read = read(file);

        assertEquals(shown.nodes().stream().map(ShownNode::id).collect(Collectors.toSet()), read.graph().vertexSet());
        for (ShownNode node : shown.nodes()) {
            Map<String, String> values = read.nodes().get(node.id());
            assertEquals(node.label(), values.get("label"));
            assertEquals(node.kind(), values.get("kind"));
            assertEquals(Integer.toString(node.events()), values.get("events"));
            assertEquals(GraphText.intervals(node.spells()), values.get("spells"));
        }
        assertEquals(shown.edges().size(), read.graph().edgeSet().size());
        for (ShownEdge edge : shown.edges()) {
            DefaultWeightedEdge found = read.graph().getEdge(edge.source(), edge.target());
            assertEquals(edge.weight(), read.graph().getEdgeWeight(found), "weight of " + edge.source() + " - " + edge.target());
            Map<String, String> values = read.edge(edge.source(), edge.target());
            assertEquals(Integer.toString(edge.events()), values.get("events"));
            assertEquals(Integer.toString(edge.relations()), values.get("relations"));
            assertEquals(Double.isNaN(edge.tone()) ? null : Double.toString(edge.tone()), values.get("tone"));
            assertEquals(GraphText.intervals(edge.spells()), values.get("spells"));
            assertEquals(edge.arrow().name().toLowerCase().replace('_', '-'), values.get("arrow"));
        }
        assertEquals("source-to-target", read.edge("usa", "prk").get("arrow"));
        Map<String, String> visit = read.edge("li-qiang", "prk");
        assertEquals(Set.of("official-visit", "anniversary"), Set.of(visit.get("kinds").replaceAll("[\\[\\]\"]", "").split(", ")));
    }

    @Test
    void idsThatAreNoNmtokensAreEscapedOneWayOnly() {
        assertEquals("country:PRK", GraphMlWriter.nmtoken("country:PRK"));
        assertEquals("kim-jong-un_2", GraphMlWriter.nmtoken("kim-jong-un_2"));
        assertEquals("a_x005F_x0020_", GraphMlWriter.nmtoken("a_x0020_"), "an id that looks escaped is escaped again");
        assertEquals("a_x0020_", GraphMlWriter.nmtoken("a "));
    }

    @Test
    void textFromTheDatasetReadsBackAsWritten(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hostile.graphml");
        GraphMlWriter.write(GraphFiles.hostile(), file);
        Read read = read(file);

        String a = GraphMlWriter.nmtoken("a&<b>");
        assertEquals("a_x0026__x003C_b_x003E_", a);
        assertEquals("a&<b>", read.nodes().get(a).get("entente_id"), "the id itself is kept");
        assertEquals(GraphFiles.HOSTILE_LABEL.replace('\u0001', '\uFFFD'), read.nodes().get(a).get("label"));
        Map<String, String> edge = read.edge(a, GraphMlWriter.nmtoken("id with spaces \"quoted\""));
        assertEquals("[\"talks, \\\"secret\\\" [1]\", \"\"]", edge.get("kinds"));
        assertEquals(List.of("1970-01-01T00:00:00Z/1970-01-02T00:00:00Z", "2001-09-09T01:46:40Z/2001-09-09T01:46:40.500Z"),
                List.of(edge.get("spells").split("; ")));
    }
}
