package org.entente.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * One figure of the benchmark suite, as written to {@code target/bench/results.json}.
 * {@code target} is the bound the figure must stay within, in the same unit ("" when it is only reported).
 */
public record BenchResult(String name, double value, String unit, String target, long n) {

    /** Timings as the in-process benches give them: the median in the name, the 95th percentile as the value. */
    public static BenchResult ofMillis(String what, double[] millis, String target, long events) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
        return new BenchResult(String.format(Locale.ROOT, "%s: median %.1f ms, p95", what, sorted[sorted.length / 2]),
                p95, "ms", target, events);
    }

    /** How long some work takes, in milliseconds. */
    public static double millis(Runnable work) {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }
}
