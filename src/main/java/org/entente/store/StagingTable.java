package org.entente.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table that rows reach as newline-delimited JSON: its columns once, for both the table and DuckDB's
 * JSON reader, which must be told each column's type so that it never guesses from the data, and where a
 * chunk's rows go ({@code target}, as {@code select} makes them).
 */
record StagingTable(String name, Map<String, String> columns, String target, String select) {
    /**
     * An event's row as the store keeps it (less {@code pos}, its position, and {@code month}, worked out from
     * its times). Most events go straight into the store's {@code events_in_order}: staging them first cost
     * as much again, a compressed table written and read back.
     */
    private static final Map<String, String> EVENT_COLUMNS = ordered(
            "file_pos", "INTEGER", "id", "VARCHAR", "id_hash", "BIGINT", "title", "VARCHAR", "when_text", "VARCHAR",
            "start_ms", "BIGINT", "end_ms", "BIGINT", "flags", "TINYINT", "precision", "TINYINT", "kind", "INTEGER",
            "band", "TINYINT", "summary", "VARCHAR", "place", "VARCHAR", "place_country", "INTEGER", "lat", "DOUBLE",
            "lon", "DOUBLE", "tone", "DOUBLE", "detail", "VARCHAR", "actors", "INTEGER[]", "roles", "INTEGER[]",
            "countries", "INTEGER[]", "actor_kinds", "TINYINT", "tags", "INTEGER[]", "sources", "INTEGER",
            "best_reliability", "TINYINT", "weak", "BOOLEAN");
    /** The events in time order but for a month at most, into the store as they come. */
    static final StagingTable EVENTS_IN_ORDER = new StagingTable("events_in_order", EVENT_COLUMNS,
            "out.events_in_order", "file_pos AS pos, *, " + StoreBuild.MONTH);
    /** The events that came earlier than that, which the build sorts. */
    static final StagingTable EARLY_EVENTS = new StagingTable("in_events", EVENT_COLUMNS, "in_events", "*");
    /**
     * What the build needs of every event besides its row: whether it named an actor not given yet, and its
     * title's words ({@link TitleWords}; null where the build splits the title itself).
     */
    static final StagingTable EVENT_NOTES = new StagingTable("in_event_notes", ordered(
            "file_pos", "INTEGER", "late", "BOOLEAN", "title_words", "VARCHAR"), "in_event_notes", "*");
    /** Events' citations, by the event's position, into the store as they come. */
    static final StagingTable CITATIONS = new StagingTable("citations", ordered(
            "file_pos", "INTEGER", "ord", "INTEGER", "source", "VARCHAR", "quote", "VARCHAR", "claimed", "VARCHAR",
            "credibility", "TINYINT"), "out.citations", "file_pos AS pos, * EXCLUDE (file_pos)");

    private static Map<String, String> ordered(String... namesAndTypes) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.put(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        return columns;
    }

    /** Creates the target, as empty as the chunks' rows made by {@code select} would make it. */
    String create() {
        return "CREATE TABLE " + target + " AS SELECT " + select + " FROM (SELECT " + columns.entrySet().stream()
                .map(c -> "NULL::" + c.getValue() + " AS " + c.getKey()).collect(Collectors.joining(", ")) + ") LIMIT 0";
    }

    /** Reads one chunk file, named by the statement's one parameter, into the target. */
    String insert() {
        return "INSERT INTO " + target + " SELECT " + select + " FROM read_json(?, format = 'newline_delimited', columns = {"
                + columns.entrySet().stream().map(c -> "'" + c.getKey() + "': '" + c.getValue() + "'")
                .collect(Collectors.joining(", ")) + "})";
    }
}
