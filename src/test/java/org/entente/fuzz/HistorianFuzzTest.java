package org.entente.fuzz;

import org.entente.convert.ImportFormat;

/** Fuzzes the Office of the Historian importer and its XML reader. */
class HistorianFuzzTest extends FuzzTarget {
    @Override
    void fuzz(byte[] input) {
        Invariants.convert(ImportFormat.HISTORIAN, "trips.xml", input);
    }
}
