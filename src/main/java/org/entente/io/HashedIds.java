package org.entente.io;

/**
 * The ids of a list that nothing refers to (events, relations, periods), remembered only to catch duplicates:
 * a 64-bit hash of each in a {@link LongSet}, some sixteen bytes an id where the ids in a map cost about a
 * hundred, because a streamed file of a hundred million events must not hold its ids. Two different ids
 * share a hash with odds of about n²/2⁶⁵ for n ids: one in forty million for a million ids, one in four
 * thousand for a hundred million; the later of such a pair would be reported as a duplicate id.
 */
final class HashedIds implements IdClaims {
    private final LongSet hashes = new LongSet();

    @Override
    public boolean claim(String id) {
        return hashes.add(hash(id));
    }

    /** Nothing refers to these records, so whether one was kept is never asked. */
    @Override
    public void accept(String id) {
    }

    /**
     * FNV-1a over the characters, then MurmurHash3's finalizer, because FNV alone leaves ids that differ only
     * in their last characters (evt-000001, evt-000002) close together in the low bits the set probes with.
     */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
