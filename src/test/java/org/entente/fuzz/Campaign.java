package org.entente.fuzz;

/** How long each fuzz target fuzzes: briefly in every build, long in the campaign profile. */
final class Campaign {
    /** Per target in every {@code mvn verify}; four targets or more stay within a minute in all. */
    static final String QUICK = "5s";
    /** Per target with {@code -Pfuzz-campaign}. */
    static final String LONG = "15m";

    private Campaign() {
    }
}
