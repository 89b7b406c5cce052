package org.entente.order;

/** The columns of a list of events, such as the event table, each one a way to sort the events. */
public enum EventColumn {
    DATE, TITLE, KIND, ACTORS, PLACE, TONE, SOURCES
}
