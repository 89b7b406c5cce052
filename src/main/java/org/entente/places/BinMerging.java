package org.entente.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.entente.index.IntList;
import org.entente.places.MapFrame.Bin;

/**
 * Merges the bins of a frame whose marks would overlap on screen, so that a dense region reads as a few
 * discs with their counts rather than a pile that hides them. A cell is at most a bin wide, but a mark of
 * many events is wider than a cell, and events near a shared edge put two centroids a few pixels apart.
 * Bins are taken by falling count, and each joins the first kept mark it would overlap, which then lies at
 * the centroid of both; passes repeat while marks grown by merging still overlap. The work is that of the
 * bins in view, looked up in a hash of screen cells as wide as the widest mark.
 */
final class BinMerging {
    private static final int PASSES = 4;
    private static final double CELL = 2 * MarkRadius.MAX;

    private BinMerging() {
    }

    /** The bins merged where their marks overlap at {@code pixelsPerUnit}; the rest as they were. */
    static List<Bin> merge(List<Bin> bins, double pixelsPerUnit) {
        List<Bin> merged = bins;
        for (int pass = 0; pass < PASSES; pass++) {
            List<Bin> next = mergeOnce(merged, pixelsPerUnit);
            if (next.size() == merged.size()) {
                return next;
            }
            merged = next;
        }
        return merged;
    }

    /**
     * The selection's bins ({@code selected}, a bin per cell) gathered as the window's were merged
     * ({@code merged}), each group at its merged bin's place, so that the selection's marks lie on theirs.
     */
    static List<Bin> alike(List<Bin> selected, List<Bin> merged) {
        LongIntMap binOf = new LongIntMap();
        for (int i = 0; i < merged.size(); i++) {
            for (long cell : merged.get(i).cells()) {
                binOf.put(cell, i);
            }
        }
        LongIntMap groupOf = new LongIntMap();
        List<Bin> groups = new ArrayList<>();
        for (Bin bin : selected) {
            int into = binOf.get(bin.cells()[0]);
            if (into == LongIntMap.ABSENT || merged.get(into).cells().length == 1) {
                groups.add(bin);
                continue;
            }
            int group = groupOf.get(into);
            if (group == LongIntMap.ABSENT) {
                groupOf.put(into, groups.size());
                groups.add(placedAt(bin, merged.get(into)));
            } else {
                groups.set(group, placedAt(joined(groups.get(group), bin), merged.get(into)));
            }
        }
        return groups;
    }

    /** The bin's events drawn where {@code at} is, as more than one event's mark. */
    private static Bin placedAt(Bin bin, Bin at) {
        return new Bin(bin.cells(), at.x(), at.y(), bin.count(), bin.byGroup(), bin.dominantGroup(), bin.meanTone(),
                bin.toned(), -1);
    }

    private static List<Bin> mergeOnce(List<Bin> bins, double pixelsPerUnit) {
        List<Bin> order = new ArrayList<>(bins);
        order.sort(Comparator.comparingInt(Bin::count).reversed().thenComparingLong(bin -> bin.cells()[0]));
        List<Bin> kept = new ArrayList<>();
        // Kept bins by screen cell: the last kept in each, and for each kept bin the one kept there before it.
        LongIntMap lastAt = new LongIntMap();
        IntList before = new IntList();
        for (Bin bin : order) {
            double sx = bin.x() * pixelsPerUnit;
            double sy = bin.y() * pixelsPerUnit;
            int into = overlapping(kept, lastAt, before, bin, sx, sy, pixelsPerUnit);
            if (into >= 0) {
                kept.set(into, joined(kept.get(into), bin));
            } else {
                long key = key((long) Math.floor(sx / CELL), (long) Math.floor(sy / CELL));
                before.add(lastAt.get(key));
                lastAt.put(key, kept.size());
                kept.add(bin);
            }
        }
        return kept;
    }

    /** The first kept bin whose mark overlaps {@code bin}'s, looked for in the screen cells around it; -1 if none. */
    private static int overlapping(List<Bin> kept, LongIntMap lastAt, IntList before, Bin bin, double sx, double sy,
                                   double pixelsPerUnit) {
        long column = (long) Math.floor(sx / CELL);
        long row = (long) Math.floor(sy / CELL);
        double r = MarkRadius.of(bin.count());
        int best = -1;
        for (long c = column - 1; c <= column + 1; c++) {
            for (long w = row - 1; w <= row + 1; w++) {
                for (int k = lastAt.get(key(c, w)); k != LongIntMap.ABSENT; k = before.get(k)) {
                    Bin other = kept.get(k);
                    double dx = other.x() * pixelsPerUnit - sx;
                    double dy = other.y() * pixelsPerUnit - sy;
                    if (Math.hypot(dx, dy) < r + MarkRadius.of(other.count()) && (best < 0 || k < best)) {
                        best = k;
                    }
                }
            }
        }
        return best;
    }

    /** A screen cell's key, not negative as the map's keys must be: screen cells number far fewer than 2^30 a side. */
    private static long key(long column, long row) {
        return ((column + (1L << 30)) & 0x7FFF_FFFFL) << 32 | ((row + (1L << 30)) & 0xFFFF_FFFFL);
    }

    /** Both bins' events as one, at their centroid. */
    private static Bin joined(Bin a, Bin b) {
        int count = a.count() + b.count();
        // Bins of one frame count the same groups.
        int[] byGroup = a.byGroup().clone();
        for (int g = 0; g < byGroup.length; g++) {
            byGroup[g] += b.byGroup()[g];
        }
        int dominant = 0;
        for (int g = 1; g < byGroup.length; g++) {
            if (byGroup[g] > byGroup[dominant]) {
                dominant = g;
            }
        }
        int toned = a.toned() + b.toned();
        double tone = toned == 0 ? Double.NaN : (toneSum(a) + toneSum(b)) / toned;
        long[] cells = Arrays.copyOf(a.cells(), a.cells().length + b.cells().length);
        System.arraycopy(b.cells(), 0, cells, a.cells().length, b.cells().length);
        double x = (a.x() * a.count() + b.x() * b.count()) / count;
        double y = (a.y() * a.count() + b.y() * b.count()) / count;
        return new Bin(cells, x, y, count, byGroup, dominant, tone, toned, -1);
    }

    /** The sum of a bin's tones; its mean is NaN when none has one. */
    private static double toneSum(Bin bin) {
        return bin.toned() == 0 ? 0 : bin.meanTone() * bin.toned();
    }
}
