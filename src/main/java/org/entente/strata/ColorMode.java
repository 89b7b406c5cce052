package org.entente.strata;

/** What an event's colour says: its kind, or its tone from cooperative to conflictual. */
public enum ColorMode {
    KIND, TONE
}
