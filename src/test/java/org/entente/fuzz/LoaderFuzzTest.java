package org.entente.fuzz;

/** Fuzzes the dataset loader. */
class LoaderFuzzTest extends FuzzTarget {
    @Override
    void fuzz(byte[] input) {
        Invariants.load(input);
    }
}
