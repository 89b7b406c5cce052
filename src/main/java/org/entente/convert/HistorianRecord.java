package org.entente.convert;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * One {@code <trip>} or {@code <visit>} of an Office of the Historian file, as read: the text of each child
 * element by its name (whitespace collapsed, absent when empty), the {@code id} attribute of a child under
 * {@code name/id} ({@code country/id}, {@code from/id}), and the record's own attributes under {@code @name}.
 * {@code tooLong} names the values longer than a dataset may hold; they are not in {@code values}.
 */
record HistorianRecord(Type type, Path file, String fileName, long line, Map<String, String> values,
                       Set<String> tooLong) {

    enum Type {
        TRIP("trips", "trip"), VISIT("visits", "visit");

        final String root;
        final String element;

        Type(String root, String element) {
            this.root = root;
            this.element = element;
        }
    }

    HistorianRecord {
        values = Map.copyOf(values);
        tooLong = Set.copyOf(tooLong);
    }

    /** The value, or null when it is absent or was too long. */
    String get(String name) {
        return values.get(name);
    }
}
