package org.entente.network;

import java.util.Arrays;
import org.entente.index.IntList;
import org.entente.network.layout.ForceLayout;

/**
 * What the graph shows for one window: its edges, lightest first so the heaviest are drawn on top, and
 * the actors they link. It is built from the window graph after each move, in time proportional to the
 * pairs active in the window, and never changes afterwards.
 */
public final class GraphScene {
    public static final int DIRECTED_FIRST_TO_SECOND = WindowGraph.FIRST_TO_SECOND;
    public static final int DIRECTED_SECOND_TO_FIRST = WindowGraph.SECOND_TO_FIRST;
    public static final int FIRST_MEMBER_OF_SECOND = WindowGraph.FIRST_MEMBER_OF_SECOND;
    public static final int SECOND_MEMBER_OF_FIRST = WindowGraph.SECOND_MEMBER_OF_FIRST;
    public static final int WEAK_ONLY = 16;
    public static final int MEMBERSHIP_ONLY = 32;
    /** Tied only by relations whose period is unknown. */
    public static final int PERIOD_UNKNOWN = 64;
    private static final int COUNT_BUCKETS = 4096;
    /** The most edges a layout is given; see {@link #feed}. */
    static final int LAYOUT_EDGES = 40_000;

    public static final GraphScene EMPTY = new GraphScene(new int[0], new double[0], 0, new int[0], new int[0], new int[0],
            new int[0], new float[0], new int[0], 0, new int[0], 0, 0);

    private final int[] nodes;
    private final double[] nodeWeight;
    private final int nodeCount;
    private final int[] edgePair;
    private final int[] edgeFirst;
    private final int[] edgeSecond;
    private final int[] edgeCount;
    private final float[] edgeTone;
    private final int[] edgeFlags;
    private final int edgeCountTotal;
    private final int[] slotOfActor;
    private final int actorsInWindow;
    private final int eventEdges;
    private int[] edgeStart;
    private int[] edgesAt;

    GraphScene(int[] nodes, double[] nodeWeight, int nodeCount, int[] edgePair, int[] edgeFirst,
                       int[] edgeSecond, int[] edgeCount, float[] edgeTone, int[] edgeFlags, int edges,
                       int[] slotOfActor, int actorsInWindow, int eventEdges) {
        this.nodes = nodes;
        this.nodeWeight = nodeWeight;
        this.nodeCount = nodeCount;
        this.edgePair = edgePair;
        this.edgeFirst = edgeFirst;
        this.edgeSecond = edgeSecond;
        this.edgeCount = edgeCount;
        this.edgeTone = edgeTone;
        this.edgeFlags = edgeFlags;
        this.edgeCountTotal = edges;
        this.slotOfActor = slotOfActor;
        this.actorsInWindow = actorsInWindow;
        this.eventEdges = eventEdges;
    }

    /**
     * The scene of the graph's current window. Memberships show only when asked for; with a focus actor
     * (an index, or -1 for none), only actors within {@code depth} steps of it show, with the edges among them.
     */
    public static GraphScene of(WindowGraph graph, boolean memberships, int focus, int depth) {
        return of(graph, memberships, focus, depth, GraphLimits.NONE, new int[0]);
    }

    /**
     * As {@link #of(WindowGraph, boolean, int, int)}, within the limits, the actors in {@code keep} (the
     * selection) staying with their neighbours whatever the limits.
     */
    public static GraphScene of(WindowGraph graph, boolean memberships, int focus, int depth, GraphLimits limits,
                                int[] keep) {
        return of(graph, memberships, focus, depth, limits, keep, GroupedTies.of(graph.pairs(),
                ActorGroups.none(graph.pairs().actorCount())));
    }

    /**
     * As {@link #of(WindowGraph, boolean, int, int, GraphLimits, int[])}, with actors folded into groups
     * as {@code ties} says: nodes are then actors and groups, and edges are ties (see {@link GroupedTies}).
     * The limits rank groups like actors; {@code keep} names nodes.
     */
    public static GraphScene of(WindowGraph graph, boolean memberships, int focus, int depth, GraphLimits limits,
                                int[] keep, GroupedTies ties) {
        PairIndex pairs = graph.pairs();
        IntList active = graph.activePairs();
        IntList kept = new IntList(Math.max(16, active.size()));
        for (int i = 0; i < active.size(); i++) {
            int pair = active.get(i);
            if (graph.events(pair) > 0 || limits.relations() && graph.relations(pair) > 0
                    || memberships && graph.memberships(pair) > 0) {
                kept.add(pair);
            }
        }
        if (focus >= 0) {
            kept = EgoNetwork.edgesWithin(pairs, kept, focus, depth);
        }
        TieTable table = TieTable.of(graph, kept, ties, pair -> weight(graph, pair, memberships, limits),
                pair -> flags(graph, pair, memberships)
                        | (limits.relations() && graph.isPeriodUnknownOnly(pair) ? PERIOD_UNKNOWN : 0));
        ActorLimit limit = ActorLimit.apply(table, table.all(), table::weight, limits, keep);
        return assemble(limit.pairs(), table, ties.nodeCount(), focus < 0 ? -1 : ties.groups().node(focus), limit.actorsBefore());
    }

    /**
     * The scene of pairs counted elsewhere (a store's answer): with a focus node (or -1), only nodes within
     * {@code depth} steps of it show, and the limits apply as to a window graph, the nodes in {@code keep}
     * staying with their neighbours. Edges carry the pairs' tie numbers.
     */
    public static GraphScene of(CountedPairs pairs, int focus, int depth, GraphLimits limits, int[] keep) {
        IntList rows = pairs.all();
        if (focus >= 0) {
            rows = EgoNetwork.edgesWithin(pairs, rows, focus, depth);
        }
        ActorLimit limit = ActorLimit.apply(pairs, rows, pairs::count, limits, keep);
        return assemble(limit.pairs(), pairs, pairs.nodeCount(), focus, limit.actorsBefore());
    }

    /** What a scene is assembled from: the rows of ties the limits kept, each with its ends and its look. */
    interface SceneRows {
        int tie(int row);

        int first(int row);

        int second(int row);

        /** What the edge is drawn for, and ordered by: the lightest first. */
        int count(int row);

        /** What the edge adds to the weight of each of its nodes. */
        int nodeWeight(int row);

        double tone(int row);

        int flags(int row);

        boolean onEvents(int row);
    }

    /**
     * The scene of the given rows: edges lightest first, so that the heaviest are drawn on top, and the nodes
     * (numbered below {@code nodeCapacity}) they join, the focus node (or -1) first.
     */
    static GraphScene assemble(IntList rows, SceneRows r, int nodeCapacity, int focusNode, int actorsBefore) {
        int n = rows.size();
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            count[i] = r.count(rows.get(i));
        }
        int[] order = lightestFirst(count);
        int[] edgePair = new int[n];
        int[] first = new int[n];
        int[] second = new int[n];
        int[] sortedCount = new int[n];
        float[] tone = new float[n];
        int[] flags = new int[n];
        int[] slotOfNode = new int[nodeCapacity];
        Arrays.fill(slotOfNode, -1);
        int[] nodes = new int[Math.min(nodeCapacity, 2 * n + 1)];
        double[] weight = new double[nodes.length];
        int nodeCount = 0;
        int eventEdges = 0;
        if (focusNode >= 0) {
            slotOfNode[focusNode] = nodeCount;
            nodes[nodeCount++] = focusNode;
        }
        for (int i = 0; i < n; i++) {
            int e = order[i];
            int row = rows.get(e);
            edgePair[i] = r.tie(row);
            first[i] = r.first(row);
            second[i] = r.second(row);
            sortedCount[i] = count[e];
            eventEdges += r.onEvents(row) ? 1 : 0;
            tone[i] = (float) r.tone(row);
            flags[i] = r.flags(row);
            nodeCount = addNode(first[i], r.nodeWeight(row), slotOfNode, nodes, weight, nodeCount);
            nodeCount = addNode(second[i], r.nodeWeight(row), slotOfNode, nodes, weight, nodeCount);
        }
        return new GraphScene(nodes, weight, nodeCount, edgePair, first, second, sortedCount, tone, flags, n, slotOfNode,
                actorsBefore, eventEdges);
    }

    /** A tie's interactions in the window: its events, its relations and memberships when they show. */
    private static int weight(WindowGraph graph, int pair, boolean memberships, GraphLimits limits) {
        return graph.events(pair) + (limits.relations() ? graph.relations(pair) : 0)
                + (memberships ? graph.memberships(pair) : 0);
    }

    /** Adds the actor's weight, placing it in the next slot the first time; returns the new node count. */
    private static int addNode(int actor, int weight, int[] slotOfActor, int[] nodes, double[] weights, int nodeCount) {
        if (slotOfActor[actor] < 0) {
            slotOfActor[actor] = nodeCount;
            nodes[nodeCount++] = actor;
        }
        weights[slotOfActor[actor]] += weight;
        return nodeCount;
    }

    private static int flags(WindowGraph graph, int pair, boolean memberships) {
        int directions = graph.directions(pair);
        int flags = directions & (DIRECTED_FIRST_TO_SECOND | DIRECTED_SECOND_TO_FIRST);
        if (memberships) {
            flags |= directions & (FIRST_MEMBER_OF_SECOND | SECOND_MEMBER_OF_FIRST);
            if (graph.events(pair) == 0 && graph.relations(pair) == 0) {
                flags |= MEMBERSHIP_ONLY;
            }
        }
        if (graph.isWeakOnly(pair)) {
            flags |= WEAK_ONLY;
        }
        return flags;
    }

    /** A counting sort on the interaction count (capped), stable, so that the order is cheap and deterministic. */
    private static int[] lightestFirst(int[] count) {
        int[] starts = new int[COUNT_BUCKETS + 1];
        for (int c : count) {
            starts[Math.min(c, COUNT_BUCKETS - 1) + 1]++;
        }
        for (int b = 0; b < COUNT_BUCKETS; b++) {
            starts[b + 1] += starts[b];
        }
        int[] order = new int[count.length];
        for (int i = 0; i < count.length; i++) {
            order[starts[Math.min(count[i], COUNT_BUCKETS - 1)]++] = i;
        }
        return order;
    }

    /**
     * Hands the scene to a layout: its actors as nodes, its edges weighted by their interactions. Past
     * {@link #LAYOUT_EDGES} edges only the heaviest are given: they shape the picture, and a layout step
     * over hundreds of thousands of light edges would take longer than a frame.
     */
    public void feed(ForceLayout layout) {
        int from = Math.max(0, edgeCountTotal - LAYOUT_EDGES);
        int n = edgeCountTotal - from;
        float[] weights = new float[n];
        for (int e = 0; e < n; e++) {
            weights[e] = edgeCount[from + e];
        }
        layout.setGraph(nodes, nodeCount, Arrays.copyOfRange(edgeFirst, from, edgeCountTotal),
                Arrays.copyOfRange(edgeSecond, from, edgeCountTotal), weights, n);
    }

    /** PageRank and communities of this scene, with edges weighted by their interactions. */
    public Analysis analyse() {
        double[] weights = new double[edgeCountTotal];
        for (int e = 0; e < edgeCountTotal; e++) {
            weights[e] = edgeCount[e];
        }
        return GraphAnalysis.analyse(nodes, nodeCount, edgeFirst, edgeSecond, weights, edgeCountTotal);
    }

    /** How many actors the window's ties linked before the limits: the "of 1,397" of "showing 150 of 1,397". */
    public int actorsInWindow() {
        return actorsInWindow;
    }

    /** How many of the edges rest on shared events; the others on relations or memberships alone. */
    public int eventEdges() {
        return eventEdges;
    }

    public int nodeCount() {
        return nodeCount;
    }

    /** The node in a slot: an actor index, or past the actors a group (see {@link ActorGroups#node}). */
    public int node(int slot) {
        return nodes[slot];
    }

    /** The sum of the interaction counts of the node's edges. */
    public double weight(int slot) {
        return nodeWeight[slot];
    }

    /** The slot of an actor, or -1 when the scene does not show it. */
    public int slotOf(int actor) {
        return actor >= 0 && actor < slotOfActor.length ? slotOfActor[actor] : -1;
    }

    public boolean shows(int actor) {
        return slotOf(actor) >= 0;
    }

    public int edgeCount() {
        return edgeCountTotal;
    }

    /** The tie an edge shows: a pair of actors, or past the pairs a tie with a group (see {@link GroupedTies}). */
    public int pair(int edge) {
        return edgePair[edge];
    }

    public int first(int edge) {
        return edgeFirst[edge];
    }

    public int second(int edge) {
        return edgeSecond[edge];
    }

    /** Events, relations in force and (when shown) memberships that the edge stands for. */
    public int count(int edge) {
        return edgeCount[edge];
    }

    /** The mean tone of the edge's events, NaN when none has a tone. */
    public double tone(int edge) {
        return edgeTone[edge];
    }

    public int flags(int edge) {
        return edgeFlags[edge];
    }

    /** The edge between two actors, or -1. */
    public int edgeBetween(int a, int b) {
        for (int edge : edgesOf(a)) {
            if (edgeFirst[edge] == Math.min(a, b) && edgeSecond[edge] == Math.max(a, b)) {
                return edge;
            }
        }
        return -1;
    }

    /**
     * The scene's edges at an actor, as edge indices; none when the actor is not shown. The index behind
     * it is built on first use, once per scene, so that hovering and selecting cost an actor's edges
     * rather than all of them.
     */
    public int[] edgesOf(int actor) {
        int slot = slotOf(actor);
        if (slot < 0) {
            return new int[0];
        }
        if (edgeStart == null) {
            indexEdges();
        }
        return Arrays.copyOfRange(edgesAt, edgeStart[slot], edgeStart[slot + 1]);
    }

    private void indexEdges() {
        int[] start = new int[nodeCount + 1];
        for (int e = 0; e < edgeCountTotal; e++) {
            start[slotOfActor[edgeFirst[e]] + 1]++;
            start[slotOfActor[edgeSecond[e]] + 1]++;
        }
        for (int slot = 0; slot < nodeCount; slot++) {
            start[slot + 1] += start[slot];
        }
        int[] at = new int[start[nodeCount]];
        int[] fill = Arrays.copyOf(start, nodeCount);
        for (int e = 0; e < edgeCountTotal; e++) {
            at[fill[slotOfActor[edgeFirst[e]]]++] = e;
            at[fill[slotOfActor[edgeSecond[e]]]++] = e;
        }
        edgesAt = at;
        edgeStart = start;
    }

    public int maxCount() {
        return edgeCountTotal == 0 ? 0 : edgeCount[edgeCountTotal - 1];
    }

    public double maxWeight() {
        double max = 0;
        for (int i = 0; i < nodeCount; i++) {
            max = Math.max(max, nodeWeight[i]);
        }
        return max;
    }
}
