package org.entente.convert;

import org.entente.io.LongSet;

/**
 * The GLOBALEVENTIDs read so far, in sixty-four sets of their own: one set of a million ids doubles into
 * a single 16 MB array beside its old 8 MB one, which a small heap may not find room for in one piece while
 * rows are being merged; sixty-four sets grow a sixty-fourth at a time.
 */
final class EventIds {
    private static final int PART_BITS = 6;

    private final LongSet[] parts = new LongSet[1 << PART_BITS];

    EventIds() {
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new LongSet();
        }
    }

    /** Adds {@code id}; true when it was not there yet. */
    boolean add(long id) {
        int mixed = (int) ((id ^ (id >>> 32)) * 0xC2B2AE3D27D4EB4FL >>> 32);
        return parts[mixed >>> (Integer.SIZE - PART_BITS)].add(id);
    }
}
