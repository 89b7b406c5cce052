package org.entente.time;

/**
 * The astronomical years a written year can stand for: each year in [first, last] that {@link #matches}.
 *
 * @param pattern    the written digits when some are unspecified ('X'), else null
 * @param standalone why nothing may follow the year (e.g. "a Y-prefixed year"), or null if a month may
 */
record YearField(long first, long last, DigitPattern pattern, boolean negative, Precision precision,
                 String standalone) {

    boolean matches(long year) {
        return pattern == null || pattern.matches(negative ? -year : year);
    }

    boolean unspecified() {
        return pattern != null;
    }
}
