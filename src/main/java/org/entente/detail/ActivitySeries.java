package org.entente.detail;

import java.util.List;
import org.entente.index.IntList;
import org.entente.model.Event;

/**
 * Events over time for a chart: how many start in each of a number of equal bins between the first
 * and the last, and their mean tone per bin (NaN where no event in the bin has a tone).
 */
public record ActivitySeries(long from, long to, int[] counts, double[] meanTone) {
    /** Events a few days apart are shown across two months, so that bars keep a readable width. */
    private static final long MIN_SPAN = 60 * 86_400_000L;

    /** Bins the events (positions in {@code events}) that have a finite start. */
    public static ActivitySeries of(List<Event> events, IntList positions, int bins) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (int i = 0; i < positions.size(); i++) {
            long start = events.get(positions.get(i)).when().start();
            if (start != Long.MIN_VALUE) {
                from = Math.min(from, start);
                to = Math.max(to, start);
            }
        }
        int[] counts = new int[bins];
        double[] toneSum = new double[bins];
        int[] toned = new int[bins];
        if (from > to) {
            return new ActivitySeries(0, 0, counts, nanTones(toneSum, toned));
        }
        if (to - from < MIN_SPAN) {
            long middle = from + (to - from) / 2;
            from = middle - MIN_SPAN / 2;
            to = middle + MIN_SPAN / 2;
        }
        double width = Math.max(1, (double) to - from + 1) / bins;
        for (int i = 0; i < positions.size(); i++) {
            Event e = events.get(positions.get(i));
            long start = e.when().start();
            if (start == Long.MIN_VALUE) {
                continue;
            }
            int bin = Math.min(bins - 1, (int) ((start - from) / width));
            counts[bin]++;
            if (e.hasTone()) {
                toneSum[bin] += e.tone();
                toned[bin]++;
            }
        }
        return new ActivitySeries(from, to, counts, nanTones(toneSum, toned));
    }

    private static double[] nanTones(double[] sums, int[] counts) {
        double[] mean = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            mean[i] = counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
        }
        return mean;
    }

    public int max() {
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        return max;
    }

    public boolean isEmpty() {
        return max() == 0;
    }
}
