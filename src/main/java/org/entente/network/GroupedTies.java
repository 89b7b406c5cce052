package org.entente.network;

import java.util.Arrays;
import org.entente.index.IntList;

/**
 * The dataset's pairs of actors seen through groups: which tie shows each pair. A pair between two actors
 * on their own is its own tie (same number); a pair with an end in a folded group is part of the tie
 * between the two nodes, numbered after the pairs ({@code pairCount + k}); a pair inside one group is
 * no tie at all. There are never more group ties than pairs, so ties number below {@code 2 * pairCount}
 * and nodes below {@code 2 * actorCount}: per-tie and per-node arrays are sized once for any grouping.
 * Made once per grouping; each pair's tie is worked out when a scene first meets it.
 */
public final class GroupedTies implements TieEnds {
    private static final int INSIDE = -1;
    private static final int UNKNOWN = Integer.MIN_VALUE;
    private static final long EMPTY = -1;

    private final PairIndex pairs;
    private final ActorGroups groups;
    /** The tie of each pair, worked out the first time a scene meets the pair; null when no group folds. */
    private final int[] tieOf;
    private final IntList groupFirst = new IntList();
    private final IntList groupSecond = new IntList();
    /** Scratch for building a scene: the row each group tie took, -1 when none yet. */
    private final IntList rowOf = new IntList();
    /** Open addressing from a group tie's two nodes to its number among the group ties. */
    private long[] keys = new long[1024];
    private int[] values = new int[1024];

    private GroupedTies(PairIndex pairs, ActorGroups groups) {
        this.pairs = pairs;
        this.groups = groups;
        if (groups.folds()) {
            tieOf = new int[pairs.pairCount()];
            Arrays.fill(tieOf, UNKNOWN);
            Arrays.fill(keys, EMPTY);
        } else {
            tieOf = null;
        }
    }

    /**
     * The pairs seen through the groups; with none folded, every pair is its own tie. Pairs are looked at
     * only when a scene first meets them, so grouping costs what is on show, not the dataset's size.
     */
    public static GroupedTies of(PairIndex pairs, ActorGroups groups) {
        return new GroupedTies(pairs, groups);
    }

    private int tieOfNew(int pair) {
        int a = groups.node(pairs.first(pair));
        int b = groups.node(pairs.second(pair));
        if (a == b) {
            return INSIDE;
        }
        if (a == pairs.first(pair) && b == pairs.second(pair)) {
            return pair;
        }
        long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            values[slot] = groupFirst.size();
            groupFirst.add(Math.min(a, b));
            groupSecond.add(Math.max(a, b));
            rowOf.add(-1);
            if (2 * groupFirst.size() > keys.length) {
                grow();
            }
            return pairs.pairCount() + groupFirst.size() - 1;
        }
        return pairs.pairCount() + values[slot];
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    public PairIndex pairs() {
        return pairs;
    }

    public ActorGroups groups() {
        return groups;
    }

    /** Nodes are the actors, then the groups: room for every grouping. */
    @Override
    public int nodeCount() {
        return 2 * pairs.actorCount();
    }

    /** Ties are the pairs, then the group ties: room for every grouping. */
    public int tieCapacity() {
        return 2 * pairs.pairCount();
    }

    /** The tie that shows a pair, or -1 when both its actors fold into the same group. */
    public int tieOf(int pair) {
        if (tieOf == null) {
            return pair;
        }
        if (tieOf[pair] == UNKNOWN) {
            tieOf[pair] = tieOfNew(pair);
        }
        return tieOf[pair];
    }

    /** Whether the tie joins a group: it stands for all the pairs between the members of its ends. */
    public boolean isGroupTie(int tie) {
        return tie >= pairs.pairCount();
    }

    /** Whether a pair shows the other way round through its tie, the group on its first actor's side numbering higher. */
    boolean reversed(int pair) {
        return groups.node(pairs.first(pair)) > groups.node(pairs.second(pair));
    }

    @Override
    public int first(int tie) {
        return isGroupTie(tie) ? groupFirst.get(tie - pairs.pairCount()) : pairs.first(tie);
    }

    @Override
    public int second(int tie) {
        return isGroupTie(tie) ? groupSecond.get(tie - pairs.pairCount()) : pairs.second(tie);
    }

    /** The row a group tie took in the scene being built, -1 for none; reset with {@link #clearRows}. */
    int rowOf(int groupTie) {
        return rowOf.get(groupTie - pairs.pairCount());
    }

    void setRow(int groupTie, int row) {
        rowOf.set(groupTie - pairs.pairCount(), row);
    }

    /** Forgets the rows of these group ties, so the next scene starts clean at a cost of the ties touched. */
    void clearRows(IntList groupTies) {
        for (int i = 0; i < groupTies.size(); i++) {
            rowOf.set(groupTies.get(i) - pairs.pairCount(), -1);
        }
    }
}
