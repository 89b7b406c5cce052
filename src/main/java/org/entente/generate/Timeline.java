package org.entente.generate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

/**
 * When events happen: bursty, as in real event data. Each month has a base rate that holds for a regime
 * of a few months and is drawn from a heavy-tailed (Pareto) law, on a slow upward trend (coverage grows);
 * on top come crises, short and intense bursts that front-load their events and have focal actors.
 * Instants are epoch seconds (UTC).
 */
final class Timeline {
    static final LocalDate FIRST_DAY = LocalDate.of(1995, 1, 1);
    static final LocalDate END_DAY = LocalDate.of(2025, 1, 1);
    static final int CRISES = 40;
    /** The share of all events that happen in crises. */
    private static final double CRISIS_SHARE = 0.2;
    private static final double PARETO_ALPHA = 1.6;
    private static final long DAY = 86_400;

    /** A burst of events between {@code start} and {@code end} (epoch seconds) around its focal actors. */
    record Crisis(long start, long end, int[] focalActors) {
    }

    private final long[] segmentStart;
    private final long[] segmentLength;
    private final int firstCrisisSegment;
    private final WeightedChoice segments;
    private final Crisis[] crises;

    Timeline(SplittableRandom rng, int actors) {
        int months = (int) (YearMonth.from(FIRST_DAY).until(YearMonth.from(END_DAY), ChronoUnit.MONTHS));
        segmentStart = new long[months + CRISES];
        segmentLength = new long[months + CRISES];
        double[] weights = new double[months + CRISES];
        double level = 0;
        int regimeLeft = 0;
        double monthTotal = 0;
        for (int m = 0; m < months; m++) {
            if (regimeLeft-- == 0) {
                level = pareto(rng);
                regimeLeft = rng.nextInt(1, 9);
            }
            LocalDate first = FIRST_DAY.plusMonths(m);
            segmentStart[m] = first.toEpochDay() * DAY;
            segmentLength[m] = first.lengthOfMonth() * DAY;
            weights[m] = level * (0.5 + 1.5 * m / months) * first.lengthOfMonth();
            monthTotal += weights[m];
        }
        firstCrisisSegment = months;
        crises = new Crisis[CRISES];
        long span = (END_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) * DAY;
        double[] intensity = new double[CRISES];
        double intensityTotal = 0;
        for (int c = 0; c < CRISES; c++) {
            long length = rng.nextLong(3, 46) * DAY;
            long start = FIRST_DAY.toEpochDay() * DAY + rng.nextLong(span - length) / DAY * DAY;
            int[] focal = new int[rng.nextInt(2, 4)];
            for (int f = 0; f < focal.length; f++) {
                focal[f] = rng.nextInt(actors);
            }
            crises[c] = new Crisis(start, start + length, focal);
            segmentStart[months + c] = start;
            segmentLength[months + c] = length;
            intensity[c] = pareto(rng);
            intensityTotal += intensity[c];
        }
        for (int c = 0; c < CRISES; c++) {
            weights[months + c] = monthTotal * CRISIS_SHARE / (1 - CRISIS_SHARE) * intensity[c] / intensityTotal;
        }
        segments = new WeightedChoice(weights);
        Arrays.sort(crises, Comparator.comparingLong(Crisis::start));
    }

    /** {@code n} instants in ascending order. */
    long[] sample(int n, SplittableRandom rng) {
        long[] instants = new long[n];
        for (int i = 0; i < n; i++) {
            int s = segments.pick(rng);
            double u = rng.nextDouble();
            // A crisis peaks as it breaks out and then fades, so its events crowd towards its start.
            double offset = s >= firstCrisisSegment ? u * u : u;
            instants[i] = segmentStart[s] + (long) (offset * segmentLength[s]);
        }
        Arrays.sort(instants);
        return instants;
    }

    /** The crisis under way at {@code instant}, the most recent one when they overlap, or null. */
    Crisis crisisAt(long instant) {
        for (int c = crises.length - 1; c >= 0; c--) {
            if (crises[c].start() <= instant && instant < crises[c].end()) {
                return crises[c];
            }
        }
        return null;
    }

    private static double pareto(SplittableRandom rng) {
        return Math.pow(1 - rng.nextDouble(), -1 / PARETO_ALPHA);
    }
}
