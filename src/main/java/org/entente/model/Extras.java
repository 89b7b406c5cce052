package org.entente.model;

import java.util.Map;

/**
 * Fields a record carried that the format does not define, kept as compact JSON text so that
 * nothing in the user's file is lost and the detail panes can show them.
 */
public record Extras(Map<String, String> fields) {
    public static final Extras NONE = new Extras(Map.of());

    public Extras {
        fields = Map.copyOf(fields);
    }

    public static Extras of(Map<String, String> fields) {
        return fields == null || fields.isEmpty() ? NONE : new Extras(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
