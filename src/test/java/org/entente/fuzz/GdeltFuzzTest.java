package org.entente.fuzz;

import org.entente.convert.ImportFormat;

/** Fuzzes the GDELT importer. */
class GdeltFuzzTest extends FuzzTarget {
    @Override
    void fuzz(byte[] input) {
        Invariants.convert(ImportFormat.GDELT, "events.export.CSV", input);
    }
}
