package org.entente.search;

/** What a search hit stands for; hits come in this order (tags only for a query written with {@code #}). */
public enum HitKind {
    ACTOR, TAG, EVENT
}
