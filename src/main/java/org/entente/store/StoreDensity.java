package org.entente.store;

import java.util.function.LongUnaryOperator;
import org.entente.lanes.LaneMode;
import org.entente.model.DatasetStats;
import org.entente.query.TimeWindow;
import org.entente.strata.ColorMode;
import org.entente.strata.Strata;

/**
 * A store's densities, both ways: from the day counts when they hold the answer, or in SQL. The bins are
 * those of {@link org.entente.index.TimeIndex#density}: edge i at start + round(width × i), the last at
 * the window's end, and an event counts in every bin it overlaps.
 */
final class StoreDensity {
    private StoreDensity() {
    }

    /**
     * Adds the counts of the bins from day counts: at day resolution or coarser with each edge moved to the
     * nearest bucket boundary ({@code snap}), or at any resolution, edges where they fall, from counts of events
     * on day boundaries alone ({@link DayCounts#onBoundaries}).
     */
    static void fromDays(DayCounts days, Strata strata, DensityRequest request, int[][] counts, boolean snap) {
        TimeWindow window = request.window();
        int bins = request.bins();
        double width = ((double) window.end() - (double) window.start()) / bins;
        LongUnaryOperator at = snap ? days::snap : instant -> instant;
        long edge = at.applyAsLong(window.start());
        for (int i = 0; i < bins; i++) {
            long next = at.applyAsLong(i == bins - 1 ? window.end() : window.start() + Math.round(width * (i + 1)));
            if (strata.mode() == ColorMode.TONE) {
                for (int band = 0; band < strata.size(); band++) {
                    counts[band][i] += days.band(band, edge, next);
                }
            } else {
                for (String kind : days.kinds()) {
                    String named = kind.isEmpty() ? null : kind;
                    if (passes(request, named)) {
                        counts[strata.kindGroup(named)][i] += days.kind(named, edge, next);
                    }
                }
            }
            edge = next;
        }
    }

    /** Whether the lane and the filter's kinds take events of this kind. */
    private static boolean passes(DensityRequest request, String kind) {
        if (request.lanes() == LaneMode.KIND) {
            String lane = DatasetStats.NO_KIND.equals(request.lane()) ? null : request.lane();
            if (lane == null ? kind != null : !lane.equals(kind)) {
                return false;
            }
        }
        return request.filter().eventKinds().isEmpty() || (kind != null && request.filter().eventKinds().contains(kind));
    }

    /**
     * The start of the query that counts, per group (kind, or band of tone when the colours are by tone), the
     * events starting in each bin ({@code sb}: 0 for those starting before the window) and, apart, those
     * whose end first reaches each bin edge ({@code eb}: the bin count for those ending after the window); the
     * caller adds the filter and {@link #GROUPED}. Counting starts and ends apart, rather than each pair of
     * them, gives a row per group and bin: a year's density of a hundred million events is some thousands of
     * rows, not half a million. The bin of a time is found by division and then checked against the two edges
     * around it, computed as the Java side computes them, so that rounding never moves an event. With
     * {@code offDays}, of the events at a time of day only ({@link StoreFilter#offDayRows}).
     */
    static Sql sql(DensityRequest request, StoreMeta meta, boolean offDays, SqlDialect dialect) {
        TimeWindow window = request.window();
        double width = ((double) window.end() - (double) window.start()) / request.bins();
        String group = request.colors() == ColorMode.TONE ? "band" : "kind";
        Sql sql = new Sql("""
                WITH q AS (SELECT CAST(? AS BIGINT) AS a, CAST(? AS BIGINT) AS b, CAST(? AS DOUBLE) AS w,
                    CAST(? AS BIGINT) AS n)
                SELECT g, sb, eb, count(*) FROM (SELECT %s AS g,
                    CASE WHEN s0 IS NULL THEN 0 ELSE least(n - 1, greatest(0, s0 + CASE
                        WHEN a + round(w * (s0 + 1)) <= start_ms THEN 1 WHEN a + round(w * s0) > start_ms THEN -1
                        ELSE 0 END)) END AS sb,
                    CASE WHEN e0 IS NULL THEN n ELSE least(n, greatest(1, e0 + CASE
                        WHEN a + round(w * (e0 - 1)) >= end_ms THEN -1 WHEN a + round(w * e0) < end_ms THEN 1
                        ELSE 0 END)) END AS eb
                    FROM (
                SELECT kind, band, start_ms, end_ms, a, w, n,
                    CASE WHEN start_ms < a THEN NULL ELSE CAST(floor((CAST(start_ms AS DOUBLE) - a) / w) AS BIGINT) END AS s0,
                    CASE WHEN end_ms >= b THEN NULL ELSE CAST(ceil((CAST(end_ms AS DOUBLE) - a) / w) AS BIGINT) END AS e0
                FROM q,\s""".formatted(group), window.start(), window.end(), width, (long) request.bins());
        if (offDays) {
            StoreFilter.offDayRows(sql, window, meta, dialect);
        } else {
            StoreFilter.rows(sql, window, meta);
        }
        sql.add(" WHERE true");
        return sql;
    }

    /** What closes {@link #sql} once the filter is added: the counts per group of starts per bin and of ends per edge. */
    static final String GROUPED = ") AS e) AS d GROUP BY GROUPING SETS ((g, sb), (g, eb))";
}
