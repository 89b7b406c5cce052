package org.entente.fuzz;

import org.entente.convert.ImportFormat;

/** Fuzzes the PLOVER importer. */
class PloverFuzzTest extends FuzzTarget {
    @Override
    void fuzz(byte[] input) {
        Invariants.convert(ImportFormat.PLOVER, "events.jsonl", input);
    }
}
