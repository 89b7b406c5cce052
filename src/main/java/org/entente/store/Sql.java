package org.entente.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An SQL statement being put together with its parameters beside it, so that every value, whatever a
 * dataset or a user gave, reaches the engine as a parameter and never as text of the statement.
 */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    /** A statement starting with {@code start}, holding one {@code ?} per value, in order. */
    Sql(String start, Object... values) {
        add(start, values);
    }

    /** Appends a fragment holding one {@code ?} per value, in order. */
    Sql add(String sql, Object... values) {
        text.append(sql);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Appends another part's text and its parameters. */
    Sql add(Sql part) {
        text.append(part.text);
        parameters.addAll(part.parameters);
        return this;
    }

    /** Appends {@code ?, ?, ...}, one per value: the inside of an IN list or a list literal. */
    Sql values(Collection<?> values) {
        boolean first = true;
        for (Object value : values) {
            text.append(first ? "?" : ", ?");
            parameters.add(value);
            first = false;
        }
        return this;
    }

    String text() {
        return text.toString();
    }

    List<Object> parameters() {
        return parameters;
    }
}
