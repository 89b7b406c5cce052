package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * Turns a writer's staging tables into a store's tables, in a new database file so that the staging
 * rows leave no dead space behind. What it builds, and why:
 * <ul>
 *   <li>{@code events}, sorted by start then end, with {@code pos} its rank in that order. A window's
 *       events then lie in one run of rows, which the engine finds from each block's minimum and maximum
 *       without reading the others. Into each row go what filters ask of other records: its actors'
 *       numbers, kinds and countries, its tags, its best source grade and whether it rests only on weak
 *       ones.</li>
 *   <li>{@code long_events}: events open at an end or spanning more than {@code max_short_span}, which the
 *       run of a window cannot bound; every other event overlapping a window starts at most that much
 *       before it.</li>
 *   <li>{@code participants} by event, {@code actor_events} by actor, {@code citations} by event and
 *       {@code event_ids} by hash: each sorted by what it is looked up by.</li>
 *   <li>{@code day_starts}, {@code day_ends}: events per day, kind and band of tone, which the density
 *       of any window at day resolution or coarser is computed from without reading an event.</li>
 *   <li>{@code meta}, {@code stats}: the dataset's own fields and counts.</li>
 * </ul>
 */
final class StoreBuild {
    static final String FORMAT = "entente-store/1";
    /** Spans up to a leap year are "short": a window's run starts at most this far before it. */
    static final long MAX_SHORT_SPAN = 366L * 86_400_000L;

    private final Connection connection;
    private final Consumer<String> phases;

    StoreBuild(Connection connection, Consumer<String> phases) {
        this.connection = connection;
        this.phases = phases;
    }

    void run(Path target, StoreHeader header) throws SQLException {
        phases.accept("dropping withdrawn records");
        execute("""
                DELETE FROM in_events WHERE file_pos IN (SELECT ord FROM withdrawn WHERE kind = 'EVENT');
                DELETE FROM in_participants WHERE file_pos IN (SELECT ord FROM withdrawn WHERE kind = 'EVENT');
                DELETE FROM in_citations WHERE file_pos IN (SELECT ord FROM withdrawn WHERE kind = 'EVENT');
                DELETE FROM in_tags WHERE file_pos IN (SELECT ord FROM withdrawn WHERE kind = 'EVENT');
                DELETE FROM in_sources WHERE ord IN (SELECT ord FROM withdrawn WHERE kind = 'SOURCE');
                DELETE FROM in_relations WHERE ord IN (SELECT ord FROM withdrawn WHERE kind = 'RELATION');
                DELETE FROM in_periods WHERE ord IN (SELECT ord FROM withdrawn WHERE kind = 'PERIOD');
                """);
        execute("ATTACH " + literal(target.toString()) + " AS out");
        phases.accept("indexing actors and sources");
        execute("""
                CREATE TABLE out.actors AS SELECT (row_number() OVER (ORDER BY ord) - 1)::INTEGER AS actor, id, name,
                    kind, aliases, country, description, memberships, extras FROM in_actors ORDER BY ord;
                CREATE TABLE out.sources AS SELECT id, title, publisher, published, url, reliability, extras
                    FROM in_sources ORDER BY ord;
                CREATE TABLE out.relations AS SELECT * EXCLUDE (ord) FROM in_relations ORDER BY ord;
                CREATE TABLE out.periods AS SELECT * EXCLUDE (ord) FROM in_periods ORDER BY ord;
                """);
        phases.accept("joining each event's actors, tags and sources");
        execute("""
                CREATE TEMP TABLE ev_people AS SELECT p.file_pos, list(a.actor ORDER BY p.ord) AS actors,
                    list(DISTINCT a.country) FILTER (WHERE a.country IS NOT NULL AND trim(a.country) <> '') AS countries,
                    bit_or(CASE WHEN a.kind IS NULL THEN 0 ELSE 1 << a.kind END)::INTEGER AS actor_kinds
                    FROM in_participants p JOIN out.actors a ON a.id = p.actor GROUP BY p.file_pos;
                CREATE TEMP TABLE ev_tags AS SELECT file_pos, list(tag ORDER BY ord) AS tags FROM in_tags GROUP BY file_pos;
                CREATE TEMP TABLE ev_cites AS SELECT c.file_pos, count(DISTINCT c.source)::INTEGER AS sources,
                    min(s.reliability) AS best_reliability,
                    bool_and(coalesce(s.reliability IN (3, 4), false) OR c.credibility IN (4, 5)) AS weak
                    FROM in_citations c LEFT JOIN out.sources s ON s.id = c.source GROUP BY c.file_pos;
                """);
        long shortSpan = shortSpan();
        phases.accept("sorting the events by time");
        try (PreparedStatement statement = connection.prepareStatement("""
                CREATE TABLE out.events AS SELECT
                    (row_number() OVER (ORDER BY e.start_ms, e.end_ms, e.file_pos) - 1)::INTEGER AS pos, e.file_pos,
                    e.id, e.id_hash, e.title, e.when_text, e.start_ms, e.end_ms, e.open_start, e.open_end, e.ranged,
                    e.imprecise, e.precision, e.kind, e.band, e.summary, e.place, e.place_country, e.lat, e.lon, e.tone,
                    e.codes, e.extras,
                    coalesce(p.actors, []::INTEGER[]) AS actors,
                    CASE WHEN e.place_country IS NOT NULL AND trim(e.place_country) <> '' THEN [e.place_country]
                        ELSE coalesce(p.countries, []::VARCHAR[]) END AS countries,
                    coalesce(p.actor_kinds, 0) AS actor_kinds,
                    coalesce(t.tags, []::VARCHAR[]) AS tags,
                    coalesce(c.sources, 0) AS sources, c.best_reliability, coalesce(c.weak, false) AS weak,
                    (e.open_start OR e.open_end OR e.end_ms - e.start_ms > ?) AS is_long
                FROM in_events e LEFT JOIN ev_people p USING (file_pos) LEFT JOIN ev_tags t USING (file_pos)
                    LEFT JOIN ev_cites c USING (file_pos)
                ORDER BY pos""")) {
            statement.setLong(1, shortSpan);
            statement.execute();
        }
        phases.accept("indexing participants, citations and ids");
        execute("""
                CREATE TABLE out.long_events AS SELECT pos, start_ms, end_ms FROM out.events WHERE is_long ORDER BY pos;
                CREATE TEMP TABLE positions AS SELECT file_pos, pos FROM out.events;
                CREATE TABLE out.participants AS SELECT m.pos, p.ord, a.actor, p.role FROM in_participants p
                    JOIN positions m USING (file_pos) JOIN out.actors a ON a.id = p.actor ORDER BY m.pos, p.ord;
                CREATE TABLE out.actor_events AS SELECT actor, pos FROM out.participants ORDER BY actor, pos;
                CREATE TABLE out.citations AS SELECT m.pos, c.ord, c.source, c.quote, c.claimed, c.credibility
                    FROM in_citations c JOIN positions m USING (file_pos) ORDER BY m.pos, c.ord;
                CREATE TABLE out.event_ids AS SELECT id_hash, pos FROM out.events ORDER BY id_hash;
                """);
        phases.accept("counting events per day");
        execute("""
                CREATE TABLE out.day_starts AS SELECT CASE WHEN open_start THEN NULL
                    ELSE floor(start_ms / 86400000.0)::BIGINT END AS day, kind, band, count(*)::INTEGER AS n
                    FROM out.events GROUP BY ALL ORDER BY ALL;
                CREATE TABLE out.day_ends AS SELECT ceil(end_ms / 86400000.0)::BIGINT AS day, kind, band,
                    count(*)::INTEGER AS n FROM out.events WHERE NOT open_end GROUP BY ALL ORDER BY ALL;
                CREATE TABLE out.tag_counts AS SELECT t AS tag, count(*)::INTEGER AS n
                    FROM (SELECT list_distinct(tags) AS l FROM out.events) AS e, unnest(e.l) AS u(t) GROUP BY t ORDER BY t;
                CREATE TABLE out.kind_counts AS SELECT kind, count(*)::INTEGER AS n FROM out.events GROUP BY kind;
                CREATE TABLE out.actor_kind_counts AS SELECT kind, count(*)::INTEGER AS n FROM out.actors GROUP BY kind;
                """);
        phases.accept("writing the dataset's fields");
        try (PreparedStatement statement = connection.prepareStatement("""
                CREATE TABLE out.meta AS SELECT ?::VARCHAR AS format, ?::VARCHAR AS title, ?::VARCHAR AS description,
                    ?::VARCHAR AS extras, ?::BIGINT AS max_short_span,
                    (SELECT count(*) FROM out.events)::INTEGER AS events,
                    (SELECT count(*) FROM out.actors)::INTEGER AS actors,
                    (SELECT count(*) FROM out.sources)::INTEGER AS sources,
                    (SELECT count(*) FROM out.relations)::INTEGER AS relations,
                    (SELECT count(*) FROM out.citations)::BIGINT + ?::BIGINT AS citations,
                    (SELECT count(*) FILTER (WHERE ranged) FROM out.events)::INTEGER AS ranged,
                    (SELECT count(*) FILTER (WHERE imprecise) FROM out.events)::INTEGER AS imprecise,
                    (SELECT count(*) FILTER (WHERE open_start OR open_end) FROM out.events)::INTEGER AS open_ended,
                    (SELECT min(start_ms) FILTER (WHERE NOT open_start) FROM out.events) AS earliest,
                    (SELECT max(end_ms) FILTER (WHERE NOT open_end) FROM out.events) AS latest,
                    (SELECT max(precision) FROM out.events) AS finest""")) {
            statement.setString(1, FORMAT);
            statement.setString(2, header.title());
            statement.setString(3, header.description());
            statement.setString(4, header.extras());
            statement.setLong(5, shortSpan);
            statement.setLong(6, header.relationCitations());
            statement.execute();
        }
        execute("DETACH out");
    }

    /** The longest closed span up to {@link #MAX_SHORT_SPAN}: the bound a window's run of rows starts by. */
    private long shortSpan() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT coalesce(max(end_ms - start_ms), 0) FROM in_events
                WHERE NOT open_start AND NOT open_end AND end_ms - start_ms <= ?""")) {
            statement.setLong(1, MAX_SHORT_SPAN);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * A path as an SQL string literal, for ATTACH, which takes no parameters. The path is the writer's own
     * folder beside the user's target, and doubling quotes is the whole of SQL's string escaping.
     */
    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
