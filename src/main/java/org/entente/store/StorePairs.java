package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;

/**
 * A store's pairs of a window, the top ones by events (ties by the actors' ids), answered in one of these ways:
 * <ul>
 *   <li>Without a filter, for a window of few events (a year of a million events holds some 50,000 pairs):
 *       every pair counted in SQL once and kept, each step moving them all by the pairs of the events in its
 *       strips (below). Counting a year's pairs afresh from the events' actor lists took 50 ms a step, and the
 *       candidates below need pairs with many events a year.</li>
 *   <li>With a filter, or for a window too short for the bounds below to leave few pairs: every pair counted
 *       in SQL, from the monthly counts for the window's whole months when no filter is set and from the
 *       events for the rest; only the top rows come back.</li>
 *   <li>Without a filter, as candidates: the top pairs of a month inside the window, summed over its whole
 *       months, give a count that as many pairs reach at least; {@code pair_years} bounds every pair's count
 *       from above, and only the pairs whose bound can reach that count are counted, exactly. A year of a
 *       hundred million events holds near two million pairs, of which some thousands are candidates.</li>
 *   <li>A window moved by a step from the last one answered (a scrub): the candidates' counts are kept with the
 *       most any other pair can have, and moved by the events of the two thin strips the window gained or lost
 *       at each end; while the last of the top pairs still has more than any other pair can, the top pairs
 *       are the candidates'. Otherwise the candidates are found again. Only the candidates' events in the
 *       strips are counted and come back, from each event's pairs by end and by start ({@code pair_ends},
 *       {@code pair_events}). While the window stays within the years its candidates were chosen for,
 *       {@code pair_years} still bounds every other pair as it did; past them, the most any other pair gains
 *       is counted in SQL too, one row, so that a scrub forward through the years is as cheap as one to and
 *       fro (it fetched every pair of the strips, some 300,000 rows a step at a hundred million).</li>
 * </ul>
 */
final class StorePairs {
    /** The candidates are those whose bound reaches this much less than the top's least count, to last a scrub. */
    private static final int MARGIN = 8;
    /** The most events a window may hold for every one of its pairs to be counted and kept. */
    private static final int EVERY_PAIR_EVENTS = 100_000;
    /** The most pairs kept with their counts, each step copying them. */
    private static final int EVERY_PAIRS = 200_000;
    /** The most either end of a window may move for its counts to be moved rather than counted again. */
    private static final long STEP = StoreBuild.SPANNING;
    private static final Comparator<PairRow> MOST_EVENTS_FIRST = Comparator.comparingInt(PairRow::events).reversed()
            .thenComparing(PairRow::first).thenComparing(PairRow::second);

    private final StoreSearch.Query query;
    private final SqlDialect dialect;
    private final StoreMeta meta;
    private final StoreLexicon lexicon;
    /** The events of a window, counted cheaply (from the day counts), to tell whether to keep its every pair. */
    private final ToIntFunction<TimeWindow> events;
    /** The most events of a window whose every pair is kept: tests lower it to reach the candidates on few events. */
    private volatile int everyPairEvents = EVERY_PAIR_EVENTS;
    /** The candidates' counts in the last window answered without a filter, for the next step to move. */
    private final AtomicReference<Tally> last = new AtomicReference<>();

    StorePairs(StoreSearch.Query query, SqlDialect dialect, StoreMeta meta, StoreLexicon lexicon,
               ToIntFunction<TimeWindow> events) {
        this.query = query;
        this.dialect = dialect;
        this.meta = meta;
        this.lexicon = lexicon;
        this.events = events;
    }

    /**
     * The counts of the candidate pairs in a window, not changed once made, the most events any other pair has in
     * it, how the candidates were chosen, and whether that bound is still the one {@code pair_years} gave
     * (false once a step moved the window past the years the candidates were chosen for). Without a way they
     * were chosen ({@code chosen} null), the candidates are every pair with events in the window.
     */
    record Tally(TimeWindow window, PairCounts counts, int others, Chosen chosen, boolean bounded) {
        static Tally every(TimeWindow window, PairCounts counts) {
            return new Tally(window, counts, 0, null, true);
        }

        boolean everyPair() {
            return chosen == null;
        }

        /**
         * The events of the {@code limit}th pair with the most, or 0 when fewer pairs have any. A step keeps
         * tens of thousands of candidates' counts: their events alone are sorted, and only the top pairs named.
         */
        private int last(int limit) {
            int[] events = counts.events();
            int n = events.length;
            if (n < limit) {
                return 0;
            }
            Arrays.sort(events, 0, n);
            return events[n - limit];
        }
    }

    List<PairRow> pairs(Filter filter, TimeWindow window, int limit) {
        if (window.start() >= window.end() || limit <= 0) {
            return List.of();
        }
        if (filter.isEmpty()) {
            Tally tally = moved(last.get(), window);
            List<PairRow> top = top(tally, limit);
            if (top == null) {
                tally = events.applyAsInt(window) <= everyPairEvents ? every(window) : candidates(window, limit);
                top = top(tally, limit);
            }
            if (top != null) {
                last.set(tally);
                return top;
            }
        }
        return counted(filter, window, limit);
    }

    /** The counts the next step will move, if any: for tests, which tell by it how a window was answered. */
    Tally kept() {
        return last.get();
    }

    /** Keeps every pair of windows of at most so many events, for tests. */
    void keepEveryPairUpTo(int events) {
        everyPairEvents = events;
    }

    /** Drops the counts kept, so that the next window is counted afresh. */
    void forget() {
        last.set(null);
    }

    /** Every pair counted in SQL, the top ones returned. */
    private List<PairRow> counted(Filter filter, TimeWindow window, int limit) {
        Sql sql = everyPair(filter, window).add(" SELECT x, y, n, tone_sum / nullif(tone_n, 0), weak FROM pairs"
                + " JOIN names a ON a.family = 'actor' AND a.number = x JOIN names b ON b.family = 'actor' AND b.number = y"
                + " ORDER BY n DESC, least(a.text, b.text), greatest(a.text, b.text) LIMIT ?", limit);
        List<PairRow> rows = new ArrayList<>();
        query.run(sql, r -> {
            double tone = r.getDouble(4);
            rows.add(row(r.getInt(1), r.getInt(2), r.getInt(3), r.wasNull() ? Double.NaN : tone, r.getInt(5)));
        });
        return List.copyOf(rows);
    }

    /** Every pair of a window of few events counted in SQL and kept, or null when it has too many pairs to keep. */
    private Tally every(TimeWindow window) {
        PairCounts counts = new PairCounts();
        query.run(everyPair(Filter.NONE, window).add(" SELECT x, y, n, tone_sum, tone_n, weak FROM pairs LIMIT ?",
                EVERY_PAIRS + 1), r -> add(counts, r));
        return counts.size() > EVERY_PAIRS ? null : Tally.every(window, counts);
    }

    /**
     * WITH a query named {@code pairs} of every pair's counts in the window (x, y, n, tone_sum, tone_n, weak):
     * from the monthly counts for the window's whole months when no filter is set and from the events for the
     * rest.
     */
    private Sql everyPair(Filter filter, TimeWindow window) {
        Months months = StoreFilter.monthsCounted(filter, window);
        SqlDialect.Around pairsOf = dialect.actorPairs();
        Sql sql = new Sql("WITH live AS (SELECT x, y, count(*) AS n, sum(tone) AS tone_sum, count(tone) AS tone_n,"
                + " count(*) FILTER (WHERE weak) AS weak FROM " + pairsOf.before() + "SELECT tone, weak, "
                + dialect.distinct("actors") + " AS l");
        StoreFilter.uncounted(sql, filter, window, months, meta, lexicon, dialect);
        return sql.add(" AND " + dialect.length("actors") + " > 1" + pairsOf.after() + " GROUP BY x, y),"
                + " whole AS (SELECT x, y, n, tone_sum, tone_n, weak FROM pair_months WHERE month >= ? AND month < ?),"
                + " pairs AS (SELECT x, y, sum(n) AS n, sum(tone_sum) AS tone_sum, sum(tone_n) AS tone_n, sum(weak) AS weak"
                + " FROM (SELECT * FROM live UNION ALL SELECT * FROM whole) GROUP BY x, y)", months.first(), months.end());
    }

    /**
     * How the candidates were chosen: the pairs with at least {@code least} events in one of the years from
     * {@code firstYear} to {@code lastYear} (counted from 1970) or among the open events, as {@code pair_years}
     * holds them. Any other pair has fewer in each, so in any window within those years it has at most
     * {@link Tally#others} events.
     */
    record Chosen(int firstYear, int lastYear, int least) {
        boolean covers(TimeWindow window) {
            return firstYear <= year(window.start()) && year(window.end() - 1) <= lastYear;
        }

        static int year(long instant) {
            return Math.floorDiv(Months.id(instant), 12);
        }

        /** The candidates as a query named {@code cand} of their x and y, for a WITH clause. */
        Sql query() {
            return new Sql("cand AS (SELECT DISTINCT x, y FROM pair_years WHERE (year IS NULL OR (year >= ? AND year <= ?))"
                    + " AND n >= ?)", firstYear, lastYear, least);
        }
    }

    /**
     * The candidates' counts in a window, or null when the window has no whole month to take the least
     * count from or its bound is too low for {@code pair_years} to tell the candidates.
     */
    private Tally candidates(TimeWindow window, int limit) {
        Months months = Months.inside(window);
        if (months.isEmpty()) {
            return null;
        }
        List<Integer> sums = new ArrayList<>();
        query.run(new Sql("SELECT sum(p.n) FROM pair_months p JOIN (SELECT x, y FROM pair_months WHERE month = ?"
                + " ORDER BY n DESC, x, y LIMIT ?) AS t ON p.x = t.x AND p.y = t.y WHERE p.month >= ? AND p.month < ?"
                + " GROUP BY p.x, p.y", Math.floorDiv(months.first() + months.end(), 2), 2 * limit, months.first(), months.end()),
                r -> sums.add(r.getInt(1)));
        if (sums.size() < limit) {
            return null;
        }
        sums.sort(Comparator.reverseOrder());
        int least = sums.get(limit - 1);
        int firstYear = Chosen.year(window.start());
        int lastYear = Chosen.year(window.end() - 1);
        // A pair's bound is the sum of its counts in the years the window touches and of its open events'.
        int terms = lastYear - firstYear + 2;
        int term = Math.max(1, -Math.floorDiv(-(least - least / MARGIN), terms));
        if (term < StoreBuild.PAIR_YEAR_LEAST) {
            return null;
        }
        SqlDialect.Around pairsOf = dialect.actorPairs();
        long first = Months.start(months.first());
        Chosen chosen = new Chosen(firstYear, lastYear, term);
        Sql sql = new Sql("WITH ").add(chosen.query()).add(", live AS (SELECT x, y, tone, weak FROM " + pairsOf.before()
                + "SELECT tone, weak, " + dialect.distinct("actors") + " AS l");
        StoreFilter.from(sql, window, meta);
        sql.add(" AND (start_ms < ? OR start_ms >= ?) AND NOT (" + dialect.bitAnd("flags", "3") + " = 2 AND start_ms < ?)"
                + " AND " + dialect.length("actors") + " > 1" + pairsOf.after() + ")"
                + " SELECT c.x, c.y, sum(n), sum(tone_sum), sum(tone_n), sum(weak) FROM ("
                + " SELECT x, y, 1 AS n, tone AS tone_sum, CASE WHEN tone IS NULL THEN 0 ELSE 1 END AS tone_n,"
                + " CASE WHEN weak THEN 1 ELSE 0 END AS weak FROM live"
                + " UNION ALL SELECT x, y, n, tone_sum, tone_n, weak FROM pair_months WHERE month >= ? AND month < ?"
                + " UNION ALL SELECT x, y, n, tone_sum, tone_n, weak FROM pair_starts WHERE month >= ? AND month < ?"
                + " UNION ALL SELECT x, y, n, tone_sum, tone_n, weak FROM pair_starts WHERE open_end AND month < ?) AS p"
                + " JOIN cand c ON p.x = c.x AND p.y = c.y GROUP BY c.x, c.y", first, Months.start(months.end()), first,
                months.first(), months.end(), months.first(), months.end(), months.first());
        PairCounts counts = new PairCounts();
        query.run(sql, r -> add(counts, r));
        return new Tally(window, counts, terms * (term - 1), chosen, true);
    }

    /**
     * The last tally moved to a window whose ends lie within a step of its own, or null when there is none such:
     * the events of the strips between the ends, gained or lost (by their ends: events ending between the
     * starts, or starting between the ends). Past the candidates' years a pair that is not a candidate may
     * gain as many events as it has in the strips gained, and what others may have grows by the most of those.
     * A tally of every pair moves them all, and is dropped once it holds too many to copy at each step.
     */
    private Tally moved(Tally tally, TimeWindow window) {
        if (tally == null) {
            return null;
        }
        long from = tally.window().start();
        long to = tally.window().end();
        if (window.start() >= to || window.end() <= from || Math.abs(window.start() - from) > STEP
                || Math.abs(window.end() - to) > STEP) {
            return null;
        }
        if (window.start() == from && window.end() == to) {
            return tally;
        }
        // Only the candidates' counts move. Within their years no other pair can pass the bound pair_years
        // gave; past them, what the others may have grows by the most any one of them gains.
        boolean every = tally.everyPair();
        boolean bounded = tally.bounded() && (every || tally.chosen().covers(window));
        List<Sql> strips = new ArrayList<>();
        List<Strip> gained = new ArrayList<>();
        if (window.start() != from) {
            Strip ends = new Strip("pair_ends", "end_ms > ? AND end_ms <= ?", Math.min(from, window.start()),
                    Math.max(from, window.start()));
            strips.add(ends.counts(window.start() < from ? 1 : -1, every));
            if (window.start() < from) {
                gained.add(ends);
            }
        }
        if (window.end() != to) {
            Strip starts = new Strip("pair_events", "start_ms >= ? AND start_ms < ?", Math.min(to, window.end()),
                    Math.max(to, window.end()));
            strips.add(starts.counts(window.end() > to ? 1 : -1, every));
            if (window.end() > to) {
                gained.add(starts);
            }
        }
        if (!bounded && !gained.isEmpty()) {
            strips.add(othersGain(gained));
        }
        Sql sql = every ? strips.get(0) : new Sql("WITH ").add(tally.chosen().query()).add(" ").add(strips.get(0));
        for (Sql strip : strips.subList(1, strips.size())) {
            sql.add(" UNION ALL ").add(strip);
        }
        PairCounts counts = tally.counts().copy();
        int[] others = {0};
        // A candidate with no events in the last window has only what it gains; a pair left with none is
        // dropped, so that a tally of every pair holds only the window's.
        query.run(sql, r -> {
            if (r.getInt(2) < 0) {
                others[0] = r.getInt(4);
            } else {
                counts.add(r.getInt(2), r.getInt(3), r.getInt(1), r.getInt(4), r.getDouble(5), r.getInt(6), r.getInt(7));
            }
        });
        if (every && counts.size() > EVERY_PAIRS) {
            return null;
        }
        return new Tally(window, counts, tally.others() + others[0], tally.chosen(), bounded);
    }

    /**
     * The pair rows of the events ending or starting in a strip: {@code table}'s rows between two instants,
     * {@code bounds} saying which end of the strip each includes.
     */
    private record Strip(String table, String bounds, long from, long to) {
        /**
         * Each pair's counts among the strip's rows, after {@code sign}: 1 for a strip gained, -1 for one lost;
         * only the candidates' unless {@code every}. The rows are joined to the candidates, whose pairs are
         * distinct: an {@code EXISTS} made DuckDB build a second hash of the strip's rows and took half again as
         * long. The strips of a step are one query, one round trip.
         */
        Sql counts(int sign, boolean every) {
            return new Sql("SELECT " + sign + " AS side, p.x, p.y, count(*) AS n, sum(p.tone) AS tone_sum,"
                    + " count(p.tone) AS tone_n, count(*) FILTER (WHERE p.weak) AS weak FROM " + table + " p"
                    + (every ? "" : " JOIN cand c ON c.x = p.x AND c.y = p.y") + " WHERE " + bounds + " GROUP BY p.x, p.y",
                    from, to);
        }

        /** The pair of each of the strip's rows. */
        Sql pairs() {
            return new Sql("SELECT p.x, p.y FROM " + table + " p WHERE " + bounds, from, to);
        }
    }

    /**
     * One row, its x -1, of the most events any pair that is not a candidate gains in the strips gained, both
     * ends summed.
     */
    private static Sql othersGain(List<Strip> gained) {
        Sql rows = gained.get(0).pairs();
        for (Strip strip : gained.subList(1, gained.size())) {
            rows.add(" UNION ALL ").add(strip.pairs());
        }
        return new Sql("SELECT 1 AS side, -1 AS x, -1 AS y, coalesce(max(g.n), 0) AS n, CAST(0 AS DOUBLE) AS tone_sum,"
                + " 0 AS tone_n, 0 AS weak FROM (SELECT x, y, count(*) AS n FROM (").add(rows)
                .add(") AS r GROUP BY x, y) AS g LEFT JOIN cand c ON c.x = g.x AND c.y = g.y WHERE c.x IS NULL");
    }

    /** Adds a row of x, y, events, tone sum, tones, weak events. */
    private static void add(PairCounts counts, ResultSet r) throws SQLException {
        counts.add(r.getInt(1), r.getInt(2), 1, r.getInt(3), r.getDouble(4), r.getInt(5), r.getInt(6));
    }

    /**
     * The top {@code limit} pairs of a tally, or null when they are not all candidates (the last of them has
     * no more than any other may have) or it has fewer: only those with as many events as the last are named
     * and sorted.
     */
    private List<PairRow> top(Tally tally, int limit) {
        if (tally == null) {
            return null;
        }
        // A tally of every pair has them all, however few; a bound of 0 for the others makes any count a candidate's.
        int least = tally.last(limit);
        if (!tally.everyPair() && (least == 0 || least <= tally.others())) {
            return null;
        }
        int atLeast = Math.max(1, least);
        List<PairRow> rows = new ArrayList<>();
        tally.counts().forEach((x, y, events, toneSum, tones, weak) -> {
            if (events >= atLeast) {
                rows.add(row(x, y, events, tones == 0 ? Double.NaN : toneSum / tones, weak));
            }
        });
        rows.sort(MOST_EVENTS_FIRST);
        return List.copyOf(rows.subList(0, Math.min(limit, rows.size())));
    }

    private PairRow row(int x, int y, int events, double tone, int weak) {
        String a = lexicon.actors().text(x);
        String b = lexicon.actors().text(y);
        return a.compareTo(b) <= 0 ? new PairRow(a, b, events, tone, weak) : new PairRow(b, a, events, tone, weak);
    }
}
