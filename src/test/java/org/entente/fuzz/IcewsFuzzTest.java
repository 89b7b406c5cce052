package org.entente.fuzz;

import org.entente.convert.ImportFormat;

/** Fuzzes the ICEWS importer. */
class IcewsFuzzTest extends FuzzTarget {
    @Override
    void fuzz(byte[] input) {
        Invariants.convert(ImportFormat.ICEWS, "events.tab", input);
    }
}
