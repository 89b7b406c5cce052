package org.entente.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.network.CountedPairs;
import org.entente.network.GraphLimits;
import org.entente.network.GraphScene;
import org.entente.store.PairRow;

/**
 * The graph's working data while it draws a store's counted pairs instead of a dataset's events: who the
 * nodes are ({@link StoreRoster}), what fades and how nodes look, as {@link GraphData} has for a dataset,
 * and the latest answer as pairs of nodes, from which each scene is made under the graph's limits.
 */
final class StoreGraphData {
    private final StoreRoster roster;
    private GraphFades fades;
    private final NodeLooks looks;
    private StorePairs.Answer answer;
    private CountedPairs pairs;
    /** The answer's row of each tie on show, for the tooltips. */
    private Map<Integer, PairRow> rowOfTie = Map.of();
    /** Each node's events in the answer's pairs (an event of three actors counts in each of its pairs). */
    private int[] nodeEvents;

    StoreGraphData(StoreRoster roster) {
        this.roster = roster;
        this.fades = newFades(roster);
        this.looks = new NodeLooks(2 * roster.capacity());
        this.nodeEvents = new int[roster.capacity()];
    }

    private static GraphFades newFades(StoreRoster roster) {
        return new GraphFades(2 * roster.capacity(), StoreRoster.TIE_CAPACITY);
    }

    /** Takes a new answer: its actors and pairs get their nodes and ties, numbered afresh if ties ran out. */
    void show(StorePairs.Answer next) {
        List<PairRow> rows = next.rows();
        int[] ties = new int[rows.size()];
        if (!numberTies(rows, ties)) {
            roster.forgetTies();
            fades = newFades(roster);
            numberTies(rows, ties);
        }
        int n = 0;
        int[] first = new int[rows.size()];
        int[] second = new int[rows.size()];
        int[] events = new int[rows.size()];
        double[] tone = new double[rows.size()];
        boolean[] weak = new boolean[rows.size()];
        Map<Integer, PairRow> byTie = new HashMap<>(2 * rows.size());
        Arrays.fill(nodeEvents, 0);
        for (int i = 0; i < rows.size(); i++) {
            if (ties[i] < 0) {
                continue;
            }
            PairRow row = rows.get(i);
            ties[n] = ties[i];
            first[n] = roster.first(ties[i]);
            second[n] = roster.second(ties[i]);
            events[n] = row.events();
            tone[n] = row.meanTone();
            weak[n] = row.events() > 0 && row.weakEvents() == row.events();
            nodeEvents[first[n]] += row.events();
            nodeEvents[second[n]] += row.events();
            byTie.put(ties[i], row);
            n++;
        }
        answer = next;
        rowOfTie = byTie;
        pairs = new CountedPairs(roster.capacity(), Arrays.copyOf(ties, n), Arrays.copyOf(first, n),
                Arrays.copyOf(second, n), Arrays.copyOf(events, n), Arrays.copyOf(tone, n), Arrays.copyOf(weak, n));
    }

    /** Numbers the rows' pairs as ties, -1 for a pair whose actors found no node; false when ties ran out. */
    private boolean numberTies(List<PairRow> rows, int[] ties) {
        for (int i = 0; i < rows.size(); i++) {
            int a = roster.add(rows.get(i).first());
            int b = roster.add(rows.get(i).second());
            ties[i] = a < 0 || b < 0 || a == b ? -1 : roster.tie(a, b);
            if (ties[i] < 0 && a >= 0 && b >= 0 && a != b) {
                return false;
            }
        }
        return true;
    }

    boolean hasAnswer() {
        return answer != null;
    }

    StorePairs.Answer answer() {
        return answer;
    }

    /** The scene of the latest answer: with a focus node (or -1), its neighbourhood; within the limits, keeping {@code keep}. */
    GraphScene scene(int focus, int depth, GraphLimits limits, int[] keep) {
        return GraphScene.of(pairs, focus, depth, limits, keep);
    }

    StoreRoster roster() {
        return roster;
    }

    GraphFades fades() {
        return fades;
    }

    NodeLooks looks() {
        return looks;
    }

    /** The node's events in the latest answer's pairs. */
    int nodeEvents(int node) {
        return node < nodeEvents.length ? nodeEvents[node] : 0;
    }

    /** The latest answer's row behind a tie, null when the answer has none. */
    PairRow row(int tie) {
        return rowOfTie.get(tie);
    }
}
