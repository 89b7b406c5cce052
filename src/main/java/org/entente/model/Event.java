package org.entente.model;

import java.util.List;
import org.entente.time.When;

/** Something that happened, with who took part and the sources that say so. {@code tone} is NaN when absent. */
public record Event(String id, String title, When when, String kind, String summary, Location location,
                    List<Participant> participants, double tone, List<Code> codes, List<String> tags,
                    List<Citation> citations, Extras extras) {

    public boolean hasTone() {
        return !Double.isNaN(tone);
    }

    /** The same event with these citations: a store reads an event's row and its citations apart. */
    public Event withCitations(List<Citation> cited) {
        return new Event(id, title, when, kind, summary, location, participants, tone, codes, tags, cited, extras);
    }

    public boolean involves(String actorId) {
        for (Participant p : participants) {
            if (p.actor().equals(actorId)) {
                return true;
            }
        }
        return false;
    }
}
