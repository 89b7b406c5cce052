package org.entente.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A store's numbered texts of one family (kinds, tags, countries, roles, actor ids), read when it opens:
 * rows hold numbers, and the views want texts back.
 */
final class StoreTexts {
    private final List<String> texts = new ArrayList<>();
    private final Map<String, Integer> numbers = new HashMap<>();

    void add(int number, String text) {
        while (texts.size() <= number) {
            texts.add(null);
        }
        texts.set(number, text);
        numbers.put(text, number);
    }

    /** The text of a number; null for null. */
    String text(Integer number) {
        return number == null || number < 0 ? null : texts.get(number);
    }

    /** The number of a text; -1, which no row holds, for a text the store does not have. */
    int number(String text) {
        return numbers.getOrDefault(text, -1);
    }

    List<Integer> numbers(Collection<String> texts) {
        return texts.stream().map(this::number).toList();
    }

    /** Every number, ordered by its text: what a sort by the text orders rows by. */
    List<Integer> byText() {
        List<Integer> order = new ArrayList<>(numbers.values());
        order.sort((a, b) -> texts.get(a).compareTo(texts.get(b)));
        return order;
    }

    int size() {
        return texts.size();
    }
}
