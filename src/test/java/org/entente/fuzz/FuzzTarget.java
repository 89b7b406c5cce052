package org.entente.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

/**
 * One thing to fuzz, as two fuzz tests of which a build runs one: Jazzer fuzzes one fuzz test per JVM, so
 * each target is a class of its own, run in a JVM of its own (see the pom's {@code fuzz} execution).
 */
abstract class FuzzTarget {
    /** Hands the fuzzer's bytes to what is fuzzed, checking the invariants (see {@link Invariants}). */
    abstract void fuzz(byte[] input);

    /** In every build: a few seconds, after the inputs that once failed. */
    @Tag("fuzz-quick")
    @FuzzTest(maxDuration = Campaign.QUICK)
    void quick(byte[] input) {
        fuzz(input);
    }

    /** With -Pfuzz-campaign: the long campaign, from the corpus the earlier runs built. */
    @Tag("fuzz-campaign")
    @FuzzTest(maxDuration = Campaign.LONG)
    void campaign(byte[] input) {
        fuzz(input);
    }
}
