package org.entente.filter;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.util.StringConverter;

/** The values a filter offers, each with how many records of the dataset have it, most frequent first. */
final class Counted {
    private Counted() {
    }

    /** The values that some record has, highest count first, ties in the order of {@code byName}. */
    static <K> List<K> byCount(Map<K, Integer> counts, Comparator<? super K> byName) {
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<K, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry::getKey, byName))
                .map(Map.Entry::getKey).toList();
    }

    /** "meeting (1,204)"; the name alone while the value has no count yet. */
    static String label(String name, Integer count) {
        return count == null ? name : String.format(Locale.ROOT, "%s (%,d)", name, count);
    }

    /** Shows each value of a check-combo box with its count, so the checked values stay the plain values. */
    static StringConverter<String> converter(Map<String, Integer> counts) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : label(value, counts.get(value));
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("the filter's lists are chosen from, not typed into");
            }
        };
    }
}
