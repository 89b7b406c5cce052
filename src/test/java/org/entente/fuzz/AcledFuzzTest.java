package org.entente.fuzz;

import org.entente.convert.ImportFormat;

/** Fuzzes the ACLED importer. */
class AcledFuzzTest extends FuzzTarget {
    @Override
    void fuzz(byte[] input) {
        Invariants.convert(ImportFormat.ACLED, "events.csv", input);
    }
}
