package org.entente.store;

/** One lane of the timeline: the key a density request names it by, what it is called, and its events. */
public record LaneRow(String key, String label, int events) {
}
