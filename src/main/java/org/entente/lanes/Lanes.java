package org.entente.lanes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.index.IndexedDataset;
import org.entente.index.IntList;
import org.entente.index.TimeIndex;
import org.entente.model.Dataset;
import org.entente.model.DatasetStats;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.query.Filter;
import org.entente.strata.ColorMode;
import org.entente.strata.Strata;

/**
 * The lanes for a dataset, a filter, a grouping and a colouring, each with its own time index and one
 * per group of the colouring (as are all the events shown, for the legend), so that drawing a lane
 * costs what is on screen. Building them scans the dataset once; it happens when the dataset, the
 * filter or the grouping changes, never per frame.
 */
public record Lanes(LaneMode mode, Filter filter, Strata strata, TimeIndex all, List<TimeIndex> groups, List<Lane> lanes) {
    public static final String NO_TAG = "(no tag)";

    public static Lanes build(IndexedDataset data, Filter filter, LaneMode mode, ColorMode colors) {
        Dataset dataset = data.dataset();
        List<Event> events = dataset.events();
        IntList shown = passing(dataset, filter);
        TimeIndex all = filter.isEmpty() ? data.time() : TimeIndex.of(events, shown);
        Strata strata = Strata.of(colors, data.stats(), events);
        List<TimeIndex> allGroups = groups(events, shown, strata);
        if (mode == LaneMode.NONE) {
            return new Lanes(mode, filter, strata, all, allGroups, List.of(new Lane("all", "All events", all, allGroups)));
        }
        Map<String, IntList> groups = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (int k = 0; k < shown.size(); k++) {
            int position = shown.get(k);
            keys.clear();
            keysOf(events.get(position), mode, keys);
            for (String key : keys) {
                groups.computeIfAbsent(key, unused -> new IntList(16)).add(position);
            }
        }
        List<Lane> lanes = new ArrayList<>(groups.size());
        groups.forEach((key, positions) -> lanes.add(new Lane(key, label(dataset, mode, key),
                TimeIndex.of(events, positions), groups(events, positions, strata))));
        lanes.sort(Comparator.comparingInt(Lane::size).reversed().thenComparing(Lane::label));
        return new Lanes(mode, filter, strata, all, allGroups, List.copyOf(lanes));
    }

    /** A lane's events split by group, each group with its own time index. */
    private static List<TimeIndex> groups(List<Event> events, IntList positions, Strata strata) {
        IntList[] split = new IntList[strata.size()];
        for (int g = 0; g < split.length; g++) {
            split[g] = new IntList(16);
        }
        for (int k = 0; k < positions.size(); k++) {
            int position = positions.get(k);
            split[strata.of(events.get(position))].add(position);
        }
        List<TimeIndex> indexes = new ArrayList<>(split.length);
        for (IntList group : split) {
            indexes.add(TimeIndex.of(events, group));
        }
        return List.copyOf(indexes);
    }

    /**
     * The time index of the events the filter lets through, such as the status bar counts in view: the
     * dataset's own index when nothing is filtered, else a scan of every event, so call it off the UI thread.
     */
    public static TimeIndex shown(IndexedDataset data, Filter filter) {
        return filter.isEmpty() ? data.time() : TimeIndex.of(data.dataset().events(), passing(data.dataset(), filter));
    }

    private static IntList passing(Dataset dataset, Filter filter) {
        List<Event> events = dataset.events();
        IntList shown = new IntList(Math.max(16, events.size()));
        for (int i = 0; i < events.size(); i++) {
            if (filter.isEmpty() || filter.matches(events.get(i), dataset)) {
                shown.add(i);
            }
        }
        return shown;
    }

    /** The keys of the lanes an event belongs to in a grouping, added to {@code into}. */
    public static void keysOf(Event event, LaneMode mode, Set<String> into) {
        switch (mode) {
            case KIND -> into.add(event.kind() == null ? DatasetStats.NO_KIND : event.kind());
            case TAG -> {
                if (event.tags().isEmpty()) {
                    into.add(NO_TAG);
                }
                into.addAll(event.tags());
            }
            case ACTOR -> {
                for (Participant p : event.participants()) {
                    into.add(p.actor());
                }
            }
            case NONE -> into.add("all");
        }
    }

    private static String label(Dataset dataset, LaneMode mode, String key) {
        return mode == LaneMode.ACTOR ? dataset.actorName(key) : key;
    }
}
