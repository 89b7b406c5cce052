package org.entente.search;

/** What a search hit stands for; hits come in this order. */
public enum HitKind {
    ACTOR, TAG, EVENT
}
