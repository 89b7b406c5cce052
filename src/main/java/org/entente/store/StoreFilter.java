package org.entente.store;

import java.util.Collection;
import org.entente.model.ActorKind;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;

/**
 * The conditions of a window and a filter on the {@code events} table that {@link StoreBuild} lays out,
 * as SQL with parameters. Each part of {@link Filter} is a column of the event's own row, so no condition
 * needs a join: the store folded actors' kinds and countries, tags and source grades into each row.
 */
final class StoreFilter {
    private StoreFilter() {
    }

    /**
     * Appends {@code FROM} the window's events {@code WHERE true}, for the caller to add conditions to. Short
     * events come from the run of rows starting no earlier than the longest short span before the window,
     * which the engine finds from its blocks' bounds; long and open ones that start before the run come from
     * their own small table, a copy of their rows, so that neither part reads the rest of the events.
     */
    static void from(Sql sql, TimeWindow window, StoreMeta meta) {
        sql.add(" FROM ");
        rows(sql, window, meta);
        sql.add(" WHERE true");
    }

    /** Appends the window's events as a subquery named {@code win}, for a FROM clause with other items. */
    static void rows(Sql sql, TimeWindow window, StoreMeta meta) {
        rows(sql, window, Long.MAX_VALUE, meta);
    }

    /**
     * Appends the window's events lasting {@code longest} or less as a subquery named {@code win}. They all
     * start at most that long before the window, so a short span narrows the run of rows read to the
     * window and a little more, however many long events pass through it; the long events' table is read
     * only when the span reaches them. Open-ended events have the earliest or latest instant at their open
     * end, so that an end within the span of a start rules them out with no overflow.
     */
    static void rows(Sql sql, TimeWindow window, long longest, StoreMeta meta) {
        long reach = Math.min(longest, meta.maxShortSpan());
        long before = window.start() - reach;
        long earliest = before > window.start() ? Long.MIN_VALUE : before;
        sql.add("(SELECT * FROM events WHERE start_ms >= ? AND start_ms < ? AND end_ms > ?", earliest, window.end(),
                window.start());
        boolean all = longest == Long.MAX_VALUE;
        if (!all) {
            sql.add(" AND end_ms - ? <= start_ms", longest);
        }
        if (meta.hasLong() && longest > meta.maxShortSpan()) {
            sql.add(" UNION ALL SELECT * FROM long_events WHERE start_ms < ? AND end_ms > ?", earliest, window.start());
            if (!all) {
                sql.add(" AND start_ms > ? AND end_ms - ? <= start_ms", Long.MIN_VALUE, longest);
            }
        }
        sql.add(") AS win");
    }

    /** FROM the events starting in [a, b), which the table's time order holds in one run of rows. */
    static Sql starting(long a, long b) {
        return new Sql(" FROM events WHERE start_ms >= ? AND start_ms < ?", a, b);
    }

    /**
     * FROM the events ending in (a, b], as rows of tone, weak flag and actors: those spanning at most
     * {@link StoreBuild#SPANNING} start in the run of rows from that much before a, the others are in
     * {@code span_ends}, by end.
     */
    static Sql ending(long a, long b, SqlDialect dialect) {
        return new Sql(" FROM (SELECT tone, weak, actors FROM events WHERE start_ms >= ? AND start_ms <= ? AND end_ms > ?"
                + " AND end_ms <= ? AND " + dialect.bitAnd("flags", "3") + " = 0 AND end_ms - start_ms <= ?"
                + " UNION ALL SELECT tone, weak, actors FROM span_ends WHERE end_ms > ? AND end_ms <= ?) AS e WHERE true",
                a - StoreBuild.SPANNING, b, a, b, StoreBuild.SPANNING, a, b);
    }

    /**
     * Appends, as {@link #rows} does, the window's events that start or end at a time of day, with only what a
     * density asks of them: from {@code offday_events}, and from the long or open events, those of them.
     */
    static void offDayRows(Sql sql, TimeWindow window, StoreMeta meta, SqlDialect dialect) {
        long before = window.start() - meta.maxShortSpan();
        long earliest = before > window.start() ? Long.MIN_VALUE : before;
        String columns = "start_ms, end_ms, flags, kind, band";
        sql.add("(SELECT " + columns + " FROM offday_events WHERE start_ms >= ? AND start_ms < ? AND end_ms > ?", earliest,
                window.end(), window.start());
        if (meta.hasLong()) {
            sql.add(" UNION ALL SELECT " + columns + " FROM long_events WHERE start_ms < ? AND end_ms > ? AND (("
                    + dialect.bitAnd("flags", "1") + " = 0 AND start_ms % ? <> 0) OR (" + dialect.bitAnd("flags", "2")
                    + " = 0 AND end_ms % ? <> 0))", earliest, window.start(), DayCounts.DAY, DayCounts.DAY);
        }
        sql.add(") AS win");
    }

    /** The whole months whose monthly counts answer for a window: none when a filter is set. */
    static Months monthsCounted(Filter filter, TimeWindow window) {
        return filter.isEmpty() ? Months.inside(window) : new Months(0, 0);
    }

    /**
     * Appends FROM the window's events that pass the filter and that the monthly counts do not hold: those
     * outside the window's whole {@code months}.
     */
    static void uncounted(Sql sql, Filter filter, TimeWindow window, Months months, StoreMeta meta, StoreLexicon lexicon,
                          SqlDialect dialect) {
        from(sql, window, meta);
        filter(sql, filter, lexicon, dialect);
        if (!months.isEmpty()) {
            sql.add(" AND (month IS NULL OR month < ? OR month >= ?)", months.first(), months.end());
        }
    }

    /** Appends {@code AND} and a condition for each part of the filter that is set. */
    static void filter(Sql sql, Filter filter, StoreLexicon lexicon, SqlDialect dialect) {
        if (!filter.eventKinds().isEmpty()) {
            sql.add(" AND kind IN (").values(lexicon.kinds().numbers(filter.eventKinds())).add(")");
        }
        if (!filter.tags().isEmpty()) {
            anyOf(sql, "tags", lexicon.tags().numbers(filter.tags()), dialect);
        }
        if (filter.limitsTone()) {
            sql.add(" AND tone IS NOT NULL AND tone >= ? AND tone <= ?", filter.minTone(), filter.maxTone());
        }
        if (filter.dateRange() != null) {
            sql.add(" AND start_ms < ? AND end_ms > ?", filter.dateRange().end(), filter.dateRange().start());
        }
        if (!filter.countries().isEmpty()) {
            anyOf(sql, "countries", lexicon.countries().numbers(filter.countries()), dialect);
        }
        if (!filter.actorKinds().isEmpty()) {
            int mask = 0;
            for (ActorKind kind : filter.actorKinds()) {
                mask |= 1 << kind.ordinal();
            }
            sql.add(" AND " + dialect.bitAnd("actor_kinds", "?") + " <> 0", mask);
        }
        if (filter.minReliability() != null) {
            sql.add(" AND best_reliability <= ?", filter.minReliability().ordinal());
        }
    }

    /** Whether a list column of numbers holds any of the numbers. */
    private static void anyOf(Sql sql, String column, Collection<Integer> numbers, SqlDialect dialect) {
        Sql list = integers(numbers, dialect);
        sql.add(" AND " + dialect.overlaps(column, list.text()), list.parameters().toArray());
    }

    /** A list of integers, each a parameter, typed even when it is empty. */
    private static Sql integers(Collection<Integer> numbers, SqlDialect dialect) {
        Sql list = new Sql("CAST(ARRAY[");
        boolean first = true;
        for (Integer number : numbers) {
            list.add(first ? "CAST(? AS INTEGER)" : ", CAST(? AS INTEGER)", number);
            first = false;
        }
        return list.add("] AS " + dialect.integerList() + ")");
    }

    /** Time order: start, end, then the dataset's order, which a store's rows need not be in. */
    static final String BY_TIME = "start_ms, end_ms, pos";

    /** Appends the ORDER BY terms of a sort: ties by time, whichever way the column goes. */
    static void order(Sql sql, EventSort sort, boolean ascending, StoreLexicon lexicon, SqlDialect dialect) {
        String direction = ascending ? " ASC" : " DESC";
        switch (sort) {
            case DATE -> sql.add(ascending ? BY_TIME : "start_ms DESC, end_ms DESC, pos DESC");
            case TITLE -> sql.add("lower(title)" + direction + ", " + BY_TIME);
            case KIND -> {
                Sql kinds = integers(lexicon.kinds().byText(), dialect);
                sql.add("coalesce(array_position(" + kinds.text() + ", kind), 0)" + direction + ", " + BY_TIME,
                        kinds.parameters().toArray());
            }
            case TONE -> sql.add("tone" + direction + " NULLS LAST, " + BY_TIME);
            case SOURCES -> sql.add("sources" + direction + ", " + BY_TIME);
        }
    }
}
