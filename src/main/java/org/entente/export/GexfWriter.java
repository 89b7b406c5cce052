package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.entente.network.KindCount;
import org.entente.network.ShownEdge;
import org.entente.network.ShownGraph;
import org.entente.network.ShownNode;
import org.entente.network.Spell;

/**
 * Writes the graph on show as GEXF 1.3, the format Gephi reads best: a dynamic graph whose nodes and edges
 * carry their spells, so that Gephi's timeline plays the graph's time, with the graph's weights, tones,
 * kinds and counts as declared static attributes. The graph is undirected but for the edges the graph
 * draws an arrow on, which are "directed" (source to target) or "mutual". JGraphT's GEXF exporter writes version 1.2draft, without
 * spells, hence this writer of its own. Text from the dataset goes through the XML writer, which escapes
 * it, after {@link XmlText} has replaced what XML cannot hold.
 */
public final class GexfWriter {
    public static final String NAMESPACE = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** A declared attribute: its id (also its title) and GEXF type. */
    private record Column(String id, String type) {
    }

    private static final List<Column> NODE_COLUMNS = List.of(new Column("kind", "string"),
            new Column("country", "string"), new Column("group", "boolean"), new Column("members", "integer"),
            new Column("events", "integer"), new Column("interactions", "double"), new Column("degree", "integer"));
    private static final List<Column> EDGE_COLUMNS = List.of(new Column("events", "integer"),
            new Column("relations", "integer"), new Column("memberships", "integer"), new Column("tone", "double"),
            new Column("weak_only", "boolean"), new Column("kinds", "liststring"), new Column("kind_counts", "listinteger"));

    private final XMLStreamWriter xml;
    private int depth;

    private GexfWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Writes the graph to {@code target}, atomically. */
    public static void write(ShownGraph graph, Path target) throws IOException {
        AtomicFile.write(target, out -> write(graph, out));
    }

    /** As {@link #write(ShownGraph, Path)}, to a stream that is flushed but left open. */
    public static void write(ShownGraph graph, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new GexfWriter(xml).document(graph);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write GEXF: " + e.getMessage(), e);
        }
    }

    private void document(ShownGraph graph) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        open("gexf");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", NAMESPACE + " " + NAMESPACE + "/gexf.xsd");
        xml.writeAttribute("version", "1.3");
        open("meta");
        text("creator", "Entente");
        text("description", graph.description());
        close();
        open("graph");
        xml.writeAttribute("mode", "dynamic");
        xml.writeAttribute("defaultedgetype", "undirected");
        xml.writeAttribute("timeformat", "dateTime");
        xml.writeAttribute("timerepresentation", "interval");
        xml.writeAttribute("timezone", "UTC");
        declare("node", NODE_COLUMNS);
        declare("edge", EDGE_COLUMNS);
        open("nodes");
        xml.writeAttribute("count", Integer.toString(graph.nodes().size()));
        for (ShownNode node : graph.nodes()) {
            node(node);
        }
        close();
        open("edges");
        xml.writeAttribute("count", Integer.toString(graph.edges().size()));
        for (ShownEdge edge : graph.edges()) {
            edge(edge);
        }
        close();
        close();
        close();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void declare(String kind, List<Column> columns) throws XMLStreamException {
        open("attributes");
        xml.writeAttribute("class", kind);
        xml.writeAttribute("mode", "static");
        for (Column column : columns) {
            empty("attribute");
            xml.writeAttribute("id", column.id());
            xml.writeAttribute("title", column.id());
            xml.writeAttribute("type", column.type());
        }
        close();
    }

    private void node(ShownNode node) throws XMLStreamException {
        open("node");
        xml.writeAttribute("id", XmlText.clean(node.id()));
        xml.writeAttribute("label", XmlText.clean(node.label()));
        open("attvalues");
        value("kind", node.kind());
        value("country", node.country());
        value("group", Boolean.toString(node.group()));
        value("members", Integer.toString(node.members()));
        value("events", Integer.toString(node.events()));
        value("interactions", Double.toString(node.weight()));
        value("degree", Integer.toString(node.degree()));
        close();
        spells(node.spells());
        close();
    }

    private void edge(ShownEdge edge) throws XMLStreamException {
        open("edge");
        xml.writeAttribute("source", XmlText.clean(edge.source()));
        xml.writeAttribute("target", XmlText.clean(edge.target()));
        if (edge.arrow() != ShownEdge.Arrow.NONE) {
            xml.writeAttribute("type", edge.arrow() == ShownEdge.Arrow.BOTH_WAYS ? "mutual" : "directed");
        }
        xml.writeAttribute("weight", Integer.toString(edge.weight()));
        open("attvalues");
        value("events", Integer.toString(edge.events()));
        value("relations", Integer.toString(edge.relations()));
        value("memberships", Integer.toString(edge.memberships()));
        value("tone", Double.isNaN(edge.tone()) ? null : Double.toString(edge.tone()));
        value("weak_only", Boolean.toString(edge.weakOnly()));
        value("kinds", GraphText.list(edge.eventKinds(), KindCount::kind, true));
        value("kind_counts", GraphText.list(edge.eventKinds(), kind -> Integer.toString(kind.count()), false));
        close();
        spells(edge.spells());
        close();
    }

    /** The spells of a node or an edge; a bound beyond what xs:dateTime writes is left open, as GEXF allows. */
    private void spells(List<Spell> spells) throws XMLStreamException {
        if (spells.isEmpty()) {
            return;
        }
        open("spells");
        for (Spell spell : spells) {
            empty("spell");
            String start = GraphText.dateTime(spell.start());
            String end = GraphText.dateTime(spell.end());
            if (start != null) {
                xml.writeAttribute("start", start);
            }
            if (end != null) {
                xml.writeAttribute("end", end);
            }
        }
        close();
    }

    /** An attribute's value; nothing when it has none. */
    private void value(String column, String value) throws XMLStreamException {
        if (value != null) {
            empty("attvalue");
            xml.writeAttribute("for", column);
            xml.writeAttribute("value", XmlText.clean(value));
        }
    }

    private void text(String element, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement(element);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
    }

    // One element a line, indented by depth, so that the file reads well in a text editor.

    private void open(String element) throws XMLStreamException {
        indent();
        xml.writeStartElement(element);
        depth++;
    }

    private void empty(String element) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(element);
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
