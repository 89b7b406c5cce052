package org.entente.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A span of time, [start, end) in epoch milliseconds, in which a node or an edge of the graph on show is
 * present: what Gephi's timeline shows and hides it by.
 */
public record Spell(long start, long end) {
    public Spell {
        if (end < start) {
            throw new IllegalArgumentException("a spell ends before it starts: [" + start + ", " + end + ")");
        }
    }

    /**
     * The spells sorted by start, those that overlap or touch merged into one: a pair's events of one week,
     * each a day long, make one spell of a week, as they make one stretch of activity.
     */
    public static List<Spell> merged(Collection<Spell> spells) {
        List<Spell> sorted = new ArrayList<>(spells);
        sorted.sort(Comparator.comparingLong(Spell::start));
        List<Spell> merged = new ArrayList<>();
        for (Spell next : sorted) {
            Spell last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && next.start() <= last.end()) {
                merged.set(merged.size() - 1, new Spell(last.start(), Math.max(last.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return List.copyOf(merged);
    }
}
