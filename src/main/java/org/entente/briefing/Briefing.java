package org.entente.briefing;

import java.util.List;
import org.entente.model.Dataset;
import org.entente.query.TimeWindow;

/**
 * What a briefing holds, gathered when the analyst asks for it: the dataset (for its title, description,
 * sources and actors), the time window on show, the filter in words, the events to list in time order and
 * how many more there were, the notes on them, and the views as pictures.
 *
 * @param scope what the events are, in words: "The selected event", "Events of Kim Jong Un in the window"
 * @param filter the filter in words, or null when nothing is filtered
 */
public record Briefing(Dataset dataset, TimeWindow window, String scope, String filter, EventPick events,
                       List<BriefingNote> notes, List<Figure> figures) {
    public Briefing {
        notes = List.copyOf(notes);
        figures = List.copyOf(figures);
    }
}
