package org.entente.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.entente.index.IndexedDataset;
import org.entente.index.IntList;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.query.TimeWindow;

/**
 * The events a briefing lists, earliest first, at most {@link #CAP} of them, so that a briefing of a million
 * events stays a document one can open; {@code more} says how many were left out.
 */
public record EventPick(List<Event> events, int more) {
    public static final int CAP = 500;

    public EventPick {
        events = List.copyOf(events);
    }

    /** These events, by id (those the dataset has), wherever they are in time. */
    public static EventPick of(Dataset dataset, List<String> ids) {
        List<Event> found = new ArrayList<>();
        for (String id : ids) {
            dataset.event(id).ifPresent(found::add);
        }
        return capped(found);
    }

    /** The events overlapping the window that {@code keep} lets through. */
    public static EventPick inWindow(IndexedDataset data, TimeWindow window, Predicate<Event> keep) {
        IntList positions = new IntList();
        data.time().overlapping(window.start(), window.end(), positions);
        List<Event> kept = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            Event event = data.dataset().events().get(positions.get(i));
            if (keep.test(event)) {
                kept.add(event);
            }
        }
        return capped(kept);
    }

    private static EventPick capped(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong((Event e) -> e.when().start()).thenComparingLong(e -> e.when().end()));
        int shown = Math.min(CAP, sorted.size());
        return new EventPick(sorted.subList(0, shown), sorted.size() - shown);
    }
}
