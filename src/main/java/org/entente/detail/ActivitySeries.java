package org.entente.detail;

import java.util.List;
import org.entente.index.IntList;
import org.entente.model.Event;

/**
 * Events over time for a chart: how many start in each of a number of equal bins between the first
 * and the last, and their mean tone per bin (NaN where no event in the bin has a tone).
 */
public record ActivitySeries(long from, long to, int[] counts, double[] meanTone) {
    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;
    /** The fewest bars a short series is drawn with, so that a day or two of events does not fill the chart. */
    private static final int MIN_BARS = 7;

    /**
     * Bins the events (positions in {@code events}) that have a finite start: {@code bins} equal bins from
     * the first to the last, or, when they span fewer days (hours, for events with a time of day) than
     * that, a bin a day (an hour) over those days and a few either side. Two days of events are two bars
     * a day wide, not two slivers in the middle of a stretched span, nor one per hour of a day-dated set.
     */
    public static ActivitySeries of(List<Event> events, IntList positions, int bins) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        boolean days = true;
        for (int i = 0; i < positions.size(); i++) {
            long start = events.get(positions.get(i)).when().start();
            if (start != Long.MIN_VALUE) {
                from = Math.min(from, start);
                to = Math.max(to, start);
                days &= Math.floorMod(start, DAY) == 0;
            }
        }
        if (from > to) {
            return new ActivitySeries(0, 0, new int[bins], nanTones(new double[bins], new int[bins]));
        }
        long unit = days ? DAY : HOUR;
        long first = Math.floorDiv(from, unit);
        long units = Math.floorDiv(to, unit) - first + 1;
        if (units < bins) {
            bins = (int) Math.max(units, MIN_BARS);
            from = (first - (bins - units) / 2) * unit;
            to = from + bins * unit - 1;
        }
        int[] counts = new int[bins];
        double[] toneSum = new double[bins];
        int[] toned = new int[bins];
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

    /** When bin {@code i} starts. */
    public long binStart(int i) {
        return from + Math.round(((double) to - from + 1) * i / counts.length);
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
