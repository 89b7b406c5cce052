package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.io.DatasetSink.RecordKind;
import org.entente.model.Actor;
import org.entente.query.EventCountries;

/**
 * Builds a store's tables from a writer's staging tables, in a new database file (compressed, on every
 * core) so that the staging rows leave nothing behind; the events in time order are already in it, loaded
 * as they came ({@link #prepare}). What it builds, and why:
 * <ul>
 *   <li>{@code events}, in time order (start, then end, then file order), {@code pos} its rank. A window's
 *       events then lie in one run of rows, which the engine finds from each block's minimum and maximum
 *       without reading the others. Each row holds what filters ask: its actors' numbers, kinds and
 *       countries, its tags, its best source grade and whether it rests only on weak claims.</li>
 *   <li>{@code long_events}: events open at an end or spanning more than {@code max_short_span}. Every other
 *       event overlapping a window starts at most that much before it, in the window's run.</li>
 *   <li>{@code actor_events} by actor, {@code citations} by event, {@code event_ids} and {@code sources} by
 *       hash of id: each sorted by what it is looked up by.</li>
 *   <li>{@code day_counts}: events starting and ending per day, per kind and per band of tone, which the
 *       density of any window at day resolution or coarser is computed from without reading an event;
 *       {@code offday_events} and {@code offday_counts}, the events at a time of day apart, so that finer bins
 *       read those alone ({@link #offDayCounts}).</li>
 *   <li>{@code pair_months}, {@code country_months}: pairs and countries of the events within each month;
 *       {@code pair_years}, {@code pair_starts} and {@code span_ends}, by which a window's top pairs are
 *       found and moved by a scrub step ({@link #graphTables}).</li>
 *   <li>{@code names} (the numbered texts), {@code actors}, {@code tag_counts}, {@code kind_counts},
 *       {@code actor_kind_counts}, {@code meta}: the rest of the dataset, and its counts.</li>
 * </ul>
 */
final class StoreBuild {
    /**
     * The second adds the tables that make a year's pairs, a scrub step, a finer density and search quick; the
     * third, each event's pairs by start and by end, for a scrub step's strips.
     */
    static final String FORMAT = "entente-store/3";
    /** Spans up to a leap year are "short": a window's run starts at most this far before it. */
    static final long MAX_SHORT_SPAN = 366L * 86_400_000L;
    /**
     * Events come in time order but for a month at most (a generator's or a feed's, where a month's date
     * starts on its first day) are kept as they came: each block's bounds then widen by a month at most, so
     * that windows still read only the blocks that hold them. Those starting earlier than that (a year's
     * date, a file in another order) go to a table of their own, sorted: the build never sorts every row,
     * which at a hundred million events needs as much disk again as the store.
     */
    static final long NEARLY_IN_ORDER = 31L * 86_400_000L;

    /** The least count {@code pair_years} keeps: a window's top pairs are counted exactly when their bound is above it. */
    static final int PAIR_YEAR_LEAST = 16;
    /** Events spanning more than this go to {@code span_ends} too: those ending in a strip start within it before. */
    static final long SPANNING = 31L * 86_400_000L;

    /**
     * An event's month (as {@code pair_months} numbers them) when it starts and ends within one and is closed,
     * else null: worked out as its row goes into the store.
     */
    static final String MONTH = """
            CASE WHEN (flags & 3) = 0 AND end_ms > start_ms
                AND date_trunc('month', epoch_ms(start_ms)) = date_trunc('month', epoch_ms(end_ms - 1))
            THEN ((year(epoch_ms(start_ms)) - 1970) * 12 + month(epoch_ms(start_ms)) - 1)::INTEGER END AS month""";

    /**
     * Each pair of the distinct actors {@code l} of a row, {@code x < y}, as a row of its own: DuckDB's list
     * comprehension, several times faster than a join to an unnest.
     */
    static final String PAIRS = "unnest(flatten([[[x, y] for y in l if x < y] for x in l])) AS p";

    /** Where event rows are before the build: the store's table of those in order, and the early ones'. */
    private static final List<String> EVENT_TABLES = List.of("out.events_in_order", "in_events");

    private final Connection connection;
    private final Consumer<String> phases;

    StoreBuild(Connection connection, Consumer<String> phases) {
        this.connection = connection;
        this.phases = phases;
    }

    /**
     * Creates the staging tables that events reach as chunks ({@link StagingTable}), and the store at
     * {@code target}, attached as {@code out}, with its {@code events_in_order} empty, which most events go
     * into as they come; the build adds the rest.
     */
    static void prepare(Connection connection, Path target) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ATTACH " + literal(target.toString()) + " AS out");
            for (StagingTable table : List.of(StagingTable.EVENTS_IN_ORDER, StagingTable.EARLY_EVENTS,
                    StagingTable.EVENT_NOTES, StagingTable.CITATIONS)) {
                statement.execute(table.create());
            }
        }
    }

    void run(StoreHeader header, StoreInput input) throws SQLException {
        phases.accept("writing the actors");
        writeActors(input);
        writeNames(input.names());
        dropWithdrawn(input.withdrawn());
        if (input.anyLate()) {
            phases.accept("working out the actors of events that came before them");
            lateActors();
        }
        if (input.anyGrade()) {
            phases.accept("grading the events by their sources");
            grades();
        }
        long shortSpan = shortSpan();
        phases.accept(input.anyEarly() ? "sorting the events that came out of order" : "writing the events");
        execute("""
                CREATE TABLE out.events_early AS SELECT file_pos AS pos, *, %s
                    FROM in_events ORDER BY start_ms, end_ms, file_pos;
                CREATE VIEW out.events AS SELECT * FROM events_in_order UNION ALL SELECT * FROM events_early;
                """.formatted(MONTH));
        phases.accept("indexing by actor, id and time");
        try (PreparedStatement statement = connection.prepareStatement("""
                CREATE TABLE out.long_events AS SELECT * FROM out.events
                    WHERE (flags & 3) <> 0 OR end_ms - start_ms > ? ORDER BY pos""")) {
            statement.setLong(1, shortSpan);
            statement.execute();
        }
        execute("""
                CREATE TABLE out.actor_events AS SELECT actor, pos FROM
                    (SELECT unnest(list_distinct(actors)) AS actor, pos FROM out.events) ORDER BY actor, pos;
                CREATE TABLE out.event_ids AS SELECT id_hash, pos FROM out.events ORDER BY id_hash;
                CREATE TABLE out.sources AS SELECT * EXCLUDE (ord) FROM in_sources ORDER BY id_hash;
                CREATE TABLE out.actors AS SELECT * FROM in_actors ORDER BY actor;
                CREATE TABLE out.names AS SELECT * FROM in_names ORDER BY family, number;
                CREATE TABLE out.relations AS SELECT * EXCLUDE (ord) FROM in_relations ORDER BY ord;
                CREATE TABLE out.periods AS SELECT * EXCLUDE (ord) FROM in_periods ORDER BY ord;
                """);
        phases.accept("indexing the words of titles");
        execute("""
                CREATE TABLE out.title_words AS SELECT word, pos FROM (
                    SELECT file_pos AS pos, unnest(string_split(title_words, ' ')) AS word FROM in_event_notes
                        WHERE title_words IS NOT NULL
                    UNION ALL SELECT e.pos, unnest(list_distinct(regexp_split_to_array(strip_accents(lower(e.title)),
                        '[^\\p{L}\\p{N}]+'))) FROM out.events e JOIN in_event_notes n ON n.file_pos = e.pos
                        WHERE n.title_words IS NULL)
                WHERE word <> '' ORDER BY word, pos;
                """);
        phases.accept("counting pairs and countries per month");
        execute("""
                CREATE TABLE out.pair_months AS SELECT month, p[1] AS x, p[2] AS y, count(*)::INTEGER AS n,
                    sum(tone) AS tone_sum, count(tone)::INTEGER AS tone_n, count(*) FILTER (WHERE weak)::INTEGER AS weak
                    FROM (SELECT month, tone, weak, %s
                        FROM (SELECT month, tone, weak, list_distinct(actors) AS l FROM out.events
                            WHERE month IS NOT NULL AND len(actors) > 1))
                    GROUP BY ALL ORDER BY month, x, y;
                CREATE TABLE out.country_months AS SELECT month, c, count(*)::INTEGER AS n, sum(tone) AS tone_sum,
                    count(tone)::INTEGER AS tone_n
                    FROM (SELECT month, tone, unnest(countries) AS c FROM out.events WHERE month IS NOT NULL)
                    GROUP BY ALL ORDER BY month, c;
                """.formatted(PAIRS));
        phases.accept("counting pairs per year and per start, and indexing pairs by start and end");
        graphTables("out");
        phases.accept("counting events per day");
        execute("""
                CREATE TEMP TABLE day_starts AS SELECT CASE WHEN (flags & 1) <> 0 THEN NULL
                    ELSE floor(start_ms / 86400000.0)::BIGINT END AS day, kind, band, count(*)::INTEGER AS n
                    FROM out.events GROUP BY ALL;
                CREATE TEMP TABLE day_ends AS SELECT ceil(end_ms / 86400000.0)::BIGINT AS day, kind, band,
                    count(*)::INTEGER AS n FROM out.events WHERE (flags & 2) = 0 GROUP BY ALL;
                CREATE TABLE out.day_counts AS SELECT kind, band, day, sum(starts)::INTEGER AS starts,
                    sum(ends)::INTEGER AS ends FROM (
                        SELECT kind, -1 AS band, day, n AS starts, 0 AS ends FROM day_starts
                        UNION ALL SELECT kind, -1, day, 0, n FROM day_ends
                        UNION ALL SELECT NULL, band, day, n, 0 FROM day_starts
                        UNION ALL SELECT NULL, band, day, 0, n FROM day_ends)
                    GROUP BY kind, band, day ORDER BY kind, band, day;
                """);
        offDayCounts("out");
        execute("""
                CREATE TABLE out.tag_counts AS SELECT tag, count(*)::INTEGER AS n
                    FROM (SELECT unnest(list_distinct(tags)) AS tag FROM out.events) GROUP BY tag;
                CREATE TABLE out.kind_counts AS SELECT kind, count(*)::INTEGER AS n FROM out.events GROUP BY kind;
                CREATE TABLE out.actor_kind_counts AS SELECT kind, count(*)::INTEGER AS n FROM out.actors GROUP BY kind;
                """);
        phases.accept("writing the dataset's fields");
        meta(header, shortSpan);
        execute("DETACH out");
    }

    /**
     * The tables a graph's window is counted and scrubbed by, from the store's own tables in {@code database}
     * (an attached name or {@code main}), so that a store built before them can be given them in place:
     * <ul>
     *   <li>{@code pair_years}: per calendar year (as months number them; null for events open at an end),
     *       each pair's events overlapping it, an event counted in every year it touches, and only counts of at
     *       least {@link #PAIR_YEAR_LEAST}. Summed over the years a window touches they bound the pair's count
     *       in it from above, which lets the top pairs be found without counting every pair.</li>
     *   <li>{@code pair_starts}: per month, each pair's events that {@code pair_months} does not hold (those
     *       crossing a month's end or open at it) and that have a start, by the month they start in and whether
     *       their end is open. Every such event starting in a window's whole months lies in the window, and every
     *       one open at its end and starting before: with {@code pair_months}, only the events starting in the
     *       window's ragged ends, or before it and closed, are left to count from the rows.</li>
     *   <li>{@code span_ends}: the events with a closed end that span more than {@link #SPANNING} or have an
     *       open start, by end: with the rows of the events starting at most that much earlier, the events
     *       ending in a thin strip of time, which a window's count loses or gains at its start.</li>
     *   <li>{@code pair_events} and {@code pair_ends}: a row per pair of each event with a start (with a closed
     *       end), by start (by end), with the event's tone and weak flag. A scrub step counts the pairs of the
     *       strips its window gains or loses from these: one run of rows each, and no list of actors to pair,
     *       which took nine tenths of the time of counting them from the events.</li>
     * </ul>
     */
    void graphTables(String database) throws SQLException {
        execute("""
                CREATE TABLE %1$s.pair_years AS SELECT year, x, y, n FROM (
                    SELECT year, x, y, sum(n)::INTEGER AS n FROM (
                        SELECT floor(month / 12)::INTEGER AS year, x, y, n FROM %1$s.pair_months
                        UNION ALL SELECT unnest(years) AS year, p[1] AS x, p[2] AS y, 1 AS n FROM (
                            SELECT CASE WHEN (flags & 3) <> 0 THEN [NULL::INTEGER] ELSE range(
                                    year(epoch_ms(start_ms)) - 1970, year(epoch_ms(greatest(start_ms, end_ms - 1))) - 1969)
                                    ::INTEGER[] END AS years,
                                %3$s
                            FROM (SELECT flags, start_ms, end_ms, list_distinct(actors) AS l FROM %1$s.events
                                WHERE month IS NULL AND len(actors) > 1)))
                    GROUP BY ALL)
                WHERE n >= %2$d ORDER BY year, n DESC, x, y;
                CREATE TABLE %1$s.pair_starts AS SELECT month, open_end, p[1] AS x, p[2] AS y, count(*)::INTEGER AS n,
                    sum(tone) AS tone_sum, count(tone)::INTEGER AS tone_n, count(*) FILTER (WHERE weak)::INTEGER AS weak
                    FROM (SELECT ((year(epoch_ms(start_ms)) - 1970) * 12 + month(epoch_ms(start_ms)) - 1)::INTEGER AS month,
                            (flags & 2) <> 0 AS open_end, tone, weak,
                            %3$s
                        FROM (SELECT start_ms, flags, tone, weak, list_distinct(actors) AS l FROM %1$s.events
                            WHERE month IS NULL AND (flags & 1) = 0 AND len(actors) > 1))
                    GROUP BY ALL ORDER BY open_end, month, x, y;
                """.formatted(database, PAIR_YEAR_LEAST, PAIRS));
        pairRows(database);
        try (PreparedStatement statement = connection.prepareStatement("""
                CREATE TABLE %s.span_ends AS SELECT end_ms, actors, tone, weak FROM %1$s.events
                    WHERE (flags & 2) = 0 AND ((flags & 1) <> 0 OR end_ms - start_ms > ?) ORDER BY end_ms""".formatted(database))) {
            statement.setLong(1, SPANNING);
            statement.execute();
        }
    }

    /** {@code pair_events} and {@code pair_ends} ({@link #graphTables}). */
    void pairRows(String database) throws SQLException {
        execute("""
                CREATE TABLE %1$s.pair_events AS SELECT start_ms, p[1] AS x, p[2] AS y, tone, weak FROM (
                    SELECT start_ms, tone, weak, %2$s
                    FROM (SELECT start_ms, tone, weak, list_distinct(actors) AS l FROM %1$s.events
                        WHERE (flags & 1) = 0 AND len(actors) > 1)) ORDER BY start_ms;
                CREATE TABLE %1$s.pair_ends AS SELECT end_ms, p[1] AS x, p[2] AS y, tone, weak FROM (
                    SELECT end_ms, tone, weak, %2$s
                    FROM (SELECT end_ms, tone, weak, list_distinct(actors) AS l FROM %1$s.events
                        WHERE (flags & 2) = 0 AND len(actors) > 1)) ORDER BY end_ms;
                """.formatted(database, PAIRS));
    }

    /**
     * The events that start or end off a day's boundary (at a time of day), apart: {@code offday_events}, what
     * a density asks of them (times, flags, kind, band), in time order; {@code offday_counts}, their counts as
     * {@code day_counts} counts all. Less these, the day counts are of events that start and end on day
     * boundaries, whose density the counts give exactly at any bin, however narrow: only the others are
     * counted in SQL, from a table of their own that is a fifth of the rows and a few of the columns.
     */
    void offDayCounts(String database) throws SQLException {
        execute("""
                CREATE TABLE %1$s.offday_events AS SELECT start_ms, end_ms, flags, kind, band FROM %1$s.events
                    WHERE ((flags & 1) = 0 AND start_ms %% 86400000 <> 0) OR ((flags & 2) = 0 AND end_ms %% 86400000 <> 0)
                    ORDER BY start_ms;
                CREATE TEMP TABLE offday_days AS SELECT kind, band,
                    CASE WHEN (flags & 1) <> 0 THEN NULL ELSE floor(start_ms / 86400000.0)::BIGINT END AS start_day,
                    CASE WHEN (flags & 2) <> 0 THEN NULL ELSE ceil(end_ms / 86400000.0)::BIGINT END AS end_day
                    FROM %1$s.offday_events;
                CREATE TABLE %1$s.offday_counts AS SELECT kind, band, day, sum(starts)::INTEGER AS starts,
                    sum(ends)::INTEGER AS ends FROM (
                        SELECT kind, -1 AS band, start_day AS day, 1 AS starts, 0 AS ends FROM offday_days
                        UNION ALL SELECT kind, -1, end_day, 0, 1 FROM offday_days WHERE end_day IS NOT NULL
                        UNION ALL SELECT NULL, band, start_day, 1, 0 FROM offday_days
                        UNION ALL SELECT NULL, band, end_day, 0, 1 FROM offday_days WHERE end_day IS NOT NULL)
                    GROUP BY kind, band, day ORDER BY kind, band, day;
                DROP TABLE offday_days;
                """.formatted(database));
    }

    /** The actors given, by number, with their country's number for the countries of late events. */
    private void writeActors(StoreInput input) throws SQLException {
        execute("""
                CREATE TABLE in_actors (actor INTEGER, id VARCHAR, name VARCHAR, kind TINYINT, aliases VARCHAR,
                    country VARCHAR, country_no INTEGER, description VARCHAR, memberships VARCHAR, extras VARCHAR)""");
        List<Actor> actors = input.actors();
        try (DuckDBAppender out = appender("in_actors")) {
            for (int number = 0; number < actors.size(); number++) {
                Actor actor = actors.get(number);
                if (actor == null) {
                    continue;
                }
                out.beginRow().append(number);
                StoreWriter.text(out, actor.id());
                StoreWriter.text(out, actor.name());
                if (actor.kind() == null) {
                    out.appendNull();
                } else {
                    out.append((byte) actor.kind().ordinal());
                }
                StoreWriter.text(out, RecordJson.strings(actor.aliases()));
                StoreWriter.text(out, actor.country());
                if (EventCountries.known(actor.country())) {
                    out.append(input.names().countries().number(actor.country()));
                } else {
                    out.appendNull();
                }
                StoreWriter.text(out, actor.description());
                StoreWriter.text(out, RecordJson.memberships(actor.memberships()));
                StoreWriter.text(out, RecordJson.extras(actor.extras()));
                out.endRow();
            }
        }
    }

    /** The numbered texts, by family; a country's code is marked known when it is not blank. */
    private void writeNames(StoreNames names) throws SQLException {
        execute("CREATE TABLE in_names (family VARCHAR, number INTEGER, text VARCHAR, known BOOLEAN)");
        try (DuckDBAppender out = appender("in_names")) {
            for (Object[] family : new Object[][] {{"actor", names.actors()}, {"kind", names.kinds()},
                {"role", names.roles()}, {"tag", names.tags()}, {"country", names.countries()}}) {
                List<String> texts = ((Names) family[1]).texts();
                for (int number = 0; number < texts.size(); number++) {
                    out.beginRow().append((String) family[0]).append(number).append(texts.get(number))
                            .append(EventCountries.known(texts.get(number))).endRow();
                }
            }
        }
    }

    private void dropWithdrawn(List<int[]> withdrawn) throws SQLException {
        if (withdrawn.isEmpty()) {
            return;
        }
        execute("CREATE TEMP TABLE withdrawn (kind VARCHAR, ord INTEGER)");
        try (DuckDBAppender out = appender("withdrawn")) {
            for (int[] record : withdrawn) {
                out.beginRow().append(RecordKind.values()[record[0]].name()).append(record[1]).endRow();
            }
        }
        execute("""
                DELETE FROM out.events_in_order WHERE pos IN (SELECT ord FROM withdrawn WHERE kind = 'EVENT');
                DELETE FROM in_events WHERE file_pos IN (SELECT ord FROM withdrawn WHERE kind = 'EVENT');
                DELETE FROM in_event_notes WHERE file_pos IN (SELECT ord FROM withdrawn WHERE kind = 'EVENT');
                DELETE FROM out.citations WHERE pos IN (SELECT ord FROM withdrawn WHERE kind = 'EVENT');
                DELETE FROM in_sources WHERE ord IN (SELECT ord FROM withdrawn WHERE kind = 'SOURCE');
                DELETE FROM in_relations WHERE ord IN (SELECT ord FROM withdrawn WHERE kind = 'RELATION');
                DELETE FROM in_periods WHERE ord IN (SELECT ord FROM withdrawn WHERE kind = 'PERIOD');
                """);
    }

    /**
     * The countries and actor kinds of events that named an actor before it was given, in both tables events
     * are staged in (the store's own, and the early events').
     */
    private void lateActors() throws SQLException {
        for (String events : EVENT_TABLES) {
            execute("""
                    UPDATE %1$s AS t SET countries = x.countries, actor_kinds = x.kinds FROM (
                        SELECT e.file_pos,
                            coalesce(list(DISTINCT a.country_no) FILTER (WHERE a.country_no IS NOT NULL), []) AS countries,
                            coalesce(bit_or(CASE WHEN a.kind IS NULL THEN 0 ELSE 1 << a.kind END), 0)::TINYINT AS kinds
                        FROM %1$s e JOIN in_event_notes n ON n.file_pos = e.file_pos AND n.late,
                            unnest(e.actors) AS u(actor) JOIN in_actors a ON a.actor = u.actor
                        GROUP BY e.file_pos) AS x
                    WHERE t.file_pos = x.file_pos;
                    UPDATE %1$s SET countries = [place_country]
                        WHERE file_pos IN (SELECT file_pos FROM in_event_notes WHERE late)
                        AND place_country IN (SELECT number FROM in_names WHERE family = 'country' AND known);
                    """.formatted(events));
        }
    }

    /**
     * Each cited event's best source grade, and whether it rests only on weak claims: every citation from a
     * source graded D or E or itself graded doubtful or improbable, as the graph judges them.
     */
    private void grades() throws SQLException {
        for (String events : EVENT_TABLES) {
            execute("""
                    UPDATE %1$s AS t SET best_reliability = x.best, weak = x.weak FROM (
                        SELECT c.pos AS file_pos, min(s.reliability) AS best,
                            bool_and(coalesce(s.reliability IN (3, 4), false) OR c.credibility IN (4, 5)) AS weak
                        FROM out.citations c LEFT JOIN in_sources s ON s.id = c.source GROUP BY c.pos) AS x
                    WHERE t.file_pos = x.file_pos;
                    """.formatted(events));
        }
    }

    private void meta(StoreHeader header, long shortSpan) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                CREATE TABLE out.meta AS SELECT ?::VARCHAR AS format, ?::VARCHAR AS title, ?::VARCHAR AS description,
                    ?::VARCHAR AS extras, ?::BIGINT AS max_short_span,
                    (SELECT count(*) FROM out.events)::INTEGER AS events,
                    (SELECT count(*) FROM out.actors)::INTEGER AS actors,
                    (SELECT count(*) FROM out.sources)::INTEGER AS sources,
                    (SELECT count(*) FROM out.relations)::INTEGER AS relations,
                    (SELECT count(*) FROM out.citations)::BIGINT + ?::BIGINT AS citations,
                    (SELECT count(*) FILTER (WHERE (flags & 4) <> 0) FROM out.events)::INTEGER AS ranged,
                    (SELECT count(*) FILTER (WHERE (flags & 8) <> 0) FROM out.events)::INTEGER AS imprecise,
                    (SELECT count(*) FILTER (WHERE (flags & 3) <> 0) FROM out.events)::INTEGER AS open_ended,
                    (SELECT min(start_ms) FILTER (WHERE (flags & 1) = 0) FROM out.events) AS earliest,
                    (SELECT max(end_ms) FILTER (WHERE (flags & 2) = 0) FROM out.events) AS latest,
                    (SELECT max(precision) FROM out.events) AS finest""")) {
            statement.setString(1, FORMAT);
            statement.setString(2, header.title());
            statement.setString(3, header.description());
            statement.setString(4, header.extras());
            statement.setLong(5, shortSpan);
            statement.setLong(6, header.relationCitations());
            statement.execute();
        }
    }

    /**
     * The longest closed span up to {@link #MAX_SHORT_SPAN}: the bound a window's run of rows starts by. An open
     * end's time is a sentinel that the subtraction would overflow on, so it is only made for closed spans.
     */
    private long shortSpan() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT coalesce(max(span) FILTER (WHERE span <= ?), 0) FROM (
                    SELECT CASE WHEN (flags & 3) = 0 THEN end_ms - start_ms END AS span FROM out.events_in_order
                    UNION ALL SELECT CASE WHEN (flags & 3) = 0 THEN end_ms - start_ms END FROM in_events)""")) {
            statement.setLong(1, MAX_SHORT_SPAN);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private DuckDBAppender appender(String table) throws SQLException {
        return connection.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /**
     * A path as an SQL string literal, for ATTACH and COPY, which take no parameters. The path is the writer's own
     * folder beside the user's target, and doubling quotes is the whole of SQL's string escaping.
     */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
