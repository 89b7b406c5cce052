package org.entente.convert;

import java.util.Comparator;

/**
 * What makes two GDELT rows the same event: the day, both actors (empty when absent) and the CAMEO event
 * code. Keys sort by day first, so the converted events come out in time order.
 */
record EventKey(String day, String actor1, String actor2, String eventCode) implements Comparable<EventKey> {
    private static final Comparator<EventKey> ORDER = Comparator.comparing(EventKey::day)
            .thenComparing(EventKey::actor1)
            .thenComparing(EventKey::actor2)
            .thenComparing(EventKey::eventCode);

    @Override
    public int compareTo(EventKey other) {
        return ORDER.compare(this, other);
    }
}
