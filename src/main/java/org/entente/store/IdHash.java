package org.entente.store;

import java.nio.charset.StandardCharsets;

/**
 * A 64-bit hash of an event's id, by which a store finds the event of an id: a table of hashes sorted
 * once lets the engine skip to the one block that can hold it, where ids themselves (long strings sharing
 * prefixes such as "gdelt-10") would not. A collision only means two rows to compare, never a wrong answer.
 */
final class IdHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private IdHash() {
    }

    /** FNV-1a over the UTF-8 bytes, then a finalising mix so that ids differing in their last bytes spread out. */
    static long of(String id) {
        long hash = FNV_OFFSET;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * FNV_PRIME;
        }
        hash = (hash ^ (hash >>> 33)) * 0xff51afd7ed558ccdL;
        hash = (hash ^ (hash >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }
}
