package org.entente.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers for the few distinct texts a column repeats (kinds, roles, tags, countries, actor ids), given in
 * order of first sight. A store keeps the numbers in its rows and the texts once, in a small table: an
 * integer costs DuckDB's appender a quarter of what a text does, and lists of integers filter fast.
 */
final class Names {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> texts = new ArrayList<>();

    /** The text's number, given now if it has none. */
    int number(String text) {
        Integer known = numbers.get(text);
        if (known != null) {
            return known;
        }
        numbers.put(text, texts.size());
        texts.add(text);
        return texts.size() - 1;
    }

    String text(int number) {
        return texts.get(number);
    }

    int size() {
        return texts.size();
    }

    List<String> texts() {
        return texts;
    }
}
