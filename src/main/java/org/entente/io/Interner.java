package org.entente.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Shares one String instance per distinct value of the repetitive fields (actor ids in participants,
 * kinds, roles, tags), which keeps a million-event dataset within its memory budget.
 */
final class Interner {
    private final Map<String, String> pool = new HashMap<>();

    String intern(String value) {
        if (value == null) {
            return null;
        }
        String shared = pool.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }
}
