package org.entente.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares one instance per distinct value of the repetitive parts of records (actor ids, kinds, roles,
 * tags, places, codes, participants): a million-event dataset repeats them millions of times, and
 * sharing keeps it within its memory budget and gives the garbage collector far fewer objects to move.
 * Only immutable values may be shared.
 *
 * <p>When a stream keeps no record, the pool is a cache bounded by {@code limit} and emptied when it passes
 * it, rather than limited to values chosen as repetitive: which values repeat is the data's business (one
 * dataset's tags are a vocabulary of twenty, another's a phrase per event), and a vocabulary is pooled again
 * within a few records of each clear, while one-off values never pile up.
 */
final class Interner {
    private final Map<Object, Object> pool = new HashMap<>();
    private final int limit;

    Interner(int limit) {
        this.limit = limit;
    }

    @SuppressWarnings("unchecked")
    <T> T intern(T value) {
        if (value == null) {
            return null;
        }
        Object shared = pool.putIfAbsent(value, value);
        if (shared != null) {
            return (T) shared;
        }
        keepWithinLimit();
        return value;
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
        keepWithinLimit();
        return copy;
    }

    private void keepWithinLimit() {
        if (pool.size() > limit) {
            pool.clear();
        }
    }
}
