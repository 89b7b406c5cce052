package org.entente.io;

import java.util.HashMap;
import java.util.List;
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

    /**
     * The shared immutable list equal to {@code scratch}, copying it only the first time such a list is
     * seen; the caller may reuse {@code scratch} afterwards.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> internList(List<T> scratch) {
        Object shared = pool.get(scratch);
        if (shared != null) {
            return (List<T>) shared;
        }
        List<T> copy = List.copyOf(scratch);
        pool.put(copy, copy);
        return copy;
    }
}
