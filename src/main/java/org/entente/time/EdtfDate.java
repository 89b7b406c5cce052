package org.entente.time;

/**
 * One EDTF date (not an interval). Covers [start, end) in UTC epoch milliseconds, proleptic Gregorian.
 * A set such as {@code [1667, 1668]} is also one EdtfDate spanning all of its members.
 * Built by {@link Edtf}; the constructor trusts its arguments.
 */
public record EdtfDate(String text, long start, long end, Precision precision,
                       boolean uncertain, boolean approximate, boolean unspecified) {
}
