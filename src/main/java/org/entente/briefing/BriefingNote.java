package org.entente.briefing;

/** An analyst's note as a briefing lists it: what it is about in words, its text, and when it was written. */
public record BriefingNote(String about, String text, long created) {
}
