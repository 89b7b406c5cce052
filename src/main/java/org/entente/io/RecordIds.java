package org.entente.io;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids of one list: every id seen (to catch duplicates), and whether its record was valid. One map
 * serves both, because a million events should not need two.
 */
final class RecordIds {
    private final Map<String, Boolean> seen = new HashMap<>();

    /** False when the id was seen before, which makes the new record a duplicate. */
    boolean claim(String id) {
        return seen.putIfAbsent(id, Boolean.FALSE) == null;
    }

    void accept(String id) {
        seen.put(id, Boolean.TRUE);
    }

    boolean isValid(String id) {
        return seen.get(id) == Boolean.TRUE;
    }

    boolean wasSeen(String id) {
        return seen.containsKey(id);
    }
}
