package org.entente.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one instance per distinct value of the repetitive parts of records (actor ids, kinds, roles,
 * tags, places, codes, participants): a million-event dataset repeats them millions of times, and
 * sharing keeps it within its memory budget and gives the garbage collector far fewer objects to move.
 * Only immutable values may be shared.
 */
final class Interner {
    private final Map<Object, Object> pool = new HashMap<>();

    @SuppressWarnings("unchecked")
    <T> T intern(T value) {
        if (value == null) {
            return null;
        }
        Object shared = pool.putIfAbsent(value, value);
        return shared == null ? value : (T) shared;
    }
}
