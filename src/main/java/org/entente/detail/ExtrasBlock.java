package org.entente.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;

/**
 * Fields the format does not define, kept from the file and shown as they were written, folded away by
 * default: an importer's raw columns ({@code x-…}) are there to check a record against its source, not to
 * read first.
 */
final class ExtrasBlock {
    private ExtrasBlock() {
    }

    static List<Node> of(Map<String, String> fields) {
        Map<String, String> source = new TreeMap<>();
        Map<String, String> other = new TreeMap<>();
        fields.forEach((name, json) -> (name.startsWith("x-") ? source : other).put(name, json));
        List<Node> nodes = new ArrayList<>();
        if (!source.isEmpty()) {
            nodes.add(folded("Source fields (" + source.size() + ")", source));
        }
        if (!other.isEmpty()) {
            nodes.add(folded("Other fields in the file (" + other.size() + ")", other));
        }
        return nodes;
    }

    private static TitledPane folded(String title, Map<String, String> fields) {
        List<String[]> rows = new ArrayList<>();
        fields.forEach((name, json) -> rows.add(new String[] {name, json}));
        TitledPane pane = new TitledPane(title, Blocks.facts(rows.toArray(String[][]::new)));
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.getStyleClass().add("detail-extras");
        return pane;
    }
}
