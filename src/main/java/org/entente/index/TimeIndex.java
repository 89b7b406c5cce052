package org.entente.index;

import java.util.List;
import org.entente.model.Event;

/**
 * A columnar index of event time spans for datasets of millions of events.
 *
 * <p>Spans are half-open, [start, end) in epoch milliseconds, kept in primitive arrays sorted by start.
 * Overlap queries walk an implicit interval tree laid over that order (each node stores the largest end
 * below it, as in Heng Li's cgranges), which costs O(log n + k) and yields hits in start order.
 * Density counts use two more sorted columns (starts, ends) and cumulative counts on a fixed grid, so
 * that counting the events over any bin edge costs a grid lookup and a search within one grid cell:
 * the cost of a density query depends on the number of bins, not on the number of events.
 */
public final class TimeIndex {
    private static final int LINEAR_SCAN_LEVEL = 3;
    private static final int MAX_GRID_CELLS = 1 << 20;

    private final long[] starts;
    private final long[] ends;
    private final int[] eventPositions;
    private final long[] subtreeMaxEnd;
    private final int rootLevel;
    private final long[] sortedEnds;
    /** Dataset positions in order of their end, so that events can be walked by where they end. */
    private final int[] byEnd;
    /** The starts in the same order, so that such a walk reads them in a row rather than from each event. */
    private final long[] startsByEnd;
    private final Grid startGrid;
    private final Grid endGrid;
    private final long minStart;
    private final long maxEnd;

    private TimeIndex(long[] starts, long[] ends, int[] eventPositions) {
        this.starts = starts;
        this.ends = ends;
        this.eventPositions = eventPositions;
        this.subtreeMaxEnd = new long[starts.length];
        this.rootLevel = buildTree();
        int[] endRanks = SpanSort.byStart(ends, ends.length);
        this.sortedEnds = new long[ends.length];
        this.byEnd = new int[ends.length];
        this.startsByEnd = new long[ends.length];
        for (int i = 0; i < ends.length; i++) {
            sortedEnds[i] = ends[endRanks[i]];
            byEnd[i] = eventPositions[endRanks[i]];
            startsByEnd[i] = starts[endRanks[i]];
        }
        this.minStart = firstFinite(starts);
        this.maxEnd = lastFinite(sortedEnds);
        int cells = (int) Math.min(MAX_GRID_CELLS, Math.max(64, starts.length));
        this.startGrid = new Grid(starts, minStart, maxEnd, cells);
        this.endGrid = new Grid(sortedEnds, minStart, maxEnd, cells);
    }

    /** Indexes events by their resolved spans; the index refers to events by their position in the list. */
    public static TimeIndex of(List<Event> events) {
        int n = events.size();
        long[] s = new long[n];
        long[] e = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = events.get(i).when().start();
            e[i] = events.get(i).when().end();
        }
        return of(s, e);
    }

    /** Indexes some of the events: {@code positions} lists their positions in {@code events}, as the index reports them. */
    public static TimeIndex of(List<Event> events, IntList positions) {
        int n = positions.size();
        long[] s = new long[n];
        long[] e = new long[n];
        for (int i = 0; i < n; i++) {
            Event event = events.get(positions.get(i));
            s[i] = event.when().start();
            e[i] = event.when().end();
        }
        TimeIndex local = of(s, e);
        for (int rank = 0; rank < n; rank++) {
            local.eventPositions[rank] = positions.get(local.eventPositions[rank]);
            local.byEnd[rank] = positions.get(local.byEnd[rank]);
        }
        return local;
    }

    /** Indexes raw spans; position i in the arrays is the event's position. The arrays are not kept. */
    public static TimeIndex of(long[] spanStarts, long[] spanEnds) {
        int n = spanStarts.length;
        if (spanEnds.length != n) {
            throw new IllegalArgumentException("starts and ends differ in length");
        }
        int[] order = SpanSort.byStart(spanStarts, n);
        long[] s = new long[n];
        long[] e = new long[n];
        for (int i = 0; i < n; i++) {
            s[i] = spanStarts[order[i]];
            e[i] = Math.max(spanEnds[order[i]], s[i]);
        }
        return new TimeIndex(s, e, order);
    }

    public int size() {
        return starts.length;
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** The earliest finite start, or 0 for an empty index; open starts are left out. */
    public long minStart() {
        return minStart;
    }

    /** The latest finite end, or 0 for an empty index; open ends are left out. */
    public long maxEnd() {
        return maxEnd;
    }

    /** The dataset position of the event at {@code rank} in start order. */
    public int eventAt(int rank) {
        return eventPositions[rank];
    }

    public long startAt(int rank) {
        return starts[rank];
    }

    public long endAt(int rank) {
        return ends[rank];
    }

    /**
     * Adds to {@code out} the dataset positions of the events whose span overlaps [t0, t1), in start order,
     * and returns how many it added.
     */
    public int overlapping(long t0, long t1, IntList out) {
        int n = starts.length;
        if (n == 0 || t0 >= t1) {
            return 0;
        }
        int before = out.size();
        long[] stackNode = new long[64];
        int[] stackLevel = new int[64];
        boolean[] stackLeftDone = new boolean[64];
        int top = 0;
        stackNode[top] = (1L << rootLevel) - 1;
        stackLevel[top] = rootLevel;
        stackLeftDone[top++] = false;
        while (top > 0) {
            top--;
            long x = stackNode[top];
            int level = stackLevel[top];
            boolean leftDone = stackLeftDone[top];
            if (level <= LINEAR_SCAN_LEVEL) {
                long first = x >> level << level;
                long last = Math.min(n, first + (1L << (level + 1)) - 1);
                for (int i = (int) first; i < last && starts[i] < t1; i++) {
                    if (ends[i] > t0) {
                        out.add(eventPositions[i]);
                    }
                }
            } else if (!leftDone) {
                long left = x - (1L << (level - 1));
                stackNode[top] = x;
                stackLevel[top] = level;
                stackLeftDone[top++] = true;
                if (left >= n || subtreeMaxEnd[(int) left] > t0) {
                    stackNode[top] = left;
                    stackLevel[top] = level - 1;
                    stackLeftDone[top++] = false;
                }
            } else if (x < n && starts[(int) x] < t1) {
                if (ends[(int) x] > t0) {
                    out.add(eventPositions[(int) x]);
                }
                stackNode[top] = x + (1L << (level - 1));
                stackLevel[top] = level - 1;
                stackLeftDone[top++] = false;
            }
        }
        return out.size() - before;
    }

    /** How many events overlap [t0, t1). */
    public int countOverlapping(long t0, long t1) {
        if (t0 >= t1) {
            return 0;
        }
        return startGrid.countBefore(t1) - endGrid.countAtOrBefore(t0);
    }

    /**
     * Fills {@code counts} with the number of events overlapping each of {@code counts.length} equal bins
     * that divide [t0, t1). An event that spans several bins counts in each of them.
     */
    public void density(long t0, long t1, int[] counts) {
        density(t0, t1, counts, counts.length);
    }

    /** As {@link #density(long, long, int[])} for the first {@code bins} entries of a reused array. */
    public void density(long t0, long t1, int[] counts, int bins) {
        if (bins == 0) {
            return;
        }
        double width = ((double) t1 - (double) t0) / bins;
        long edge = t0;
        for (int i = 0; i < bins; i++) {
            long next = i == bins - 1 ? t1 : t0 + Math.round(width * (i + 1));
            counts[i] = countOverlapping(edge, next);
            edge = next;
        }
    }

    /** The rank in start order of the first event starting at or after {@code t}; {@link #size()} if none. */
    public int firstStartingAtOrAfter(long t) {
        return lowerBound(starts, 0, starts.length, t);
    }

    /** The rank in end order of the first event ending strictly after {@code t}; {@link #size()} if none. */
    public int firstEndingAfter(long t) {
        return upperBound(sortedEnds, 0, sortedEnds.length, t);
    }

    /** The end of the event at {@code endRank} in end order. */
    public long endByEndRank(int endRank) {
        return sortedEnds[endRank];
    }

    /** The dataset position of the event at {@code endRank} in end order. */
    /** The start of the event at a rank by end. */
    public long startByEndRank(int endRank) {
        return startsByEnd[endRank];
    }

    public int eventByEndRank(int endRank) {
        return byEnd[endRank];
    }

    /** The rank (start order) of the first event starting strictly after {@code t}, or -1. */
    public int firstStartingAfter(long t) {
        int rank = upperBound(starts, 0, starts.length, t);
        return rank < starts.length ? rank : -1;
    }

    /** The rank (start order) of the last event starting strictly before {@code t}, or -1. */
    public int lastStartingBefore(long t) {
        return lowerBound(starts, 0, starts.length, t) - 1;
    }

    private int buildTree() {
        int n = starts.length;
        if (n == 0) {
            return 0;
        }
        long lastMax = 0;
        int lastIndex = 0;
        for (int i = 0; i < n; i += 2) {
            lastIndex = i;
            lastMax = subtreeMaxEnd[i] = ends[i];
        }
        int level = 1;
        for (; 1L << level <= n; level++) {
            long half = 1L << (level - 1);
            long firstNode = (half << 1) - 1;
            long step = half << 2;
            for (long i = firstNode; i < n; i += step) {
                long leftMax = subtreeMaxEnd[(int) (i - half)];
                long rightMax = i + half < n ? subtreeMaxEnd[(int) (i + half)] : lastMax;
                subtreeMaxEnd[(int) i] = Math.max(ends[(int) i], Math.max(leftMax, rightMax));
            }
            lastIndex = ((lastIndex >> level) & 1) != 0 ? (int) (lastIndex - half) : (int) (lastIndex + half);
            if (lastIndex < n && subtreeMaxEnd[lastIndex] > lastMax) {
                lastMax = subtreeMaxEnd[lastIndex];
            }
        }
        return level - 1;
    }

    private static long firstFinite(long[] sorted) {
        for (long v : sorted) {
            if (v != Long.MIN_VALUE) {
                return v;
            }
        }
        return 0;
    }

    private static long lastFinite(long[] sorted) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] != Long.MAX_VALUE) {
                return sorted[i];
            }
        }
        return 0;
    }

    /** First index in [from, to) whose value is >= key. */
    static int lowerBound(long[] a, int from, int to, long key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index in [from, to) whose value is > key. */
    static int upperBound(long[] a, int from, int to, long key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
