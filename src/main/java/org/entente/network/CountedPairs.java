package org.entente.network;

import org.entente.index.IntList;

/**
 * Pairs of actors as counted elsewhere, not worked out from events held in memory: a store's answer for a
 * window too large to fetch, one row a pair with its two nodes, its shared events, their mean tone and
 * whether every one of them rests only on weak sources. Each row carries the tie number its caller gives
 * the pair and keeps from one answer to the next, so that an edge still on show does not fade in again.
 * A scene is made of its rows as of a window graph's ({@link GraphScene#of(CountedPairs, int, int, GraphLimits, int[])}).
 */
public final class CountedPairs implements TieEnds, GraphScene.SceneRows {
    private final int nodeCount;
    private final int[] tie;
    private final int[] first;
    private final int[] second;
    private final int[] events;
    private final double[] tone;
    private final boolean[] weakOnly;

    /** The rows as parallel arrays, {@code first} below {@code second}, every node below {@code nodeCount}. */
    public CountedPairs(int nodeCount, int[] tie, int[] first, int[] second, int[] events, double[] tone,
                        boolean[] weakOnly) {
        int n = tie.length;
        if (first.length != n || second.length != n || events.length != n || tone.length != n || weakOnly.length != n) {
            throw new IllegalArgumentException("rows of unequal length");
        }
        this.nodeCount = nodeCount;
        this.tie = tie.clone();
        this.first = first.clone();
        this.second = second.clone();
        this.events = events.clone();
        this.tone = tone.clone();
        this.weakOnly = weakOnly.clone();
    }

    public int rows() {
        return tie.length;
    }

    /** Every row, in order: what the focus and the limits start from. */
    IntList all() {
        return IntList.counting(rows());
    }

    @Override
    public int nodeCount() {
        return nodeCount;
    }

    @Override
    public int tie(int row) {
        return tie[row];
    }

    @Override
    public int first(int row) {
        return first[row];
    }

    @Override
    public int second(int row) {
        return second[row];
    }

    @Override
    public int count(int row) {
        return events[row];
    }

    @Override
    public int nodeWeight(int row) {
        return events[row];
    }

    @Override
    public double tone(int row) {
        return tone[row];
    }

    @Override
    public int flags(int row) {
        return weakOnly[row] ? GraphScene.WEAK_ONLY : 0;
    }

    @Override
    public boolean onEvents(int row) {
        return true;
    }
}
