package org.entente.network;

import org.entente.index.IntList;

/**
 * What the graph shows while comparing two periods: the union of both periods' ties, each edge flagged
 * with how it changed from A to B so that the painter can style it. An edge is as wide as the tie is in
 * B, or was in A when it vanished, and carries that period's tone; an actor weighs its interactions in
 * both periods. The limits, the ego focus and the kept selection apply as they do to one window.
 */
public final class ComparisonScene {
    /** Edge flags carry the change, plus one so that 0 says "no comparison", from this bit on, clear of the window flags. */
    private static final int CHANGE_SHIFT = 24;
    private static final int CHANGE_MASK = 0xF << CHANGE_SHIFT;
    private static final PeriodComparison.Change[] CHANGES = PeriodComparison.Change.values();

    private ComparisonScene() {
    }

    /**
     * The scene of a comparison, with actors folded into groups as {@code ties} says (a group tie sums the
     * pairs it stands for); with a focus actor (an index, or -1), only actors within {@code depth} steps of
     * it. {@code keep} names nodes.
     */
    public static GraphScene of(PeriodComparison comparison, int focus, int depth, GraphLimits limits, int[] keep,
                                GroupedTies ties) {
        IntList kept = new IntList(Math.max(16, comparison.ties().size()));
        for (PeriodComparison.Tie tie : comparison.ties()) {
            kept.add(tie.pair());
        }
        if (focus >= 0) {
            kept = EgoNetwork.edgesWithin(comparison.pairs(), kept, focus, depth);
        }
        ComparedTies table = ComparedTies.of(comparison, kept, ties);
        ActorLimit limit = ActorLimit.apply(table, table.all(), row -> both(table.tie(row)), limits, keep);
        return GraphScene.assemble(limit.pairs(), new GraphScene.SceneRows() {
            @Override
            public int tie(int row) {
                return table.tie(row).pair();
            }

            @Override
            public int first(int row) {
                return table.first(row);
            }

            @Override
            public int second(int row) {
                return table.second(row);
            }

            @Override
            public int count(int row) {
                return drawn(table.tie(row));
            }

            @Override
            public int nodeWeight(int row) {
                return both(table.tie(row));
            }

            @Override
            public double tone(int row) {
                PeriodComparison.Tie tie = table.tie(row);
                return tie.change() == PeriodComparison.Change.VANISHED ? tie.toneA() : tie.toneB();
            }

            @Override
            public int flags(int row) {
                return flag(table.tie(row).change());
            }

            @Override
            public boolean onEvents(int row) {
                return true;
            }
        }, ties.nodeCount(), focus < 0 ? -1 : ties.groups().node(focus), limit.actorsBefore());
    }

    /**
     * How the tie with this number changed: a pair's own tie, or for a tie with a group the sums of the
     * pairs it stands for; null when it stands for none in either period.
     */
    public static PeriodComparison.Tie tieOf(PeriodComparison comparison, GroupedTies ties, int tie) {
        if (!ties.isGroupTie(tie)) {
            return comparison.tieOf(tie);
        }
        IntList behind = new IntList();
        for (PeriodComparison.Tie pair : comparison.ties()) {
            if (ties.tieOf(pair.pair()) == tie) {
                behind.add(pair.pair());
            }
        }
        ComparedTies table = ComparedTies.of(comparison, behind, ties);
        return table.rows() == 0 ? null : table.tie(0);
    }

    /** A tie's interactions over both periods: what ranks actors and sizes nodes. */
    private static int both(PeriodComparison.Tie tie) {
        return tie.countA() + tie.countB();
    }

    /** How heavy the edge is drawn: the tie in B, or in A when it vanished. */
    private static int drawn(PeriodComparison.Tie tie) {
        return tie.change() == PeriodComparison.Change.VANISHED ? tie.countA() : tie.countB();
    }

    /** The edge flag that says how a tie changed. */
    public static int flag(PeriodComparison.Change change) {
        return (change.ordinal() + 1) << CHANGE_SHIFT;
    }

    /** How the edge with these flags changed, or null when it is not part of a comparison. */
    public static PeriodComparison.Change change(int flags) {
        int code = (flags & CHANGE_MASK) >>> CHANGE_SHIFT;
        return code == 0 ? null : CHANGES[code - 1];
    }
}
