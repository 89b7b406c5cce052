package org.entente.table;

/** The columns of the event table, each one a way to sort the events of the window. */
enum EventColumn {
    DATE, TITLE, KIND, ACTORS, PLACE, TONE, SOURCES
}
