package org.entente.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.scene.Node;

/** Fields the format does not define, kept from the file and shown as they were written. */
final class ExtrasBlock {
    private ExtrasBlock() {
    }

    static List<Node> of(Map<String, String> fields) {
        List<Node> nodes = new ArrayList<>();
        if (fields.isEmpty()) {
            return nodes;
        }
        nodes.add(Blocks.heading("Other fields in the file"));
        List<String[]> rows = new ArrayList<>();
        new TreeMap<>(fields).forEach((name, json) -> rows.add(new String[] {name, json}));
        nodes.add(Blocks.facts(rows.toArray(String[][]::new)));
        return nodes;
    }
}
