package org.entente.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import org.entente.codes.CountryNames;
import org.entente.model.Actor;
import org.entente.model.ActorKind;

/**
 * Which group each actor folds into, for the graph. A group is shown as one node numbered after the
 * actors (node {@code actorCount + group}), so actors and groups share one numbering and everything that
 * is kept per node (positions, fades, looks) needs no second kind of index. A group opened in place
 * leaves its members on their own until it is closed again. Instances never change: opening or closing a
 * group gives a new one.
 */
public final class ActorGroups {
    private static final String[] KIND_LABELS = {"People", "States", "Organizations", "Groups", "Other actors"};

    private final GroupBy by;
    private final int actorCount;
    private final String[] ids;
    private final String[] labels;
    private final ActorKind[] kinds;
    private final int[][] members;
    private final int[] memberOf;
    private final boolean[] open;
    private final Map<String, Integer> byId;

    private ActorGroups(GroupBy by, int actorCount, String[] ids, String[] labels, ActorKind[] kinds, int[][] members,
                        boolean[] open) {
        this.by = by;
        this.actorCount = actorCount;
        this.ids = ids;
        this.labels = labels;
        this.kinds = kinds;
        this.members = members;
        this.open = open;
        memberOf = new int[actorCount];
        Arrays.fill(memberOf, -1);
        byId = new HashMap<>();
        for (int g = 0; g < ids.length; g++) {
            byId.put(ids[g], g);
            for (int actor : members[g]) {
                memberOf[actor] = g;
            }
        }
    }

    /** No groups: every actor is its own node. */
    public static ActorGroups none(int actorCount) {
        return new ActorGroups(GroupBy.NONE, actorCount, new String[0], new String[0], new ActorKind[0], new int[0][],
                new boolean[0]);
    }

    /**
     * Actors folded by their country (ISO 3166-1 alpha-3), named in English where the code is a country's;
     * actors without a country stay on their own.
     */
    public static ActorGroups byCountry(List<Actor> actors) {
        Map<String, List<Integer>> found = new LinkedHashMap<>();
        for (int a = 0; a < actors.size(); a++) {
            String country = actors.get(a).country();
            if (country != null && !country.isBlank()) {
                found.computeIfAbsent(country.toUpperCase(Locale.ROOT), c -> new ArrayList<>()).add(a);
            }
        }
        Map<String, String> names = CountryNames.english();
        return build(GroupBy.COUNTRY, actors.size(), found, code -> "country:" + code,
                code -> names.getOrDefault(code, code), code -> ActorKind.STATE);
    }

    /** Actors folded by their kind: people, states, organizations, groups and others. */
    public static ActorGroups byKind(List<Actor> actors) {
        Map<ActorKind, List<Integer>> found = new LinkedHashMap<>();
        for (ActorKind kind : ActorKind.values()) {
            found.put(kind, new ArrayList<>());
        }
        for (int a = 0; a < actors.size(); a++) {
            found.get(actors.get(a).kind()).add(a);
        }
        found.values().removeIf(List::isEmpty);
        return build(GroupBy.KIND, actors.size(), found, kind -> "kind:" + kind.id(),
                kind -> KIND_LABELS[kind.ordinal()], kind -> kind);
    }

    /**
     * Actors folded by community: {@code community} gives an actor's community, or -1 for none, and
     * {@code byImportance} lists actors most important first, so each community is named after its leading
     * member ("Xi Jinping and 12 others"). Communities of one actor are left alone.
     */
    public static ActorGroups byCommunity(List<Actor> actors, IntUnaryOperator community, int[] byImportance) {
        Map<Integer, List<Integer>> found = new LinkedHashMap<>();
        for (int actor : byImportance) {
            int c = community.applyAsInt(actor);
            if (c >= 0) {
                found.computeIfAbsent(c, x -> new ArrayList<>()).add(actor);
            }
        }
        found.values().removeIf(list -> list.size() < 2);
        return build(GroupBy.COMMUNITY, actors.size(), found, c -> "community:" + c, c -> {
            List<Integer> list = found.get(c);
            return actors.get(list.get(0)).name() + " and " + (list.size() - 1)
                    + (list.size() == 2 ? " other" : " others");
        }, c -> ActorKind.GROUP);
    }

    private static <K> ActorGroups build(GroupBy by, int actorCount, Map<K, List<Integer>> found,
                                         Function<K, String> id,
                                         Function<K, String> label,
                                         Function<K, ActorKind> kind) {
        int n = found.size();
        String[] ids = new String[n];
        String[] labels = new String[n];
        ActorKind[] kinds = new ActorKind[n];
        int[][] members = new int[n][];
        int g = 0;
        for (Map.Entry<K, List<Integer>> entry : found.entrySet()) {
            ids[g] = id.apply(entry.getKey());
            labels[g] = label.apply(entry.getKey());
            kinds[g] = kind.apply(entry.getKey());
            members[g] = entry.getValue().stream().mapToInt(Integer::intValue).toArray();
            g++;
        }
        return new ActorGroups(by, actorCount, ids, labels, kinds, members, new boolean[n]);
    }

    /** The same groups with one opened in place (its members on their own) or closed again. */
    public ActorGroups withOpen(int group, boolean isOpen) {
        boolean[] next = open.clone();
        next[group] = isOpen;
        return new ActorGroups(by, actorCount, ids, labels, kinds, members, next);
    }

    public GroupBy by() {
        return by;
    }

    public int actorCount() {
        return actorCount;
    }

    public int groupCount() {
        return ids.length;
    }

    /** The node that shows an actor: its group's, or its own when it has none or its group is open. */
    public int node(int actor) {
        int g = memberOf[actor];
        return g >= 0 && !open[g] ? actorCount + g : actor;
    }

    /** The group a node shows, or -1 when it shows an actor. */
    public int groupOfNode(int node) {
        return node >= actorCount ? node - actorCount : -1;
    }

    /** The group an actor belongs to, open or not; -1 for none. */
    public int groupOf(int actor) {
        return memberOf[actor];
    }

    /** The group with this id, or -1. */
    public int group(String id) {
        Integer g = byId.get(id);
        return g == null ? -1 : g;
    }

    public String id(int group) {
        return ids[group];
    }

    public String label(int group) {
        return labels[group];
    }

    public ActorKind kind(int group) {
        return kinds[group];
    }

    /** The group's members, as actor indices. */
    public int[] members(int group) {
        return members[group].clone();
    }

    public int memberCount(int group) {
        return members[group].length;
    }

    public boolean isOpen(int group) {
        return open[group];
    }

    /** Whether any group folds actors now. */
    public boolean folds() {
        for (int g = 0; g < open.length; g++) {
            if (!open[g]) {
                return true;
            }
        }
        return false;
    }
}
