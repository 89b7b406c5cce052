package org.entente.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many events start before and end by each bucket boundary (a day, or a few days for a dataset of
 * many centuries), per kind and per band of tone: the store's counts per day, summed once when it opens.
 * The events overlapping [a, b) are then those starting before b less those ending by a, so the density
 * of any window at bucket resolution or coarser costs its bins, not its events. An open start counts as
 * before every boundary; an open end as after every one.
 */
final class DayCounts {
    static final long DAY = 86_400_000L;
    /** Cumulative counts held at most, for all series together: 64 MB. */
    private static final long MAX_CELLS = 16_000_000L;

    /**
     * One day of a series, a kind's ({@code band} -1) or a band of tone's: how many events start on it (by
     * the day they start in) and end by its end. {@code day} is null for events with an open start.
     */
    record DayRow(Long day, String kind, int band, int starts, int ends) {
    }

    private final long firstBucket;
    private final int bucketDays;
    private final Map<String, Integer> kinds = new HashMap<>();
    private final int[][] starts;
    private final int[][] ends;

    /**
     * Sums the rows; {@code row.day()} is null for an open start. A start on day d counts before the
     * boundary of day d + 1; an end on day d (the first day boundary at or after it) counts by d.
     */
    DayCounts(List<DayRow> rows, int bands) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (DayRow row : rows) {
            if (row.band() < 0) {
                kinds.putIfAbsent(row.kind() == null ? "" : row.kind(), kinds.size());
            }
            if (row.day() != null) {
                min = Math.min(min, row.day());
                max = Math.max(max, row.day());
            }
        }
        int series = kinds.size() + bands;
        long days = min > max ? 1 : max - min + 2;
        int bucket = (int) Math.max(1, (days * series * 2 + MAX_CELLS - 1) / MAX_CELLS);
        this.bucketDays = bucket;
        // One bucket before the first keeps slot 0 free of real days: below the span, nothing has started or ended.
        this.firstBucket = min > max ? 0 : Math.floorDiv(min, bucket) - 1;
        int length = (int) (min > max ? 1 : Math.floorDiv(max, bucket) - firstBucket + 2);
        starts = new int[series][length + 1];
        ends = new int[series][length + 1];
        for (DayRow row : rows) {
            int at = row.band() < 0 ? kinds.get(row.kind() == null ? "" : row.kind()) : kinds.size() + row.band();
            if (row.day() == null) {
                starts[at][0] += row.starts();
            } else {
                // Day d starts before boundary d+1 (bucketed: the bucket after d's), ends by d's boundary,
                // rounded up to the next bucket boundary so that a bucketed count never counts it early.
                starts[at][(int) (Math.floorDiv(row.day(), bucket) - firstBucket + 1)] += row.starts();
                ends[at][(int) (Math.floorDiv(row.day() + bucket - 1, bucket) - firstBucket)] += row.ends();
            }
        }
        for (int s = 0; s < series; s++) {
            for (int i = 1; i <= length; i++) {
                starts[s][i] += starts[s][i - 1];
                ends[s][i] += ends[s][i - 1];
            }
        }
    }

    /**
     * The counts of the events that start and end on day boundaries (or are open there): all the rows less
     * those of the events off them ({@code offday_counts}), counted alike. Null when buckets are wider than a
     * day, where an event on a day boundary may be off a bucket's.
     */
    static DayCounts onBoundaries(List<DayRow> rows, List<DayRow> offDays, int bands) {
        List<DayRow> less = new ArrayList<>(rows);
        for (DayRow row : offDays) {
            less.add(new DayRow(row.day(), row.kind(), row.band(), -row.starts(), -row.ends()));
        }
        DayCounts counts = new DayCounts(less, bands);
        return counts.bucketDays == 1 ? counts : null;
    }

    /** The width of a bucket: windows and bins are counted at this resolution or coarser. */
    long bucketMillis() {
        return bucketDays * DAY;
    }

    /** The bucket boundary nearest to an instant. */
    long snap(long instant) {
        return Math.round((double) instant / bucketMillis()) * bucketMillis();
    }

    /**
     * Events of a kind (null: none) overlapping [a, b), both bucket boundaries; or any two instants when every
     * event counted starts and ends on a bucket boundary (as those of {@link #onBoundaries} do).
     */
    int kind(String kind, long a, long b) {
        Integer series = kinds.get(kind == null ? "" : kind);
        return series == null ? 0 : overlapping(series, a, b);
    }

    /** Events of a band of tone ({@link org.entente.strata.Strata#toneGroup}) overlapping [a, b), as {@link #kind}. */
    int band(int band, long a, long b) {
        return overlapping(kinds.size() + band, a, b);
    }

    /**
     * At least how many events cross the whole of [a, b), both bucket boundaries: those starting before a
     * less those ending by b, whenever they started, so that each one left overlaps any window inside it.
     */
    int crossing(long a, long b) {
        int total = 0;
        for (int series = 0; series < kinds.size(); series++) {
            total += at(starts[series], Math.floorDiv(a, bucketMillis())) - at(ends[series], Math.floorDiv(b, bucketMillis()));
        }
        return Math.max(0, total);
    }

    /** How many events start in [a, b), both bucket boundaries; an open start is in no such span. */
    int starting(long a, long b) {
        int total = 0;
        for (int series = 0; series < kinds.size(); series++) {
            total += at(starts[series], Math.floorDiv(b, bucketMillis())) - at(starts[series], Math.floorDiv(a, bucketMillis()));
        }
        return Math.max(0, total);
    }

    /** The kinds counted, "" standing for events without one. */
    Set<String> kinds() {
        return kinds.keySet();
    }

    /**
     * Those starting before b less those ending by a. An event starting on a boundary starts before b if that
     * boundary is below b, so before the first boundary at or after it; one ending on a boundary ends by a if
     * it ends by the last boundary at or before a.
     */
    private int overlapping(int series, long a, long b) {
        if (a >= b) {
            return 0;
        }
        return at(starts[series], Math.floorDiv(b - 1, bucketMillis()) + 1) - at(ends[series], Math.floorDiv(a, bucketMillis()));
    }

    /** The cumulative count at a bucket boundary (by its number), clamped to the counted span. */
    private int at(int[] cumulative, long bucket) {
        long slot = bucket - firstBucket;
        return cumulative[(int) Math.max(0, Math.min(cumulative.length - 1, slot))];
    }
}
