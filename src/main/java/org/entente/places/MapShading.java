package org.entente.places;

/** What the shade of a country says: how many events it had in the time on show, their mean tone, or nothing. */
public enum MapShading {
    EVENTS, TONE, NONE
}
