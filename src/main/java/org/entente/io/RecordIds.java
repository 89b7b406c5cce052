package org.entente.io;

import java.util.HashSet;
import java.util.Set;

/** The ids of one list: every id seen (to catch duplicates) and the ids of records that were valid. */
final class RecordIds {
    private final Set<String> seen = new HashSet<>();
    private final Set<String> valid = new HashSet<>();

    /** False when the id was seen before, which makes the new record a duplicate. */
    boolean claim(String id) {
        return seen.add(id);
    }

    void accept(String id) {
        valid.add(id);
    }

    boolean isValid(String id) {
        return valid.contains(id);
    }

    boolean wasSeen(String id) {
        return seen.contains(id);
    }
}
