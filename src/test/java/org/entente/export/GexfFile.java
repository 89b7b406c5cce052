package org.entente.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.entente.network.Spell;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A GEXF file read back with a DOM parser, as plain maps, for tests to compare with what was written:
 * declared attributes by class and title, nodes by id, and edges in file order, each with its attribute
 * values by title and its spells.
 */
public record GexfFile(Element graph, String description, Map<String, Map<String, String>> declared,
                       Map<String, Item> nodes, List<Item> edges) {

    /** A node or an edge: its XML attributes, its values by attribute title, and its spells. */
    public record Item(Map<String, String> xml, Map<String, String> values, List<Spell> spells) {
    }

    public static GexfFile read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return of(builder.parse(in));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(e);
        }
    }

    private static GexfFile of(Document document) {
        Element root = document.getDocumentElement();
        if (!GexfWriter.NAMESPACE.equals(root.getNamespaceURI()) || !"1.3".equals(root.getAttribute("version"))) {
            throw new IllegalStateException("not GEXF 1.3: " + root.getNamespaceURI());
        }
        Element graph = only(root, "graph");
        Map<String, Map<String, String>> declared = new HashMap<>();
        Map<String, Map<String, String>> titles = new HashMap<>();
        for (Element attributes : children(graph, "attributes")) {
            Map<String, String> types = new LinkedHashMap<>();
            Map<String, String> byId = new HashMap<>();
            for (Element attribute : children(attributes, "attribute")) {
                types.put(attribute.getAttribute("title"), attribute.getAttribute("type"));
                byId.put(attribute.getAttribute("id"), attribute.getAttribute("title"));
            }
            declared.put(attributes.getAttribute("class"), types);
            titles.put(attributes.getAttribute("class"), byId);
        }
        Map<String, Item> nodes = new LinkedHashMap<>();
        for (Element node : children(only(graph, "nodes"), "node")) {
            nodes.put(node.getAttribute("id"), item(node, titles.get("node")));
        }
        List<Item> edges = new ArrayList<>();
        for (Element edge : children(only(graph, "edges"), "edge")) {
            edges.add(item(edge, titles.get("edge")));
        }
        return new GexfFile(graph, only(only(root, "meta"), "description").getTextContent(), declared, nodes, edges);
    }

    private static Item item(Element element, Map<String, String> titleOf) {
        Map<String, String> xml = new HashMap<>();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            xml.put(element.getAttributes().item(i).getNodeName(), element.getAttributes().item(i).getNodeValue());
        }
        Map<String, String> values = new HashMap<>();
        for (Element attvalues : children(element, "attvalues")) {
            for (Element value : children(attvalues, "attvalue")) {
                values.put(titleOf.get(value.getAttribute("for")), value.getAttribute("value"));
            }
        }
        List<Spell> spells = new ArrayList<>();
        for (Element list : children(element, "spells")) {
            for (Element spell : children(list, "spell")) {
                spells.add(new Spell(millis(spell.getAttribute("start"), Long.MIN_VALUE),
                        millis(spell.getAttribute("end"), Long.MAX_VALUE)));
            }
        }
        return new Item(xml, values, spells);
    }

    private static long millis(String dateTime, long open) {
        return dateTime.isEmpty() ? open : Instant.parse(dateTime).toEpochMilli();
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " <" + name + "> in <" + parent.getLocalName() + ">");
        }
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList all = parent.getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element e && GexfWriter.NAMESPACE.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
