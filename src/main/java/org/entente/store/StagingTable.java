package org.entente.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A staging table that rows reach as newline-delimited JSON: its columns once, for both the table and
 * DuckDB's JSON reader, which must be told each column's type so that it never guesses from the data.
 */
record StagingTable(String name, Map<String, String> columns) {
    static final StagingTable EVENTS = new StagingTable("in_events", ordered(
            "file_pos", "INTEGER", "early", "BOOLEAN", "id", "VARCHAR", "id_hash", "BIGINT", "title", "VARCHAR", "when_text", "VARCHAR",
            "start_ms", "BIGINT", "end_ms", "BIGINT", "flags", "TINYINT", "precision", "TINYINT", "kind", "INTEGER",
            "band", "TINYINT", "summary", "VARCHAR", "place", "VARCHAR", "place_country", "INTEGER", "lat", "DOUBLE",
            "lon", "DOUBLE", "tone", "DOUBLE", "detail", "VARCHAR", "actors", "INTEGER[]", "roles", "INTEGER[]",
            "countries", "INTEGER[]", "actor_kinds", "TINYINT", "tags", "INTEGER[]", "sources", "INTEGER",
            "best_reliability", "TINYINT", "weak", "BOOLEAN", "late", "BOOLEAN", "title_words", "VARCHAR"));
    static final StagingTable CITATIONS = new StagingTable("in_citations", ordered(
            "file_pos", "INTEGER", "ord", "INTEGER", "source", "VARCHAR", "quote", "VARCHAR", "claimed", "VARCHAR",
            "credibility", "TINYINT"));

    private static Map<String, String> ordered(String... namesAndTypes) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            columns.put(namesAndTypes[i], namesAndTypes[i + 1]);
        }
        return columns;
    }

    String create() {
        return "CREATE TABLE " + name + " (" + columns.entrySet().stream().map(c -> c.getKey() + " " + c.getValue())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Reads one chunk file, named by the statement's one parameter, into the table. */
    String insert() {
        return "INSERT INTO " + name + " SELECT * FROM read_json(?, format = 'newline_delimited', columns = {"
                + columns.entrySet().stream().map(c -> "'" + c.getKey() + "': '" + c.getValue() + "'")
                .collect(Collectors.joining(", ")) + "})";
    }
}
