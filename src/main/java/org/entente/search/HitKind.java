package org.entente.search;

/**
 * What a search hit stands for; hits come in this order (tags only for a query written with {@code #}), after
 * the analyst's own notes.
 */
public enum HitKind {
    ACTOR, TAG, EVENT, NOTE
}
