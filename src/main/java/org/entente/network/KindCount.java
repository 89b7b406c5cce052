package org.entente.network;

/** How many of a pair's events (or relations) are of one kind; {@code kind} is null where the dataset gives none. */
public record KindCount(String kind, int count) {
}
