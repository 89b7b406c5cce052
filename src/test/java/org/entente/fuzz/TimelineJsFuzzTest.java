package org.entente.fuzz;

import org.entente.convert.ImportFormat;

/** Fuzzes the TimelineJS importer. */
class TimelineJsFuzzTest extends FuzzTarget {
    @Override
    void fuzz(byte[] input) {
        Invariants.convert(ImportFormat.TIMELINEJS, "timeline.json", input);
    }
}
