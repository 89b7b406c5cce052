package org.entente.store;

/** What a page of events is sorted by; ties fall back to time, then to the dataset's order. */
public enum EventSort {
    DATE, TITLE, KIND, TONE, SOURCES
}
