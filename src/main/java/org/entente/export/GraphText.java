package org.entente.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;
import org.entente.network.Spell;

/** How the graph files write times, spells and lists, the same in GEXF and in GraphML. */
final class GraphText {
    /** Years past four digits have no xs:dateTime a reader would take (ISO's "+10000" is not one). */
    private static final long FIRST = Instant.parse("-9999-01-01T00:00:00Z").toEpochMilli();
    private static final long AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z").toEpochMilli();
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private GraphText() {
    }

    /**
     * An instant as an xs:dateTime in UTC, to the millisecond only when it has one; null beyond four-digit
     * years, where a spell is then written open (it reaches the edge of the graph's time).
     */
    static String dateTime(long millis) {
        if (millis < FIRST || millis >= AFTER_LAST) {
            return null;
        }
        return (millis % 1000 == 0 ? SECONDS : MILLIS).format(Instant.ofEpochMilli(millis));
    }

    /** Spells as ISO 8601 intervals, "start/end", joined by "; "; an open end is "..", as in EDTF. */
    static String intervals(List<Spell> spells) {
        StringJoiner text = new StringJoiner("; ");
        for (Spell spell : spells) {
            String start = dateTime(spell.start());
            String end = dateTime(spell.end());
            text.add((start == null ? ".." : start) + "/" + (end == null ? ".." : end));
        }
        return text.toString();
    }

    /**
     * A list in GEXF's notation, "[a, b]": strings in double quotes (a backslash before a quote or a
     * backslash), since a kind may hold a comma or a bracket, and empty where there is none; numbers as they are.
     */
    static <T> String list(List<T> items, Function<T, String> text, boolean quoted) {
        StringJoiner list = new StringJoiner(", ", "[", "]");
        for (T item : items) {
            String value = Objects.toString(text.apply(item), "");
            list.add(quoted ? '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : value);
        }
        return list.toString();
    }
}
