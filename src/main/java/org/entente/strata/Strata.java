package org.entente.strata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.model.DatasetStats;
import org.entente.model.Event;
import org.entente.query.Filter;

/**
 * The few groups events are coloured and stacked by: the dataset's most frequent kinds, or bands of tone.
 * A handful of groups is what an eye tells apart in a stacked column and a legend, so kinds past the
 * first {@link #NAMED_KINDS} share one group. The groups come from the whole dataset, not the filter, so
 * that a kind keeps its colour while the filter changes.
 *
 * @param kindGroups the group of each named kind; other kinds go to {@code otherKinds}
 * @param otherKinds the kinds past the named ones, which share a group (empty when there are none)
 * @param sizes      how many of the dataset's events each group holds, filter aside
 */
public record Strata(ColorMode mode, List<Stratum> groups, Map<String, Integer> kindGroups, Set<String> otherKinds,
                     List<Integer> sizes) {
    /** Kinds with a group, and a colour, of their own. */
    public static final int NAMED_KINDS = 7;

    /** One group: what the legend calls it, and its role in colouring. */
    public record Stratum(String label, Role role, double minTone, double maxTone) {
    }

    /** What colours a group: a named kind's slot, the other kinds, no kind, a tone band, no tone. */
    public enum Role {
        KIND, OTHER_KINDS, NO_KIND, TONE, NO_TONE
    }

    private static final double[][] TONE_BANDS = {{-10, -5}, {Math.nextUp(-5.0), Math.nextDown(-1.0)}, {-1, 1},
        {Math.nextUp(1.0), Math.nextDown(5.0)}, {5, 10}};
    private static final String[] TONE_LABELS = {"conflict", "friction", "neutral", "cooperation", "strong cooperation"};

    /** The groups of a dataset's events, counted in one pass over them. */
    public static Strata of(ColorMode mode, DatasetStats stats, List<Event> events) {
        Strata strata = mode == ColorMode.TONE ? tones() : kinds(stats.eventsByKind());
        int[] sizes = new int[strata.size()];
        for (Event event : events) {
            sizes[strata.of(event)]++;
        }
        return new Strata(strata.mode, strata.groups, strata.kindGroups, strata.otherKinds,
                Arrays.stream(sizes).boxed().toList());
    }

    private static Strata tones() {
        List<Stratum> groups = new ArrayList<>();
        for (int i = 0; i < TONE_BANDS.length; i++) {
            groups.add(new Stratum(TONE_LABELS[i], Role.TONE, TONE_BANDS[i][0], TONE_BANDS[i][1]));
        }
        groups.add(new Stratum("no tone", Role.NO_TONE, Double.NaN, Double.NaN));
        return new Strata(ColorMode.TONE, List.copyOf(groups), Map.of(), Set.of(), List.of());
    }

    private static Strata kinds(Map<String, Integer> eventsByKind) {
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(eventsByKind.entrySet());
        ranked.removeIf(e -> e.getKey().equals(DatasetStats.NO_KIND));
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Stratum> groups = new ArrayList<>();
        Map<String, Integer> kindGroups = new HashMap<>();
        Set<String> others = new HashSet<>();
        for (Map.Entry<String, Integer> kind : ranked) {
            if (groups.size() < NAMED_KINDS) {
                kindGroups.put(kind.getKey(), groups.size());
                groups.add(new Stratum(kind.getKey(), Role.KIND, Double.NaN, Double.NaN));
            } else {
                others.add(kind.getKey());
            }
        }
        if (!others.isEmpty()) {
            groups.add(new Stratum(others.size() + " other kinds", Role.OTHER_KINDS, Double.NaN, Double.NaN));
        }
        groups.add(new Stratum("no kind", Role.NO_KIND, Double.NaN, Double.NaN));
        return new Strata(ColorMode.KIND, List.copyOf(groups), Map.copyOf(kindGroups), Set.copyOf(others), List.of());
    }

    public int size() {
        return groups.size();
    }

    public Stratum group(int index) {
        return groups.get(index);
    }

    /** The group an event is coloured and counted in. */
    public int of(Event event) {
        if (mode == ColorMode.TONE) {
            return toneGroup(event.tone());
        }
        return kindGroup(event.kind());
    }

    /** The group of an event of this kind (null: none) when coloured by kind. */
    public int kindGroup(String kind) {
        if (kind == null) {
            return groups.size() - 1;
        }
        Integer named = kindGroups.get(kind);
        return named != null ? named : groups.size() - 2;
    }

    /** The group of a tone in {@link ColorMode#TONE}: its band, or the last group ("no tone") for NaN. */
    public static int toneGroup(double tone) {
        if (Double.isNaN(tone)) {
            return TONE_BANDS.length;
        }
        double clamped = Math.max(-10, Math.min(10, tone));
        for (int i = 0; i < TONE_BANDS.length; i++) {
            if (clamped <= TONE_BANDS[i][1]) {
                return i;
            }
        }
        return TONE_BANDS.length - 1;
    }

    /** Whether a click on the group in the legend can filter to it: events without a kind or a tone cannot be asked for. */
    public boolean filterable(int index) {
        Role role = groups.get(index).role();
        return role != Role.NO_KIND && role != Role.NO_TONE;
    }

    /** Whether the filter shows exactly this group's kinds, or exactly its band of tone. */
    public boolean isFilteredTo(int index, Filter filter) {
        Stratum group = groups.get(index);
        return switch (group.role()) {
            case KIND -> filter.eventKinds().equals(Set.of(group.label()));
            case OTHER_KINDS -> filter.eventKinds().equals(otherKinds);
            case TONE -> filter.minTone() == group.minTone() && filter.maxTone() == group.maxTone();
            case NO_KIND, NO_TONE -> false;
        };
    }

    /**
     * The filter a click on the group in the legend asks for: narrowed to the group, or back to every
     * kind (or every tone) when it is narrowed to the group already. The rest of the filter stays.
     */
    public Filter toggle(int index, Filter filter) {
        Stratum group = groups.get(index);
        boolean off = isFilteredTo(index, filter);
        return switch (group.role()) {
            case KIND -> filter.withEventKinds(off ? Set.of() : Set.of(group.label()));
            case OTHER_KINDS -> filter.withEventKinds(off ? Set.of() : otherKinds);
            case TONE -> off ? filter.withTone(Filter.TONE_MIN, Filter.TONE_MAX)
                    : filter.withTone(group.minTone(), group.maxTone());
            case NO_KIND, NO_TONE -> filter;
        };
    }
}
