package org.entente.network;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import org.entente.index.IntList;

/**
 * Applies {@link GraphLimits} to a window's ties: the light ties go, then all but the busiest actors
 * (the kept ones and their neighbours aside), then, if asked, all but the largest connected group or the
 * k-core. It works on flat arrays over the window's pairs and the dataset's actors, once per scene.
 *
 * @param pairs        the ties kept, a subset of those given, in their order
 * @param actorsBefore how many actors the window's ties linked before the limits, for "showing 150 of 1,397"
 */
public record ActorLimit(IntList pairs, int actorsBefore) {

    /**
     * The ties among {@code pairIds} that the limits keep; {@code weight} gives a pair's interactions, and
     * the actors in {@code keep} (the selection) stay with their neighbours.
     */
    public static ActorLimit apply(TieEnds index, IntList pairIds, IntUnaryOperator weight, GraphLimits limits,
                                   int[] keep) {
        int actors = index.nodeCount();
        long[] degree = new long[actors];
        IntList heavy = new IntList(Math.max(16, pairIds.size()));
        for (int i = 0; i < pairIds.size(); i++) {
            int pair = pairIds.get(i);
            int w = weight.applyAsInt(pair);
            degree[index.first(pair)] += w;
            degree[index.second(pair)] += w;
            if (w >= limits.minWeight() || touches(index, pair, keep)) {
                heavy.add(pair);
            }
        }
        int before = 0;
        for (long d : degree) {
            before += d > 0 ? 1 : 0;
        }
        boolean[] chosen = busiest(degree, limits.maxActors());
        for (int actor : keep) {
            chosen[actor] = true;
        }
        for (int i = 0; i < heavy.size(); i++) {
            int pair = heavy.get(i);
            if (touches(index, pair, keep)) {
                chosen[index.first(pair)] = true;
                chosen[index.second(pair)] = true;
            }
        }
        IntList among = new IntList(Math.max(16, heavy.size()));
        for (int i = 0; i < heavy.size(); i++) {
            int pair = heavy.get(i);
            if (chosen[index.first(pair)] && chosen[index.second(pair)]) {
                among.add(pair);
            }
        }
        IntList result = switch (limits.core()) {
            case ALL -> among;
            case LARGEST_COMPONENT -> largestComponent(index, among, keep);
            case K_CORE -> kCore(index, among, limits.k(), keep);
        };
        return new ActorLimit(result, before);
    }

    private static boolean touches(TieEnds index, int pair, int[] keep) {
        for (int actor : keep) {
            if (index.first(pair) == actor || index.second(pair) == actor) {
                return true;
            }
        }
        return false;
    }

    /** The {@code max} actors of highest degree (ties to the lower index), as flags; all of them when fewer. */
    private static boolean[] busiest(long[] degree, int max) {
        boolean[] chosen = new boolean[degree.length];
        int active = 0;
        for (long d : degree) {
            active += d > 0 ? 1 : 0;
        }
        if (active <= max) {
            for (int a = 0; a < degree.length; a++) {
                chosen[a] = degree[a] > 0;
            }
            return chosen;
        }
        long[] ranked = new long[active];
        int n = 0;
        for (int a = 0; a < degree.length; a++) {
            if (degree[a] > 0) {
                // Highest degree first, then lowest index: both fit one long, sorted ascending.
                ranked[n++] = (Integer.MAX_VALUE - Math.min(degree[a], Integer.MAX_VALUE)) << 32 | a;
            }
        }
        Arrays.sort(ranked);
        for (int i = 0; i < max; i++) {
            chosen[(int) (ranked[i] & 0xFFFF_FFFFL)] = true;
        }
        return chosen;
    }

    /** The ties of the largest connected group of actors, with those of any group holding a kept actor. */
    private static IntList largestComponent(TieEnds index, IntList pairIds, int[] keep) {
        int[] parent = new int[index.nodeCount()];
        for (int a = 0; a < parent.length; a++) {
            parent[a] = a;
        }
        for (int i = 0; i < pairIds.size(); i++) {
            union(parent, index.first(pairIds.get(i)), index.second(pairIds.get(i)));
        }
        int[] size = new int[parent.length];
        for (int i = 0; i < pairIds.size(); i++) {
            size[find(parent, index.first(pairIds.get(i)))]++;
        }
        int largest = -1;
        for (int root = 0; root < size.length; root++) {
            if (size[root] > 0 && (largest < 0 || size[root] > size[largest])) {
                largest = root;
            }
        }
        boolean[] wanted = new boolean[parent.length];
        if (largest >= 0) {
            wanted[largest] = true;
        }
        for (int actor : keep) {
            wanted[find(parent, actor)] = true;
        }
        IntList kept = new IntList(Math.max(16, pairIds.size()));
        for (int i = 0; i < pairIds.size(); i++) {
            if (wanted[find(parent, index.first(pairIds.get(i)))]) {
                kept.add(pairIds.get(i));
            }
        }
        return kept;
    }

    private static int find(int[] parent, int a) {
        while (parent[a] != a) {
            parent[a] = parent[parent[a]];
            a = parent[a];
        }
        return a;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /**
     * The ties among the actors with at least {@code k} neighbours among each other: actors with fewer are
     * peeled off until none is left to peel. Kept actors are never peeled.
     */
    private static IntList kCore(TieEnds index, IntList pairIds, int k, int[] keep) {
        int actors = index.nodeCount();
        int[] neighbours = new int[actors];
        for (int i = 0; i < pairIds.size(); i++) {
            neighbours[index.first(pairIds.get(i))]++;
            neighbours[index.second(pairIds.get(i))]++;
        }
        boolean[] kept = new boolean[actors];
        for (int actor : keep) {
            kept[actor] = true;
        }
        boolean[] gone = new boolean[actors];
        boolean peeled = true;
        while (peeled) {
            peeled = false;
            for (int i = 0; i < pairIds.size(); i++) {
                int a = index.first(pairIds.get(i));
                int b = index.second(pairIds.get(i));
                if (gone[a] || gone[b]) {
                    continue;
                }
                if (!kept[a] && neighbours[a] < k || !kept[b] && neighbours[b] < k) {
                    int out = !kept[a] && neighbours[a] < k ? a : b;
                    gone[out] = true;
                    peeled = true;
                }
            }
            if (peeled) {
                Arrays.fill(neighbours, 0);
                for (int i = 0; i < pairIds.size(); i++) {
                    int a = index.first(pairIds.get(i));
                    int b = index.second(pairIds.get(i));
                    if (!gone[a] && !gone[b]) {
                        neighbours[a]++;
                        neighbours[b]++;
                    }
                }
            }
        }
        IntList core = new IntList(Math.max(16, pairIds.size()));
        for (int i = 0; i < pairIds.size(); i++) {
            int pair = pairIds.get(i);
            if (!gone[index.first(pair)] && !gone[index.second(pair)]) {
                core.add(pair);
            }
        }
        return core;
    }
}
