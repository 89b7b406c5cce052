package org.entente.filter;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

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

    /**
     * Offers the counted values in a check-combo box, most frequent first and ties by the name each is
     * shown by ("China (13)" for "CHN"), so that the checked items stay the plain values the filter holds.
     */
    static void offer(CheckComboBox<String> box, Map<String, Integer> counts, UnaryOperator<String> name) {
        box.setConverter(converter(counts, name));
        box.getItems().setAll(byCount(counts, Comparator.comparing(name)));
    }

    private static StringConverter<String> converter(Map<String, Integer> counts, UnaryOperator<String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : label(name.apply(value), counts.get(value));
            }

            @Override
            public String fromString(String text) {
                throw new UnsupportedOperationException("the filter's lists are chosen from, not typed into");
            }
        };
    }
}
