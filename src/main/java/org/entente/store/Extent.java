package org.entente.store;

/**
 * Where a dataset lies in time and how much it holds, filter aside: what a view needs to open on it.
 * {@code minStart} and {@code maxEnd} leave open starts and ends out, and are 0 for a dataset without
 * events.
 */
public record Extent(long minStart, long maxEnd, int events, int actors, int sources, int relations) {
}
