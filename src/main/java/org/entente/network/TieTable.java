package org.entente.network;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import org.entente.index.IntList;

/**
 * A window's ties as rows, once actors have folded into groups: each row's tie number, its two nodes, its
 * interactions, its mean tone and its look flags. A group tie sums the pairs it stands for; its tone is
 * their mean weighted by events, its direction any of theirs (turned when the groups number the other
 * way), and it is weak, membership-only or of unknown period only when all of them are. A scene is
 * assembled from its rows as they are: an edge is drawn for its interactions, which its nodes weigh.
 */
final class TieTable implements TieEnds, GraphScene.SceneRows {
    private static final int ALL_OF = GraphScene.WEAK_ONLY | GraphScene.MEMBERSHIP_ONLY | GraphScene.PERIOD_UNKNOWN;

    private final int nodeCount;
    private final IntList tie;
    private final IntList first;
    private final IntList second;
    private int[] weight;
    private int[] events;
    private double[] toneSum;
    private double[] toneWeight;
    private int[] flags;
    private int rows;

    private TieTable(int nodeCount, int capacity) {
        this.nodeCount = nodeCount;
        tie = new IntList(capacity);
        first = new IntList(capacity);
        second = new IntList(capacity);
        weight = new int[capacity];
        events = new int[capacity];
        toneSum = new double[capacity];
        toneWeight = new double[capacity];
        flags = new int[capacity];
    }

    /**
     * The rows of the given pairs of the window graph; {@code weight} and {@code flags} give each pair's
     * interactions and look, as the scene shows them.
     */
    static TieTable of(WindowGraph graph, IntList pairIds, GroupedTies ties, IntUnaryOperator weightOf,
                       IntUnaryOperator flagsOf) {
        TieTable table = new TieTable(ties.nodeCount(), Math.max(16, pairIds.size()));
        IntList grouped = new IntList();
        for (int i = 0; i < pairIds.size(); i++) {
            int pair = pairIds.get(i);
            int t = ties.tieOf(pair);
            if (t < 0) {
                continue;
            }
            int w = weightOf.applyAsInt(pair);
            int e = graph.events(pair);
            double tone = graph.meanTone(pair);
            int f = flagsOf.applyAsInt(pair);
            if (!ties.isGroupTie(t)) {
                table.add(t, ties.first(t), ties.second(t), w, e, tone, f);
            } else if (ties.rowOf(t) < 0) {
                ties.setRow(t, table.rows);
                grouped.add(t);
                table.add(t, ties.first(t), ties.second(t), w, e, tone, ties.reversed(pair) ? turned(f) : f);
            } else {
                table.merge(ties.rowOf(t), w, e, tone, ties.reversed(pair) ? turned(f) : f);
            }
        }
        ties.clearRows(grouped);
        return table;
    }

    /** The flags of a tie seen from its other end: who acts on whom, and who is a member of whom, swap. */
    static int turned(int flags) {
        int swapped = 0;
        swapped |= (flags & GraphScene.DIRECTED_FIRST_TO_SECOND) != 0 ? GraphScene.DIRECTED_SECOND_TO_FIRST : 0;
        swapped |= (flags & GraphScene.DIRECTED_SECOND_TO_FIRST) != 0 ? GraphScene.DIRECTED_FIRST_TO_SECOND : 0;
        swapped |= (flags & GraphScene.FIRST_MEMBER_OF_SECOND) != 0 ? GraphScene.SECOND_MEMBER_OF_FIRST : 0;
        swapped |= (flags & GraphScene.SECOND_MEMBER_OF_FIRST) != 0 ? GraphScene.FIRST_MEMBER_OF_SECOND : 0;
        return swapped | flags & ALL_OF;
    }

    private void add(int t, int a, int b, int w, int e, double tone, int f) {
        if (rows == weight.length) {
            int capacity = rows * 2;
            weight = Arrays.copyOf(weight, capacity);
            events = Arrays.copyOf(events, capacity);
            toneSum = Arrays.copyOf(toneSum, capacity);
            toneWeight = Arrays.copyOf(toneWeight, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
        tie.add(t);
        first.add(a);
        second.add(b);
        weight[rows] = w;
        events[rows] = e;
        flags[rows] = f;
        rows++;
        addTone(rows - 1, e, tone);
    }

    private void merge(int row, int w, int e, double tone, int f) {
        weight[row] += w;
        events[row] += e;
        flags[row] = (flags[row] | f) & ~ALL_OF | flags[row] & f & ALL_OF;
        addTone(row, e, tone);
    }

    private void addTone(int row, int e, double tone) {
        if (!Double.isNaN(tone)) {
            double w = Math.max(1, e);
            toneSum[row] += tone * w;
            toneWeight[row] += w;
        }
    }

    int rows() {
        return rows;
    }

    /** Every row, in order: what the limits start from. */
    IntList all() {
        return IntList.counting(rows);
    }

    @Override
    public int nodeCount() {
        return nodeCount;
    }

    @Override
    public int first(int row) {
        return first.get(row);
    }

    @Override
    public int second(int row) {
        return second.get(row);
    }

    @Override
    public int tie(int row) {
        return tie.get(row);
    }

    int weight(int row) {
        return weight[row];
    }

    @Override
    public int count(int row) {
        return weight[row];
    }

    @Override
    public int nodeWeight(int row) {
        return weight[row];
    }

    @Override
    public boolean onEvents(int row) {
        return events[row] > 0;
    }

    @Override
    public double tone(int row) {
        return toneWeight[row] == 0 ? Double.NaN : toneSum[row] / toneWeight[row];
    }

    @Override
    public int flags(int row) {
        return flags[row];
    }
}
