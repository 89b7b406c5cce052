package org.entente.network.layout;

import java.util.Arrays;

/**
 * An incremental, stable force-directed layout of the actor graph: Fruchterman-Reingold forces with a
 * Barnes-Hut quadtree for the repulsion, edge weights strengthening attraction by {@code log1p(weight)},
 * a gravity toward the origin that keeps components together, and smaller components drawn in around the
 * largest ({@link ComponentPacking}).
 *
 * <p><b>Units.</b> Coordinates are in layout units centred on the origin. Two nodes joined by one edge of
 * weight {@code e - 1} (about 1.7) settle {@link #IDEAL_EDGE_LENGTH} (60) units apart when nothing else
 * acts on them; weight 1 gives about 68, weight 20 about 42. Neighbours in a busy graph sit somewhat
 * further apart, since everything else pushes too. A graph of n nodes covers a disc of radius about
 * {@code 60 * sqrt(n / 0.5)}, so a view fits it to the screen by its bounding box, not by a fixed scale.
 *
 * <p><b>Stability.</b> Every node has a heat: the most it may move in one step. Heat cools at every step
 * and a node whose heat has gone is not moved (nor is its force computed). When the graph changes, only
 * what changed is heated: new nodes, nodes whose edges changed (by how much they changed) and, one hop
 * further, their neighbours; the rest get a reheat that grows with the square of the fraction of the
 * graph that changed, so a small scrub step leaves them still while a jump to a different graph lets the
 * whole layout rearrange. Nodes that stay are held by a weak spring to where they were at the change.
 *
 * <p>Nodes are actor indices in {@code [0, capacity)}. Everything is deterministic: the same calls with
 * the same seed give the same coordinates. Not thread-safe; a background relayout works on a {@link #copy()}.
 */
public final class ForceLayout {
    /** The length of an edge of weight {@code e - 1} between two otherwise free nodes, in layout units. */
    public static final double IDEAL_EDGE_LENGTH = 60;

    private static final double K = IDEAL_EDGE_LENGTH;
    private static final double THETA = 0.9;
    /**
     * Pull toward the origin per unit of distance. Against the repulsion of n nodes this settles them in a
     * disc of radius {@code K * sqrt(n / GRAVITY)}, about two edge lengths between unrelated nodes.
     */
    private static final double GRAVITY = 0.5;
    /** The spring that holds a persisting node to where it was when the graph last changed. */
    private static final double ANCHOR = 0.05;
    /** How stiff the repulsion of a node's near neighbours is, at the ideal distance. */
    private static final double REPULSION_STIFFNESS = 1;
    /** The share of a Newton step taken: below one, so that tightly knit nodes do not overshoot each other. */
    private static final double DAMPING = 0.6;
    private static final double INCREMENTAL_COOLING = 0.85;
    private static final double RELAYOUT_COOLING = 0.95;
    private static final int MAX_RELAYOUT_STEPS = 500;
    private static final int SEPARATION_PASSES = 12;
    private static final double NEW_NODE_HEAT = 0.5 * K;
    private static final double RETURNING_NODE_HEAT = 0.2 * K;
    /** The heat of a persisting node whose edges changed entirely; less in proportion for a smaller change. */
    private static final double CHANGED_NODE_HEAT = 0.3 * K;
    /** The heat of every node when the whole graph changes, times the square of the fraction that changed. */
    private static final double GRAPH_CHANGE_HEAT = 2 * K;
    /** The share of a node's heat its neighbours get, so that they make room for it. */
    private static final double NEIGHBOUR_HEAT = 0.5;
    private static final double USER_REHEAT = 0.3 * K;
    private static final double FROZEN_HEAT = 0.005 * K;
    /** A step whose largest move is below this (under a pixel at any usual zoom) ends the animation. */
    private static final double SETTLED_MOVE = 0.01 * K;
    private static final double MIN_DISTANCE = 0.01 * K;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    private static final long PLACEMENT_SALT = 1;
    private static final long CENTRE_SALT = 2;
    private static final long SPIRAL_SALT = 3;

    private final int capacity;
    private final long seed;

    // Per node (actor index): what is remembered while it is not on show.
    private final double[] x;
    private final double[] y;
    private final boolean[] placed;
    private final boolean[] pinned;
    private final double[] heat;
    private final boolean[] anchored;
    private final double[] anchorX;
    private final double[] anchorY;
    /** The summed attraction of the node's edges when it was last on show. */
    private final double[] strength;
    /** The node's slot in the graph on show, or -1. */
    private final int[] slotOf;
    /** Set only while a change is applied: the node was in the graph shown before it. */
    private final boolean[] wasShown;
    /** Marks the nodes of the graph being set, so that checking it needs no set. */
    private final int[] stamp;
    private int currentStamp;

    // The graph on show, by slot.
    private int[] nodeAt;
    private int[] previousNodeAt;
    private int nodeCount;
    private int edgeCount;
    private int[] edgeFrom = new int[0];
    private int[] edgeTo = new int[0];
    private double[] attraction = new double[0];
    private final int[] adjacencyStart;
    private int[] adjacent = new int[0];
    private boolean hot;

    // Scratch for one step or one change, by slot.
    private final double[] px;
    private final double[] py;
    private final double[] fx;
    private final double[] fy;
    private final double[] stiffness;
    private final double[] slotStrength;
    /** The heat the change being applied gives each node, before it spreads to the neighbours. */
    private final double[] slotHeat;
    private final int[] queue;
    private final QuadTree tree = new QuadTree(THETA, MIN_DISTANCE);
    /** How much room each node takes, in layout units; 0 lets nodes overlap. */
    private final double[] radius;
    private final boolean[] movable;
    private final Separation separation = new Separation();
    private final ComponentPacking packing;
    private final double[] unlimited;

    public ForceLayout(int capacity, long seed) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.seed = seed;
        x = new double[capacity];
        y = new double[capacity];
        placed = new boolean[capacity];
        pinned = new boolean[capacity];
        heat = new double[capacity];
        anchored = new boolean[capacity];
        anchorX = new double[capacity];
        anchorY = new double[capacity];
        strength = new double[capacity];
        slotOf = new int[capacity];
        Arrays.fill(slotOf, -1);
        wasShown = new boolean[capacity];
        stamp = new int[capacity];
        nodeAt = new int[capacity];
        previousNodeAt = new int[capacity];
        adjacencyStart = new int[capacity + 1];
        px = new double[capacity];
        py = new double[capacity];
        fx = new double[capacity];
        fy = new double[capacity];
        stiffness = new double[capacity];
        slotStrength = new double[capacity];
        slotHeat = new double[capacity];
        queue = new int[capacity];
        radius = new double[capacity];
        movable = new boolean[capacity];
        unlimited = new double[capacity];
        Arrays.fill(unlimited, Double.MAX_VALUE);
        packing = new ComponentPacking(capacity);
    }

    private ForceLayout(ForceLayout other) {
        this(other.capacity, other.seed);
        System.arraycopy(other.x, 0, x, 0, capacity);
        System.arraycopy(other.y, 0, y, 0, capacity);
        System.arraycopy(other.placed, 0, placed, 0, capacity);
        System.arraycopy(other.pinned, 0, pinned, 0, capacity);
        System.arraycopy(other.heat, 0, heat, 0, capacity);
        System.arraycopy(other.anchored, 0, anchored, 0, capacity);
        System.arraycopy(other.anchorX, 0, anchorX, 0, capacity);
        System.arraycopy(other.anchorY, 0, anchorY, 0, capacity);
        System.arraycopy(other.strength, 0, strength, 0, capacity);
        System.arraycopy(other.radius, 0, radius, 0, capacity);
        System.arraycopy(other.slotOf, 0, slotOf, 0, capacity);
        System.arraycopy(other.nodeAt, 0, nodeAt, 0, capacity);
        System.arraycopy(other.adjacencyStart, 0, adjacencyStart, 0, capacity + 1);
        nodeCount = other.nodeCount;
        edgeCount = other.edgeCount;
        edgeFrom = other.edgeFrom.clone();
        edgeTo = other.edgeTo.clone();
        attraction = other.attraction.clone();
        adjacent = other.adjacent.clone();
        packing.copyFrom(other.packing);
        hot = other.hot;
    }

    /**
     * The nodes and edges on show now. Nodes absent here keep their last position (remembered), so a node
     * that comes back returns to where it was. Nodes never placed before are placed beside the centroid of
     * their already-placed neighbours (small deterministic offset from the seed and node id), or, with no
     * placed neighbour, near the layout's centre at a deterministic spot. Edges are parallel arrays of node
     * ids (each in nodes) and weights > 0.
     */
    public void setGraph(int[] nodes, int nodeCount, int[] edgeA, int[] edgeB, float[] edgeWeight, int edgeCount) {
        checkGraph(nodes, nodeCount, edgeA, edgeB, edgeWeight, edgeCount);
        int[] previous = nodeAt;
        int previousCount = this.nodeCount;
        nodeAt = previousNodeAt;
        previousNodeAt = previous;
        for (int s = 0; s < previousCount; s++) {
            slotOf[previous[s]] = -1;
            wasShown[previous[s]] = true;
        }
        for (int s = 0; s < nodeCount; s++) {
            nodeAt[s] = nodes[s];
            slotOf[nodes[s]] = s;
        }
        this.nodeCount = nodeCount;
        setEdges(edgeA, edgeB, edgeWeight, edgeCount);
        heatWhatChanged(previous, previousCount);
        for (int s = 0; s < previousCount; s++) {
            wasShown[previous[s]] = false;
        }
        placeNewNodes();
        spreadHeatToNeighbours();
        hot = false;
        for (int s = 0; s < nodeCount; s++) {
            hot |= heat[nodeAt[s]] > 0;
        }
    }

    private void checkGraph(int[] nodes, int nodeCount, int[] edgeA, int[] edgeB, float[] edgeWeight, int edgeCount) {
        if (nodeCount < 0 || nodeCount > nodes.length || nodeCount > capacity) {
            throw new IllegalArgumentException("bad node count " + nodeCount);
        }
        if (edgeCount < 0 || edgeCount > edgeA.length || edgeCount > edgeB.length || edgeCount > edgeWeight.length) {
            throw new IllegalArgumentException("bad edge count " + edgeCount);
        }
        currentStamp++;
        for (int s = 0; s < nodeCount; s++) {
            int node = nodes[s];
            if (node < 0 || node >= capacity) {
                throw new IllegalArgumentException("node " + node + " outside [0, " + capacity + ")");
            }
            if (stamp[node] == currentStamp) {
                throw new IllegalArgumentException("node " + node + " given twice");
            }
            stamp[node] = currentStamp;
        }
        for (int e = 0; e < edgeCount; e++) {
            int a = edgeA[e];
            int b = edgeB[e];
            if (a < 0 || a >= capacity || b < 0 || b >= capacity || stamp[a] != currentStamp || stamp[b] != currentStamp) {
                throw new IllegalArgumentException("edge " + a + "-" + b + " joins a node that is not on show");
            }
            if (a == b) {
                throw new IllegalArgumentException("edge " + a + "-" + b + " joins a node to itself");
            }
            if (!(edgeWeight[e] > 0) || Float.isInfinite(edgeWeight[e])) {
                throw new IllegalArgumentException("edge " + a + "-" + b + " has weight " + edgeWeight[e]);
            }
        }
    }

    /** Stores the edges by slot, with their attraction, and the adjacency lists that placement walks. */
    private void setEdges(int[] edgeA, int[] edgeB, float[] edgeWeight, int edgeCount) {
        this.edgeCount = edgeCount;
        if (edgeFrom.length < edgeCount) {
            edgeFrom = new int[edgeCount];
            edgeTo = new int[edgeCount];
            attraction = new double[edgeCount];
            adjacent = new int[2 * edgeCount];
        }
        Arrays.fill(adjacencyStart, 0, nodeCount + 1, 0);
        for (int e = 0; e < edgeCount; e++) {
            edgeFrom[e] = slotOf[edgeA[e]];
            edgeTo[e] = slotOf[edgeB[e]];
            attraction[e] = Math.log1p(edgeWeight[e]);
            adjacencyStart[edgeFrom[e] + 1]++;
            adjacencyStart[edgeTo[e] + 1]++;
        }
        for (int s = 0; s < nodeCount; s++) {
            adjacencyStart[s + 1] += adjacencyStart[s];
        }
        // queue serves as the fill cursor here; placement reuses it afterwards.
        System.arraycopy(adjacencyStart, 0, queue, 0, nodeCount);
        for (int e = 0; e < edgeCount; e++) {
            adjacent[queue[edgeFrom[e]]++] = edgeTo[e];
            adjacent[queue[edgeTo[e]]++] = edgeFrom[e];
        }
        packing.label(nodeCount, adjacencyStart, adjacent);
    }

    /**
     * Heats persisting nodes by how much their edges changed, returning nodes a little, and all of them by
     * the square of the share of the graph that changed; anchors the placed ones where they are.
     */
    private void heatWhatChanged(int[] previous, int previousCount) {
        Arrays.fill(slotStrength, 0, nodeCount, 0);
        for (int e = 0; e < edgeCount; e++) {
            slotStrength[edgeFrom[e]] += attraction[e];
            slotStrength[edgeTo[e]] += attraction[e];
        }
        Arrays.fill(slotHeat, 0, nodeCount, 0);
        double changed = 0;
        double total = 0;
        for (int s = 0; s < previousCount; s++) {
            int node = previous[s];
            if (slotOf[node] < 0) {
                changed += 1 + strength[node];
                total += 1 + strength[node];
            }
        }
        for (int s = 0; s < nodeCount; s++) {
            int node = nodeAt[s];
            double now = 1 + slotStrength[s];
            boolean persists = wasShown[node];
            double before = persists ? 1 + strength[node] : 0;
            changed += Math.abs(now - before);
            total += Math.max(now, before);
            if (placed[node] && !pinned[node]) {
                double nodeHeat = persists
                        ? CHANGED_NODE_HEAT * Math.abs(now - before) / Math.max(now, before)
                        : RETURNING_NODE_HEAT;
                slotHeat[s] = nodeHeat;
                heat[node] = Math.max(heat[node], nodeHeat);
            }
            if (placed[node]) {
                anchored[node] = true;
                anchorX[node] = x[node];
                anchorY[node] = y[node];
            }
            strength[node] = now - 1;
        }
        double share = total == 0 ? 0 : changed / total;
        double graphHeat = GRAPH_CHANGE_HEAT * share * share;
        for (int s = 0; s < nodeCount; s++) {
            int node = nodeAt[s];
            if (placed[node] && !pinned[node]) {
                heat[node] = frozenIfBelow(Math.max(heat[node], graphHeat));
            }
        }
    }

    /**
     * Places the nodes never placed before, breadth first from the placed ones, so that a chain of new
     * nodes grows outward from where it attaches; a group with no placed node starts near the centre.
     */
    private void placeNewNodes() {
        currentStamp++;
        int queued = 0;
        for (int s = 0; s < nodeCount; s++) {
            if (!placed[nodeAt[s]] && hasPlacedNeighbour(s)) {
                queue[queued++] = s;
                stamp[nodeAt[s]] = currentStamp;
            }
        }
        placeBreadthFirst(queued);
        int groupsStarted = 0;
        for (int s = 0; s < nodeCount; s++) {
            if (!placed[nodeAt[s]]) {
                placeNearCentre(nodeAt[s], groupsStarted++);
                stamp[nodeAt[s]] = currentStamp;
                placeBreadthFirst(enqueueUnplacedNeighbours(s, 0));
            }
        }
    }

    /** Places the queued slots and, as it reaches them, their unplaced neighbours. */
    private void placeBreadthFirst(int queued) {
        for (int head = 0; head < queued; head++) {
            int slot = queue[head];
            placeBesideNeighbours(slot);
            queued = enqueueUnplacedNeighbours(slot, queued);
        }
    }

    private int enqueueUnplacedNeighbours(int slot, int queued) {
        for (int i = adjacencyStart[slot]; i < adjacencyStart[slot + 1]; i++) {
            int neighbour = nodeAt[adjacent[i]];
            if (!placed[neighbour] && stamp[neighbour] != currentStamp) {
                stamp[neighbour] = currentStamp;
                queue[queued++] = adjacent[i];
            }
        }
        return queued;
    }

    private boolean hasPlacedNeighbour(int slot) {
        for (int i = adjacencyStart[slot]; i < adjacencyStart[slot + 1]; i++) {
            if (placed[nodeAt[adjacent[i]]]) {
                return true;
            }
        }
        return false;
    }

    private void placeBesideNeighbours(int slot) {
        double sumX = 0;
        double sumY = 0;
        int count = 0;
        for (int i = adjacencyStart[slot]; i < adjacencyStart[slot + 1]; i++) {
            int neighbour = nodeAt[adjacent[i]];
            if (placed[neighbour]) {
                sumX += x[neighbour];
                sumY += y[neighbour];
                count++;
            }
        }
        int node = nodeAt[slot];
        double distance = K * (0.4 + 0.4 * unit(PLACEMENT_SALT, node));
        double angle = 2 * Math.PI * unit(PLACEMENT_SALT + 100, node);
        place(node, sumX / count + distance * Math.cos(angle), sumY / count + distance * Math.sin(angle));
    }

    /** The i-th group started in one change goes on a sunflower spiral around the centre, so groups do not pile up. */
    private void placeNearCentre(int node, int ordinal) {
        double radius = K * Math.sqrt(ordinal + unit(CENTRE_SALT, node));
        double angle = ordinal * GOLDEN_ANGLE + 2 * Math.PI * unit(CENTRE_SALT + 100, node);
        place(node, radius * Math.cos(angle), radius * Math.sin(angle));
    }

    private void place(int node, double atX, double atY) {
        x[node] = atX;
        y[node] = atY;
        placed[node] = true;
        anchored[node] = false;
        heat[node] = pinned[node] ? 0 : NEW_NODE_HEAT;
        slotHeat[slotOf[node]] = heat[node];
    }

    /**
     * Gives each node a share of the heat this change gave its hottest neighbour, so that the nodes around
     * a change make room. Only this change's heat spreads: heat left from earlier changes would otherwise
     * creep one hop further at every scrub step until the whole graph moved.
     */
    private void spreadHeatToNeighbours() {
        for (int e = 0; e < edgeCount; e++) {
            warm(edgeFrom[e], NEIGHBOUR_HEAT * slotHeat[edgeTo[e]]);
            warm(edgeTo[e], NEIGHBOUR_HEAT * slotHeat[edgeFrom[e]]);
        }
    }

    private void warm(int slot, double atLeast) {
        int node = nodeAt[slot];
        if (!pinned[node] && heat[node] < atLeast) {
            heat[node] = frozenIfBelow(atLeast);
        }
    }

    private static double frozenIfBelow(double h) {
        return h < FROZEN_HEAT ? 0 : h;
    }

    /**
     * One iteration over the current graph. Returns true while the layout still moves noticeably (so the
     * UI keeps animating), false once settled. Work per call is O(n log n + m) of the graph on show.
     */
    public boolean step() {
        return iterate(INCREMENTAL_COOLING);
    }

    private boolean iterate(double cooling) {
        if (!hot) {
            return false;
        }
        int n = nodeCount;
        for (int s = 0; s < n; s++) {
            px[s] = x[nodeAt[s]];
            py[s] = y[nodeAt[s]];
        }
        Arrays.fill(fx, 0, n, 0);
        Arrays.fill(fy, 0, n, 0);
        Arrays.fill(stiffness, 0, n, 0);
        attract();
        packing.pull(px, py, n, K, K, fx, fy, stiffness);
        tree.build(px, py, n);
        double largestMove = 0;
        boolean stillHot = false;
        for (int s = 0; s < n; s++) {
            int node = nodeAt[s];
            double h = heat[node];
            if (h == 0 || pinned[node]) {
                continue;
            }
            tree.repel(s, K * K);
            double forceX = fx[s] + tree.forceX() - GRAVITY * px[s];
            double forceY = fy[s] + tree.forceY() - GRAVITY * py[s];
            double stiff = REPULSION_STIFFNESS + GRAVITY + stiffness[s];
            if (anchored[node]) {
                forceX -= ANCHOR * (px[s] - anchorX[node]);
                forceY -= ANCHOR * (py[s] - anchorY[node]);
                stiff += ANCHOR;
            }
            // A Newton step along each node's own stiffness, so that hubs held by many edges do not overshoot.
            double moveX = DAMPING * forceX / stiff;
            double moveY = DAMPING * forceY / stiff;
            double move = Math.sqrt(moveX * moveX + moveY * moveY);
            if (move > h) {
                moveX *= h / move;
                moveY *= h / move;
                move = h;
            }
            x[node] = px[s] + moveX;
            y[node] = py[s] + moveY;
            largestMove = Math.max(largestMove, move);
            heat[node] = frozenIfBelow(h * cooling);
            stillHot |= heat[node] > 0;
        }
        for (int s = 0; s < n; s++) {
            int node = nodeAt[s];
            movable[node] = heat[node] > 0 && !pinned[node];
        }
        separation.separate(nodeAt, n, x, y, radius, movable, heat);
        if (largestMove < SETTLED_MOVE || !stillHot) {
            for (int s = 0; s < n; s++) {
                heat[nodeAt[s]] = 0;
            }
            hot = false;
            separateFully();
        }
        return hot;
    }

    /** Edge springs: force weight * d^2 / K along the edge, and the stiffness that goes with it. */
    private void attract() {
        for (int e = 0; e < edgeCount; e++) {
            int a = edgeFrom[e];
            int b = edgeTo[e];
            double dx = px[b] - px[a];
            double dy = py[b] - py[a];
            double distance = Math.sqrt(dx * dx + dy * dy);
            double pull = attraction[e] * distance / K;
            fx[a] += pull * dx;
            fy[a] += pull * dy;
            fx[b] -= pull * dx;
            fy[b] -= pull * dy;
            stiffness[a] += 2 * pull;
            stiffness[b] += 2 * pull;
        }
    }

    /**
     * Forgets the positions of unpinned nodes and runs the layout to convergence from a fresh,
     * deterministic start (synchronous; the app runs it on a background thread on a copy).
     */
    public void relayout() {
        for (int node = 0; node < capacity; node++) {
            anchored[node] = false;
            heat[node] = 0;
            if (!pinned[node]) {
                placed[node] = false;
            }
        }
        placeOnSpiral();
        hot = true;
        int steps = 0;
        while (steps < MAX_RELAYOUT_STEPS && iterate(RELAYOUT_COOLING)) {
            steps++;
        }
        separateFully();
        for (int node = 0; node < capacity; node++) {
            heat[node] = 0;
        }
        hot = false;
    }

    /**
     * The last word whenever the layout comes to rest: as it cools, strong edges pull discs back over each
     * other, so overlaps are resolved once more with every unpinned node free to move as far as it must.
     */
    private void separateFully() {
        for (int s = 0; s < nodeCount; s++) {
            movable[nodeAt[s]] = !pinned[nodeAt[s]];
        }
        for (int pass = 0; pass < SEPARATION_PASSES; pass++) {
            separation.separate(nodeAt, nodeCount, x, y, radius, movable, unlimited);
        }
    }

    /**
     * The fresh start: nodes breadth first from the best connected, on a sunflower spiral that fills the
     * disc the layout will settle in, so that graph neighbours start in neighbouring rings.
     */
    private void placeOnSpiral() {
        int order = 0;
        currentStamp++;
        for (int root : slotsByDegree()) {
            if (stamp[nodeAt[root]] == currentStamp) {
                continue;
            }
            int head = order;
            queue[order++] = root;
            stamp[nodeAt[root]] = currentStamp;
            while (head < order) {
                int slot = queue[head++];
                for (int i = adjacencyStart[slot]; i < adjacencyStart[slot + 1]; i++) {
                    int neighbour = adjacent[i];
                    if (stamp[nodeAt[neighbour]] != currentStamp) {
                        stamp[nodeAt[neighbour]] = currentStamp;
                        queue[order++] = neighbour;
                    }
                }
            }
        }
        double turn = 2 * Math.PI * unit(SPIRAL_SALT, 0);
        double startHeat = K * Math.sqrt(nodeCount / GRAVITY) / 4;
        int onSpiral = 0;
        for (int i = 0; i < order; i++) {
            int node = nodeAt[queue[i]];
            if (pinned[node] && placed[node]) {
                continue;
            }
            double radius = K * Math.sqrt((onSpiral + 0.5) / GRAVITY);
            double angle = turn + onSpiral * GOLDEN_ANGLE;
            onSpiral++;
            x[node] = radius * Math.cos(angle);
            y[node] = radius * Math.sin(angle);
            placed[node] = true;
            heat[node] = Math.max(startHeat, NEW_NODE_HEAT);
        }
    }

    /** Slots by falling degree, ties by slot: a counting sort, as degrees are small integers. */
    private int[] slotsByDegree() {
        int maxDegree = 0;
        for (int s = 0; s < nodeCount; s++) {
            maxDegree = Math.max(maxDegree, degree(s));
        }
        int[] start = new int[maxDegree + 2];
        for (int s = 0; s < nodeCount; s++) {
            start[maxDegree - degree(s) + 1]++;
        }
        for (int d = 0; d <= maxDegree; d++) {
            start[d + 1] += start[d];
        }
        int[] sorted = new int[nodeCount];
        for (int s = 0; s < nodeCount; s++) {
            sorted[start[maxDegree - degree(s)]++] = s;
        }
        return sorted;
    }

    private int degree(int slot) {
        return adjacencyStart[slot + 1] - adjacencyStart[slot];
    }

    /** How many nodes on show may still move. */
    int hotCount() {
        int count = 0;
        for (int s = 0; s < nodeCount; s++) {
            count += heat[nodeAt[s]] > 0 ? 1 : 0;
        }
        return count;
    }

    int nodeCount() {
        return nodeCount;
    }

    /** A deep copy, for a background relayout. */
    public ForceLayout copy() {
        return new ForceLayout(this);
    }

    /**
     * Takes the other layout's positions (after a background relayout) for every unpinned node: pinned
     * nodes keep theirs, as the user may have moved them meanwhile, and nodes placed here since the copy
     * was made keep theirs while on show. The layout is left settled.
     */
    public void adoptPositions(ForceLayout other) {
        if (other.capacity != capacity) {
            throw new IllegalArgumentException("capacity " + other.capacity + " is not " + capacity);
        }
        for (int node = 0; node < capacity; node++) {
            if (!pinned[node]) {
                if (other.placed[node]) {
                    x[node] = other.x[node];
                    y[node] = other.y[node];
                    placed[node] = true;
                } else if (slotOf[node] < 0) {
                    placed[node] = false;
                }
            }
            anchored[node] = false;
            heat[node] = 0;
        }
        hot = false;
    }

    /** The node's x in layout units, or NaN when it has never been placed. */
    public double x(int node) {
        return placed[node] ? x[node] : Double.NaN;
    }

    /** The node's y in layout units, or NaN when it has never been placed. */
    public double y(int node) {
        return placed[node] ? y[node] : Double.NaN;
    }

    public boolean isPlaced(int node) {
        return placed[node];
    }

    /** Puts the node where the user dragged it; it stays there if pinned, and is not pulled back by its anchor. */
    public void moveTo(int node, double atX, double atY) {
        if (!Double.isFinite(atX) || !Double.isFinite(atY)) {
            throw new IllegalArgumentException("position must be finite: " + atX + ", " + atY);
        }
        x[node] = atX;
        y[node] = atY;
        placed[node] = true;
        anchorX[node] = atX;
        anchorY[node] = atY;
    }

    /**
     * How much room the node takes, in layout units: nodes that move keep their discs from overlapping,
     * so that a large node does not hide its neighbours. 0, the default, lets it overlap.
     */
    public void setRadius(int node, double r) {
        if (!(r >= 0) || Double.isInfinite(r)) {
            throw new IllegalArgumentException("radius must be finite and not negative: " + r);
        }
        radius[node] = r;
    }

    /** A pinned node never moves, but still pushes and pulls the others. */
    public void setPinned(int node, boolean pin) {
        pinned[node] = pin;
        if (pin) {
            heat[node] = 0;
        }
    }

    public boolean isPinned(int node) {
        return pinned[node];
    }

    /** After a user change, lets every node on show move again, a little. */
    public void reheat() {
        for (int s = 0; s < nodeCount; s++) {
            int node = nodeAt[s];
            if (!pinned[node] && placed[node]) {
                heat[node] = Math.max(heat[node], USER_REHEAT);
                hot = true;
            }
        }
    }

    /** The radius of the disc a graph of {@code nodes} nodes settles in, in layout units (see Units above). */
    public static double settledRadius(int nodes) {
        return K * Math.sqrt(nodes / GRAVITY);
    }

    /** A number in [0, 1) fixed by the seed, the purpose and the node. */
    private double unit(long salt, int node) {
        long z = seed + salt * 0x9E3779B97F4A7C15L + (node + 1L) * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
