package org.entente.io;

import java.util.HashMap;
import java.util.Map;

/**
 * The ids of a list that records refer to (sources, actors): every id seen (to catch duplicates), and whether
 * its record was valid, so that a reference can be checked. One map serves both. These lists are a dataset's
 * short ones, so a streamed load holds their ids whole; events' ids are only hashed ({@link HashedIds}).
 */
final class RecordIds implements IdClaims {
    private final Map<String, Boolean> seen = new HashMap<>();

    @Override
    public boolean claim(String id) {
        return seen.putIfAbsent(id, Boolean.FALSE) == null;
    }

    @Override
    public void accept(String id) {
        seen.put(id, Boolean.TRUE);
    }

    boolean isValid(String id) {
        return seen.get(id) == Boolean.TRUE;
    }

    boolean wasSeen(String id) {
        return seen.containsKey(id);
    }
}
