package org.entente.notes;

import java.util.Locale;

/**
 * What an analyst wrote about an event, an actor, a tie or a span of time. Notes belong to the analyst's
 * workspace and are never written into the dataset, whose claims stay the sources' own.
 *
 * @param id unique within the workspace, so that a note can be changed or removed
 * @param created when it was written, in milliseconds since 1970, to list notes in the order written
 */
public record Note(String id, NoteTarget target, String text, long created) {
    public Note {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a note needs an id");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note needs some text");
        }
        text = text.strip();
    }

    /** Whether every word of a query begins a word of the note, ignoring case, as search matches titles. */
    public boolean matches(String query) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        for (String asked : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (asked.isEmpty()) {
                continue;
            }
            boolean found = false;
            for (String word : words) {
                if (word.startsWith(asked)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return !query.isBlank();
    }
}
