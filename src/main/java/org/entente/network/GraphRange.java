package org.entente.network;

/** The time range [from, to) whose events and relations the graph shows. */
public record GraphRange(long from, long to) {
}
