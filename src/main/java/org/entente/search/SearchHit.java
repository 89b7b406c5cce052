package org.entente.search;

/**
 * One suggestion of the search field. {@code id} is the actor id, the tag text or the event id;
 * {@code label} is what the list shows and {@code detail} the line under it. A higher {@code score} is a
 * better tier of match; hits of equal score keep the order the search returned them in.
 */
public record SearchHit(HitKind kind, String id, String label, String detail, double score) {
}
