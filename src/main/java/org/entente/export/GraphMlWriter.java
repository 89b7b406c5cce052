package org.entente.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.entente.network.KindCount;
import org.entente.network.ShownEdge;
import org.entente.network.ShownGraph;
import org.entente.network.ShownNode;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes the graph on show as GraphML through JGraphT's exporter, for tools other than Gephi (yEd,
 * NetworkX, igraph, Cytoscape): the same nodes, edges and attributes as {@link GexfWriter}, the edge's
 * weight as GraphML's {@code weight}, and, since GraphML has no notion of time, the spells as text,
 * ISO 8601 intervals ("start/end; ...") in the attribute {@code spells}. A GraphML graph is directed or
 * not as a whole, so the graph's arrows are said in the attribute {@code arrow} ("none",
 * "source-to-target", "both-ways"). Node ids are made NMTOKENs, as
 * GraphML's schema requires ({@link #nmtoken}).
 */
public final class GraphMlWriter {
    private GraphMlWriter() {
    }

    /** Writes the graph to {@code target}, atomically. */
    public static void write(ShownGraph graph, Path target) throws IOException {
        AtomicFile.write(target, out -> write(graph, out));
    }

    /** As {@link #write(ShownGraph, Path)}, to a stream that is flushed but left open. */
    public static void write(ShownGraph shown, OutputStream out) throws IOException {
        Graph<ShownNode, ShownEdge> graph = GraphTypeBuilder.<ShownNode, ShownEdge>undirected().weighted(true)
                .allowingMultipleEdges(false).allowingSelfLoops(false).buildGraph();
        Map<String, ShownNode> byId = new HashMap<>();
        for (ShownNode node : shown.nodes()) {
            graph.addVertex(node);
            byId.put(node.id(), node);
        }
        for (ShownEdge edge : shown.edges()) {
            graph.addEdge(byId.get(edge.source()), byId.get(edge.target()), edge);
            graph.setEdgeWeight(edge, edge.weight());
        }
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            exporter(shown).exportGraph(graph, text);
        } catch (ExportException e) {
            throw new IOException("could not write GraphML: " + e.getMessage(), e);
        }
        text.flush();
    }

    private static GraphMLExporter<ShownNode, ShownEdge> exporter(ShownGraph shown) {
        GraphMLExporter<ShownNode, ShownEdge> exporter = new GraphMLExporter<>(node -> nmtoken(node.id()));
        exporter.setExportEdgeWeights(true);
        // JGraphT keys attributes by name alone, so those that nodes and edges share are declared for both.
        exporter.registerAttribute("description", AttributeCategory.GRAPH, AttributeType.STRING);
        for (String name : new String[] {"entente_id", "label", "kind", "country"}) {
            exporter.registerAttribute(name, AttributeCategory.NODE, AttributeType.STRING);
        }
        exporter.registerAttribute("group", AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("members", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("degree", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("interactions", AttributeCategory.NODE, AttributeType.DOUBLE);
        exporter.registerAttribute("events", AttributeCategory.ALL, AttributeType.INT);
        exporter.registerAttribute("spells", AttributeCategory.ALL, AttributeType.STRING);
        for (String name : new String[] {"relations", "memberships"}) {
            exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.INT);
        }
        exporter.registerAttribute("tone", AttributeCategory.EDGE, AttributeType.DOUBLE);
        exporter.registerAttribute("weak_only", AttributeCategory.EDGE, AttributeType.BOOLEAN);
        for (String name : new String[] {"arrow", "kinds", "kind_counts"}) {
            exporter.registerAttribute(name, AttributeCategory.EDGE, AttributeType.STRING);
        }
        exporter.setGraphAttributeProvider(() -> Map.of("description", text(shown.description())));
        exporter.setVertexAttributeProvider(GraphMlWriter::nodeAttributes);
        exporter.setEdgeAttributeProvider(GraphMlWriter::edgeAttributes);
        return exporter;
    }

    private static Map<String, Attribute> nodeAttributes(ShownNode node) {
        Map<String, Attribute> values = new LinkedHashMap<>();
        values.put("entente_id", text(node.id()));
        values.put("label", text(node.label()));
        putText(values, "kind", node.kind());
        putText(values, "country", node.country());
        values.put("group", DefaultAttribute.createAttribute(node.group()));
        values.put("members", DefaultAttribute.createAttribute(node.members()));
        values.put("events", DefaultAttribute.createAttribute(node.events()));
        values.put("interactions", DefaultAttribute.createAttribute(node.weight()));
        values.put("degree", DefaultAttribute.createAttribute(node.degree()));
        values.put("spells", text(GraphText.intervals(node.spells())));
        return values;
    }

    private static Map<String, Attribute> edgeAttributes(ShownEdge edge) {
        Map<String, Attribute> values = new LinkedHashMap<>();
        values.put("events", DefaultAttribute.createAttribute(edge.events()));
        values.put("relations", DefaultAttribute.createAttribute(edge.relations()));
        values.put("memberships", DefaultAttribute.createAttribute(edge.memberships()));
        if (!Double.isNaN(edge.tone())) {
            values.put("tone", DefaultAttribute.createAttribute(edge.tone()));
        }
        values.put("weak_only", DefaultAttribute.createAttribute(edge.weakOnly()));
        values.put("arrow", text(edge.arrow().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        values.put("kinds", text(GraphText.list(edge.eventKinds(), KindCount::kind, true)));
        values.put("kind_counts", text(GraphText.list(edge.eventKinds(), kind -> Integer.toString(kind.count()), false)));
        values.put("spells", text(GraphText.intervals(edge.spells())));
        return values;
    }

    /**
     * A node's id as the NMTOKEN GraphML requires (a dataset's ids may be any text): letters and digits of
     * ASCII, '.', '-', ':' and '_' stay, and every other UTF-16 unit, or an underscore that would start such
     * an escape, becomes _xHHHH_, as XmlConvert.EncodeName writes names; the id itself is in
     * {@code entente_id}. Ids such as "kim-jong-un" or "country:PRK" are written as they are.
     */
    static String nmtoken(String id) {
        StringBuilder token = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean startsEscape = c == '_' && i + 1 < id.length() && id.charAt(i + 1) == 'x';
            boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == ':' || c == '_');
            if (plain && !startsEscape) {
                token.append(c);
            } else {
                token.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
            }
        }
        return token.toString();
    }

    private static void putText(Map<String, Attribute> values, String name, String value) {
        if (value != null) {
            values.put(name, text(value));
        }
    }

    private static Attribute text(String value) {
        return DefaultAttribute.createAttribute(XmlText.clean(value));
    }
}
