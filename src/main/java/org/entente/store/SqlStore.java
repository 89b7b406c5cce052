package org.entente.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.entente.lanes.LaneMode;
import org.entente.lanes.Lanes;
import org.entente.model.Actor;
import org.entente.model.ActorIndex;
import org.entente.model.Citation;
import org.entente.model.DatasetStats;
import org.entente.model.Event;
import org.entente.model.Reliability;
import org.entente.model.Source;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.search.SearchHit;
import org.entente.strata.ColorMode;
import org.entente.strata.Strata;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;

/**
 * A store whose tables {@link StoreBuild} laid out, asked in SQL on an engine that holds them: the embedded
 * DuckDB file ({@link DuckStore}) or a Trino catalog ({@link TrinoStore}), one text of each query for both
 * with the few pieces that differ from its {@link SqlDialect}. What the store keeps in memory is small and
 * fixed by its actors and its days, not its events: the actors' ids and names, the dataset's counts, and
 * the per-day counts ({@link DayCounts}) that answer the timeline's coarser densities without a query.
 *
 * <p>A window's events are found as the rows whose start lies in [window start − longest short span,
 * window end), one run of the time-sorted table, plus the few long or open events. Every statement is
 * prepared and every value a parameter ({@link QueryRunner}).
 */
abstract class SqlStore implements EventStore {
    private static final String ROW = "pos, id, title, when_text, kind, tone, sources";

    private final StoreConnections connections;
    private final QueryRunner runner;
    private final SqlDialect dialect;
    private final StoreMeta meta;
    private final StoreLexicon lexicon;
    private final String[] actorNames;
    private final DayCounts days;
    /** The day counts of the events on day boundaries, which answer for them at any bin; null if buckets are wider. */
    private final DayCounts onDays;
    private final Map<ColorMode, Strata> strata = new EnumMap<>(ColorMode.class);
    private final StoreSearch search;
    private final ActorIndex actors;
    private final StoreRecords records;
    private final StorePairs pairs;

    SqlStore(StoreConnections connections, SqlDialect dialect) throws SQLException, IOException {
        this.connections = connections;
        this.runner = new QueryRunner(connections);
        this.dialect = dialect;
        Connection connection = connections.opening();
        StoreMeta.checkFormat(connection);
        this.lexicon = StoreLexicon.read(connection);
        this.meta = StoreMeta.read(connection, lexicon);
        actorNames = new String[lexicon.actors().size()];
        query(new Sql("SELECT actor, name FROM actors"), rows -> actorNames[rows.getInt(1)] = rows.getString(2));
        List<DayCounts.DayRow> dayRows = dayRows("day_counts");
        for (ColorMode mode : ColorMode.values()) {
            strata.put(mode, Strata.of(mode, meta.stats(), List.of()));
        }
        days = new DayCounts(dayRows, strata.get(ColorMode.TONE).size());
        onDays = DayCounts.onBoundaries(dayRows, dayRows("offday_counts"), strata.get(ColorMode.TONE).size());
        actors = ActorIndex.of(StoreMeta.actorRecords(connection));
        search = new StoreSearch(this::query, actors.actors(), dialect);
        records = new StoreRecords(this, meta);
        pairs = new StorePairs(this::query, dialect, meta, lexicon, window -> count(Filter.NONE, window));
    }

    /** The rows of a table of counts per day, kind and band of tone. */
    private List<DayCounts.DayRow> dayRows(String table) {
        List<DayCounts.DayRow> rows = new ArrayList<>();
        query(new Sql("SELECT day, kind, band, starts, ends FROM " + table), r -> rows.add(new DayCounts.DayRow(
                (Long) r.getObject(1), lexicon.kinds().text((Integer) r.getObject(2)), r.getInt(3), r.getInt(4), r.getInt(5))));
        return rows;
    }

    @Override
    public Extent extent() {
        DatasetStats stats = meta.stats();
        boolean any = stats.earliest() <= stats.latest();
        return new Extent(any ? stats.earliest() : 0, any ? stats.latest() : 0, stats.events(), stats.actors(),
                stats.sources(), stats.relations());
    }

    @Override
    public DatasetStats stats() {
        return meta.stats();
    }

    /**
     * From the day counts when the filter asks only for kinds and the window lies on day boundaries; with no
     * filter, from those of the whole days around the window less the two strips of less than a day that the
     * window leaves out, each one run of rows: at a hundred million events, a count of every event crossing a
     * window that starts at a time of day read a year of rows, and the app counts such windows at its start
     * and at every step of the graph's time.
     */
    @Override
    public int count(Filter filter, TimeWindow window) {
        if (window.start() >= window.end()) {
            return 0;
        }
        if (onlyKinds(filter) && days.snap(window.start()) == window.start() && days.snap(window.end()) == window.end()) {
            return dayCount(filter, window.start(), window.end());
        }
        if (filter.isEmpty()) {
            long bucket = days.bucketMillis();
            long from = Math.floorDiv(window.start(), bucket) * bucket;
            long to = -Math.floorDiv(-window.end(), bucket) * bucket;
            return dayCount(filter, from, to) - leftOut(from, window, to);
        }
        Sql sql = new Sql("SELECT count(*)");
        StoreFilter.from(sql, window, meta);
        StoreFilter.filter(sql, filter, lexicon, dialect);
        return single(sql);
    }

    /** The events of the kinds the filter passes that overlap [a, b), both bucket boundaries, from the day counts. */
    private int dayCount(Filter filter, long a, long b) {
        int total = 0;
        for (String kind : days.kinds()) {
            if (filter.eventKinds().isEmpty() || filter.eventKinds().contains(kind)) {
                total += days.kind(kind.isEmpty() ? null : kind, a, b);
            }
        }
        return total;
    }

    /**
     * The events overlapping [from, to) but not the window inside it: those ending by its start, in (from,
     * start], and those starting at or after its end, in [end, to).
     */
    private int leftOut(long from, TimeWindow window, long to) {
        List<Sql> strips = new ArrayList<>();
        if (from < window.start()) {
            strips.add(new Sql("SELECT count(*) AS n").add(StoreFilter.ending(from, window.start(), dialect)));
        }
        if (window.end() < to) {
            strips.add(new Sql("SELECT count(*) AS n").add(StoreFilter.starting(window.end(), to)));
        }
        Sql sql = new Sql("SELECT sum(n) FROM (").add(strips.get(0));
        for (Sql strip : strips.subList(1, strips.size())) {
            sql.add(" UNION ALL ").add(strip);
        }
        return single(sql.add(") AS strips"));
    }

    /**
     * An upper bound on the window's events, from the day counts alone: the events overlapping the whole days
     * around it, every event of the window among them.
     */
    int atMost(TimeWindow window) {
        long bucket = days.bucketMillis();
        return dayCount(Filter.NONE, Math.floorDiv(window.start(), bucket) * bucket,
                -Math.floorDiv(-window.end(), bucket) * bucket);
    }

    /**
     * An upper bound on the window's events lasting {@code longest} or less, from the day counts alone: those
     * starting in the whole days from that long before the window to its end ({@link StoreFilter#rows} reads
     * no other). A day at a hundred million events is crossed by hundreds of thousands of long events, which
     * {@link #atMost} counts, but only some thirty thousand start within a day of it. Unbounded when the
     * long events' table is read too, or the span reaches back past the earliest instant.
     */
    int startingAtMost(TimeWindow window, long longest) {
        long reach = Math.min(longest, meta.maxShortSpan());
        long before = window.start() - reach;
        if (before > window.start() || meta.hasLong() && longest > meta.maxShortSpan()) {
            return Integer.MAX_VALUE;
        }
        long bucket = days.bucketMillis();
        return days.starting(Math.floorDiv(before, bucket) * bucket, -Math.floorDiv(-window.end(), bucket) * bucket);
    }

    /**
     * A lower bound on the window's events, from the day counts alone: the events overlapping the whole days
     * inside it, each of which overlaps the window too; for a window within a day or two, the events
     * crossing the whole days around it, which at a hundred million events are already hundreds of thousands.
     */
    int atLeast(TimeWindow window) {
        long bucket = days.bucketMillis();
        long from = Math.floorDiv(window.start() + bucket - 1, bucket) * bucket;
        long to = Math.floorDiv(window.end(), bucket) * bucket;
        if (from < to) {
            return count(Filter.NONE, new TimeWindow(from, to));
        }
        return days.crossing(Math.floorDiv(window.start(), bucket) * bucket,
                Math.floorDiv(window.end() + bucket - 1, bucket) * bucket);
    }

    @Override
    public List<LaneRow> lanes(Filter filter, LaneMode mode) {
        List<LaneRow> rows = new ArrayList<>();
        if (mode == LaneMode.NONE) {
            Sql sql = new Sql("SELECT count(*) FROM events WHERE true");
            StoreFilter.filter(sql, filter, lexicon, dialect);
            return List.of(new LaneRow("all", "All events", single(sql)));
        }
        Sql sql = switch (mode) {
            case KIND -> new Sql("SELECT kind, count(*) FROM events WHERE true");
            case TAG -> new Sql("SELECT t, count(*) FROM (SELECT CASE WHEN " + dialect.length("tags") + " = 0 THEN ARRAY[-1]"
                    + " ELSE " + dialect.distinct("tags") + " END AS l FROM events WHERE true");
            case ACTOR -> new Sql("SELECT a, count(*) FROM (SELECT " + dialect.distinct("actors") + " AS l FROM events WHERE true");
            case NONE -> throw new IllegalStateException("handled above");
        };
        StoreFilter.filter(sql, filter, lexicon, dialect);
        sql.add(switch (mode) {
            case KIND -> " GROUP BY 1";
            case TAG -> ") AS w CROSS JOIN UNNEST(w.l) AS u(t) GROUP BY 1";
            default -> ") AS w CROSS JOIN UNNEST(w.l) AS u(a) GROUP BY 1";
        });
        query(sql, r -> {
            Integer number = (Integer) r.getObject(1);
            String key = switch (mode) {
                case KIND -> number == null ? DatasetStats.NO_KIND : lexicon.kinds().text(number);
                case TAG -> number < 0 ? Lanes.NO_TAG : lexicon.tags().text(number);
                default -> lexicon.actors().text(number);
            };
            String label = mode == LaneMode.ACTOR ? actorName(number) : key;
            rows.add(new LaneRow(key, label, r.getInt(2)));
        });
        rows.sort(Comparator.comparingInt(LaneRow::events).reversed().thenComparing(LaneRow::label));
        return List.copyOf(rows);
    }

    @Override
    public Density density(DensityRequest request) {
        Strata groups = strata.get(request.colors());
        List<String> labels = groups.groups().stream().map(Strata.Stratum::label).toList();
        int[][] counts = new int[groups.size()][request.bins()];
        TimeWindow window = request.window();
        double width = ((double) window.end() - (double) window.start()) / request.bins();
        boolean countable = countable(request);
        if (countable && width >= days.bucketMillis()) {
            StoreDensity.fromDays(days, groups, request, counts, true);
        } else if (window.start() < window.end()) {
            // Below a day a bin, the events on day boundaries are still counted from their days; SQL counts the rest.
            boolean split = countable && onDays != null;
            if (split) {
                StoreDensity.fromDays(onDays, groups, request, counts, false);
            }
            Sql sql = StoreDensity.sql(request, meta, split, dialect);
            StoreFilter.filter(sql, request.filter(), lexicon, dialect);
            lane(sql, request);
            sql.add(StoreDensity.GROUPED);
            int[][] diff = new int[groups.size()][request.bins() + 1];
            boolean tone = groups.mode() == ColorMode.TONE;
            query(sql, r -> {
                Number number = (Number) r.getObject(1);
                int group = tone ? (number == null ? 0 : number.intValue())
                        : groups.kindGroup(lexicon.kinds().text(number == null ? null : number.intValue()));
                Object start = r.getObject(2);
                if (start != null) {
                    diff[group][((Number) start).intValue()] += r.getInt(4);
                } else {
                    diff[group][r.getInt(3)] -= r.getInt(4);
                }
            });
            for (int g = 0; g < counts.length; g++) {
                int running = 0;
                for (int bin = 0; bin < request.bins(); bin++) {
                    running += diff[g][bin];
                    counts[g][bin] += running;
                }
            }
        }
        return new Density(labels, counts);
    }

    /** Whether the day counts can answer, at bins of a bucket or more: lanes and filter by kind at most. */
    private static boolean countable(DensityRequest request) {
        boolean lanes = request.lanes() == LaneMode.NONE || request.lanes() == LaneMode.KIND;
        boolean colours = request.colors() == ColorMode.KIND
                || (request.lanes() == LaneMode.NONE && request.filter().eventKinds().isEmpty());
        return lanes && colours && onlyKinds(request.filter());
    }

    private void lane(Sql sql, DensityRequest request) {
        switch (request.lanes()) {
            case KIND -> {
                if (DatasetStats.NO_KIND.equals(request.lane())) {
                    sql.add(" AND kind IS NULL");
                } else {
                    sql.add(" AND kind = ?", lexicon.kinds().number(request.lane()));
                }
            }
            case TAG -> {
                if (Lanes.NO_TAG.equals(request.lane())) {
                    sql.add(" AND " + dialect.length("tags") + " = 0");
                } else {
                    sql.add(" AND " + dialect.contains("tags"), lexicon.tags().number(request.lane()));
                }
            }
            case ACTOR -> sql.add(" AND " + dialect.contains("actors"), lexicon.actors().number(request.lane()));
            case NONE -> {
            }
        }
    }

    @Override
    public EventPage events(EventQuery query) {
        if (query.window().start() >= query.window().end()) {
            return new EventPage(List.of(), 0);
        }
        Sql where = new Sql("");
        StoreFilter.from(where, query.window(), meta);
        StoreFilter.filter(where, query.filter(), lexicon, dialect);
        Sql order = new Sql("");
        StoreFilter.order(order, query.sort(), query.ascending(), lexicon, dialect);
        return page(where, order, query.offset(), query.limit());
    }

    @Override
    public EventPage actorEvents(String actorId, Filter filter, int offset, int limit) {
        int actor = lexicon.actors().number(actorId);
        if (actor < 0) {
            return new EventPage(List.of(), 0);
        }
        Sql where = new Sql(" FROM events WHERE pos IN (SELECT pos FROM actor_events WHERE actor = ?)", actor);
        StoreFilter.filter(where, filter, lexicon, dialect);
        return page(where, new Sql(StoreFilter.BY_TIME), offset, limit);
    }

    @Override
    public List<PairRow> pairs(Filter filter, TimeWindow window, int limit) {
        return pairs.pairs(filter, window, limit);
    }

    /** The pairs' counts a scrub step will move ({@link StorePairs#kept}). */
    StorePairs.Tally keptPairs() {
        return pairs.kept();
    }

    void forgetPairs() {
        pairs.forget();
    }

    /** Keeps every pair of windows of at most so many events ({@link StorePairs#keepEveryPairUpTo}). */
    void keepEveryPairUpTo(int events) {
        pairs.keepEveryPairUpTo(events);
    }

    @Override
    public List<CountryRow> countries(Filter filter, TimeWindow window) {
        if (window.start() >= window.end()) {
            return List.of();
        }
        Months months = StoreFilter.monthsCounted(filter, window);
        SqlDialect.Around countriesOf = dialect.countries();
        Sql sql = new Sql("WITH live AS (SELECT c, count(*) AS n, sum(tone) AS tone_sum, count(tone) AS tone_n"
                + " FROM " + countriesOf.before());
        StoreFilter.uncounted(sql, filter, window, months, meta, lexicon, dialect);
        sql.add(countriesOf.after() + " GROUP BY c),"
                + " whole AS (SELECT c, n, tone_sum, tone_n FROM country_months WHERE month >= ? AND month < ?)"
                + " SELECT c, sum(n), sum(tone_sum) / nullif(sum(tone_n), 0) FROM (SELECT * FROM live UNION ALL"
                + " SELECT * FROM whole) GROUP BY c", months.first(), months.end());
        List<CountryRow> rows = new ArrayList<>();
        query(sql, r -> {
            double tone = r.getDouble(3);
            rows.add(new CountryRow(lexicon.countries().text(r.getInt(1)), r.getInt(2), r.wasNull() ? Double.NaN : tone));
        });
        rows.sort(Comparator.comparingInt(CountryRow::events).reversed().thenComparing(CountryRow::code));
        return List.copyOf(rows);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return search.search(query, limit);
    }

    /** Found by its id's hash, which the sorted hash table answers from one block, then checked against the id. */
    @Override
    public Optional<EventDetail> event(String id) {
        List<Event> found = new ArrayList<>();
        int[] pos = {-1};
        RecordRows rows = recordRows();
        query(new Sql("SELECT " + RecordRows.eventColumns(dialect) + " FROM events WHERE pos IN (SELECT pos FROM event_ids"
                + " WHERE id_hash = ?) AND id = ?", IdHash.of(id), id), r -> {
                    pos[0] = r.getInt(1);
                    found.add(rows.event(r));
                });
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Citation> citations = new ArrayList<>();
        query(new Sql("SELECT " + RecordRows.citationColumns(dialect) + " FROM citations WHERE pos = ? ORDER BY ord", pos[0]),
                r -> citations.add(rows.citation(r)));
        Map<String, Source> sources = new HashMap<>();
        if (!citations.isEmpty()) {
            List<String> ids = citations.stream().map(Citation::source).distinct().toList();
            Sql sql = new Sql("SELECT id, title, publisher, published, url, reliability, extras FROM sources WHERE id_hash IN (");
            sql.values(ids.stream().map(IdHash::of).toList()).add(") AND id IN (").values(ids).add(")");
            query(sql, r -> sources.put(r.getString(1), source(r)));
        }
        Event event = found.get(0).withCitations(List.copyOf(citations));
        List<CitedSource> cited = citations.stream().map(c -> new CitedSource(c, sources.get(c.source()))).toList();
        return Optional.of(new EventDetail(event, cited));
    }

    @Override
    public Records records(TimeWindow window, long longest, int limit, int first) {
        return records.read(window, longest, limit, first, actors);
    }

    /** Stops the questions under way on other threads before it closes the connections ({@link QueryRunner#close}). */
    @Override
    public void close() {
        runner.close();
        try {
            connections.close();
        } catch (SQLException e) {
            throw new IllegalStateException("could not close the store: " + e.getMessage(), e);
        }
    }

    private String actorName(int number) {
        return actorNames[number] == null ? lexicon.actors().text(number) : actorNames[number];
    }

    private static boolean onlyKinds(Filter filter) {
        return filter.withEventKinds(Set.of()).isEmpty();
    }

    /** A page of the rows of {@code from} (a FROM clause and its conditions), sorted, with their total. */
    private EventPage page(Sql from, Sql order, int offset, int limit) {
        int total = single(new Sql("SELECT count(*)").add(from));
        Sql sql = new Sql("SELECT " + ROW).add(from).add(" ORDER BY ").add(order).add(" OFFSET ? LIMIT ?", offset, limit);
        List<EventRow> rows = new ArrayList<>();
        query(sql, r -> {
            double tone = r.getDouble(6);
            rows.add(new EventRow(r.getInt(1), r.getString(2), r.getString(3), RecordJson.when(r.getString(4)),
                    lexicon.kinds().text((Integer) r.getObject(5)), r.wasNull() ? Double.NaN : tone, r.getInt(7)));
        });
        return new EventPage(rows, total);
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** A reader of events and citations for one answer. */
    RecordRows recordRows() {
        return new RecordRows(lexicon);
    }

    static Source source(ResultSet r) throws SQLException {
        String published = r.getString(4);
        int reliability = r.getInt(6);
        boolean noReliability = r.wasNull();
        try {
            return new Source(r.getString(1), r.getString(2), r.getString(3),
                    published == null ? null : Edtf.parseDate(published), r.getString(5),
                    noReliability ? null : Reliability.values()[reliability], RecordJson.extras(r.getString(7)));
        } catch (EdtfException e) {
            throw new IllegalStateException("the store holds a date that does not parse: \"" + published + "\"", e);
        }
    }

    int single(Sql sql) {
        int[] value = {0};
        query(sql, r -> value[0] = r.getInt(1));
        return value[0];
    }

    @Override
    public <T> T unlessCancelled(BooleanSupplier cancelled, Supplier<T> question) {
        return runner.unlessCancelled(cancelled, question);
    }

    /** Reads each row of a query's answer, on the thread's connection. */
    void query(Sql sql, RowReader reader) {
        runner.query(sql, reader);
    }
}
