package org.entente.store;

import java.util.Collection;
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
     * The window's events: short ones by the run of rows starting no earlier than the longest short span
     * before the window, which the engine finds from its blocks' bounds, and long or open ones by overlap.
     */
    static void window(Sql sql, TimeWindow window, long maxShortSpan, boolean hasLong) {
        long earliest = window.start() - maxShortSpan > window.start() ? Long.MIN_VALUE : window.start() - maxShortSpan;
        if (!hasLong) {
            sql.add("(start_ms >= ? AND start_ms < ? AND end_ms > ?)", earliest, window.end(), window.start());
            return;
        }
        sql.add("((NOT is_long AND start_ms >= ? AND start_ms < ? AND end_ms > ?) OR (is_long AND start_ms < ? AND end_ms > ?))",
                earliest, window.end(), window.start(), window.end(), window.start());
    }

    /** Appends {@code AND} and a condition for each part of the filter that is set. */
    static void filter(Sql sql, Filter filter, int actorKindMask) {
        if (!filter.eventKinds().isEmpty()) {
            sql.add(" AND kind IN (").values(filter.eventKinds()).add(")");
        }
        if (!filter.tags().isEmpty()) {
            anyOf(sql, "tags", filter.tags());
        }
        if (filter.limitsTone()) {
            sql.add(" AND tone IS NOT NULL AND tone >= ? AND tone <= ?", filter.minTone(), filter.maxTone());
        }
        if (filter.dateRange() != null) {
            sql.add(" AND start_ms < ? AND end_ms > ?", filter.dateRange().end(), filter.dateRange().start());
        }
        if (!filter.countries().isEmpty()) {
            anyOf(sql, "countries", filter.countries());
        }
        if (actorKindMask != 0) {
            sql.add(" AND (actor_kinds & ?) <> 0", actorKindMask);
        }
        if (filter.minReliability() != null) {
            sql.add(" AND best_reliability <= ?", filter.minReliability().ordinal());
        }
    }

    /** Whether a list column holds any of the values. */
    private static void anyOf(Sql sql, String column, Collection<String> values) {
        sql.add(" AND list_has_any(" + column + ", [");
        boolean first = true;
        for (String value : values) {
            sql.add(first ? "?::VARCHAR" : ", ?::VARCHAR", value);
            first = false;
        }
        sql.add("])");
    }

    /** ORDER BY for a sort: ties by time, which is the rows' own order, whichever way the column goes. */
    static String order(EventSort sort, boolean ascending) {
        String direction = ascending ? " ASC" : " DESC";
        return switch (sort) {
            case DATE -> "pos" + direction;
            case TITLE -> "lower(title)" + direction + ", pos";
            case KIND -> "coalesce(kind, '')" + direction + ", pos";
            case TONE -> "tone" + direction + " NULLS LAST, pos";
            case SOURCES -> "sources" + direction + ", pos";
        };
    }
}
