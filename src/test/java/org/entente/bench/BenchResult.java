package org.entente.bench;

/**
 * One figure of the benchmark suite, as written to {@code target/bench/results.json}.
 * {@code target} is the bound the figure must stay within, in the same unit ("" when it is only reported).
 */
public record BenchResult(String name, double value, String unit, String target, long n) {
}
