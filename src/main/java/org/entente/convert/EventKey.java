package org.entente.convert;

/**
 * What makes two GDELT rows the same event: the day, both actors (empty when absent) and the CAMEO event
 * code. Keys sort by day first, so the converted events come out in time order.
 */
record EventKey(String day, String actor1, String actor2, String eventCode) implements Comparable<EventKey> {
    @Override
    public int compareTo(EventKey other) {
        int order = compare(day, other.day);
        if (order == 0) {
            order = compare(actor1, other.actor1);
        }
        if (order == 0) {
            order = compare(actor2, other.actor2);
        }
        return order != 0 ? order : compare(eventCode, other.eventCode);
    }

    /** The rows of a file share their days, actors and codes, so most comparisons end at the same String. */
    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }
}
