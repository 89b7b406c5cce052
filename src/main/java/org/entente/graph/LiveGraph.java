package org.entente.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.entente.index.IntList;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.network.ActorGroups;
import org.entente.network.Analysis;
import org.entente.network.ComparisonScene;
import org.entente.network.GraphLimits;
import org.entente.network.GraphRange;
import org.entente.network.GraphScene;
import org.entente.network.GroupedTies;
import org.entente.network.NodeColoring;
import org.entente.network.NodeSizing;
import org.entente.network.PairIndex;
import org.entente.network.PeriodComparison;
import org.entente.network.TieEnds;
import org.entente.network.layout.ForceLayout;
import org.entente.state.Selection;
import org.entente.store.PairRow;

/**
 * The graph on show and how it moves, free of JavaFX so that it can be tested without a stage: the
 * dataset's actors, the working data for the filter, the scene of the time on show (or of two periods
 * compared), where each actor
 * stands, what fades, and the latest analysis. While a store's records do not cover the time on show, the
 * scenes are made of the store's counted pairs instead ({@link StoreGraphData}), through the same
 * positions, fades and frames. The skin owns the nodes, the pulse and the listeners;
 * each pulse it asks this class to step and then builds a {@link GraphFrame} from it.
 */
final class LiveGraph {
    /** Graphs up to this many nodes are laid out afresh at once; larger ones in the background. */
    static final int SYNC_LAYOUT_LIMIT = 600;
    private static final int SETTLE_STEPS = 2_000;

    /** The dataset's actors, by node, while the graph draws its events. */
    private List<Actor> actors = List.of();
    private String[] names = new String[0];
    private ActorKind[] kinds = new ActorKind[0];
    private GraphPositions positions = new GraphPositions(0, 1);
    /** The shorter side of the view the graph is drawn in, in pixels, which sets how much room nodes keep. */
    private double viewSide = 400;
    private ActorGroups groups = ActorGroups.none(0);
    private GraphData data;
    /** The store's counted pairs while they are drawn instead of a dataset's events; null otherwise. */
    private StoreGraphData store;
    /** How many of the roster's nodes have their names and kinds copied into {@link #names} and {@link #kinds}. */
    private int named;
    /** The two periods compared over the data, shown instead of the time on show; null when not comparing. */
    private PeriodComparison comparison;
    private GroupedTies ties;
    private Analysis analysis;
    private boolean sceneDirty;
    private boolean layoutMoving;
    /** Whether the dataset's graph has had its first full layout; later scenes only adjust it. */
    private boolean laidOut;
    private int sceneVersion;
    private int hoveredActor = -1;
    private int hoveredPair = -1;

    /** A new dataset: every actor starts afresh, unplaced and unpinned, and there is no data until {@link #show} is called. */
    void reset(List<Actor> actors) {
        // Nodes are the actors, then room for as many groups (see ActorGroups).
        this.actors = actors;
        names = new String[2 * actors.size()];
        kinds = new ActorKind[2 * actors.size()];
        for (int i = 0; i < actors.size(); i++) {
            names[i] = actors.get(i).name();
            kinds[i] = actors.get(i).kind();
        }
        positions = new GraphPositions(2 * actors.size(), 1);
        groups = ActorGroups.none(actors.size());
        laidOut = false;
        store = null;
        show(null);
    }

    /**
     * Draws a store's counted pairs from now on: every actor starts afresh under the roster's numbering,
     * ungrouped, and nothing shows until the first answer comes ({@link #showPairs}).
     */
    void resetForStore(StoreRoster roster) {
        int capacity = roster.capacity();
        actors = List.of();
        names = new String[2 * capacity];
        kinds = new ActorKind[2 * capacity];
        positions = new GraphPositions(2 * capacity, 1);
        groups = ActorGroups.none(capacity);
        laidOut = false;
        show(null);
        store = new StoreGraphData(roster);
        named = 0;
        nameNewNodes();
    }

    /**
     * Where each actor on show stands, by id: what {@link #carry} puts back once the same store's actors are
     * numbered another way (its counts give way to its records, or other records come).
     */
    Map<String, double[]> places() {
        Map<String, double[]> places = new HashMap<>();
        GraphScene scene = scene();
        for (int slot = 0; slot < scene.nodeCount(); slot++) {
            int node = scene.node(slot);
            if (groups.groupOfNode(node) < 0) {
                places.put(actorId(node), new double[] {positions.x()[node], positions.y()[node]});
            }
        }
        return places;
    }

    /** Whether the dataset's graph has had its first full layout. */
    boolean isLaidOut() {
        return laidOut;
    }

    /** The actors pinned where the analyst put them, by id, in layout units. */
    Map<String, double[]> pinned() {
        Map<String, double[]> pins = new HashMap<>();
        int count = store != null ? store.roster().capacity() : actors.size();
        for (int node = 0; node < count; node++) {
            String id = store != null ? store.roster().id(node) : actors.get(node).id();
            if (id != null && positions.pinned()[node]) {
                pins.put(id, new double[] {positions.x()[node], positions.y()[node]});
            }
        }
        return pins;
    }

    /** Pins actors at places in layout units, as a workspace restores them; ids the dataset lacks are passed over. */
    void pin(Map<String, double[]> pins) {
        forEachNode(pins, (node, at) -> positions.drag(node, at[0], at[1]));
        layoutMoving = true;
    }

    /**
     * Puts actors where they stood before a reset, so that the picture carries over rather than being laid out
     * afresh: the layout goes on from there, actors new to it placed beside their neighbours.
     */
    void carry(Map<String, double[]> places) {
        forEachNode(places, (node, at) -> positions.place(node, at[0], at[1]));
        laidOut |= !places.isEmpty();
    }

    /**
     * Each place given by actor id, at its node: the dataset's actor, or the store's (numbered now if it was
     * not); ids the dataset lacks are passed over.
     */
    private void forEachNode(Map<String, double[]> places, BiConsumer<Integer, double[]> at) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            index.put(actors.get(i).id(), i);
        }
        places.forEach((id, place) -> {
            int node = store != null ? store.roster().add(id) : index.getOrDefault(id, -1);
            if (node >= 0) {
                at.accept(node, place);
            }
        });
        if (store != null) {
            nameNewNodes();
        }
    }

    /** A store's answer for the time on show: the next {@link #updateScene} draws its pairs; positions carry over. */
    void showPairs(StorePairs.Answer answer) {
        store.show(answer);
        nameNewNodes();
        hoveredActor = -1;
        hoveredPair = -1;
        sceneDirty = true;
    }

    /** Names and kinds for the store's actors that the view's dataset now holds. */
    void learn(List<Actor> actors) {
        store.roster().learn(actors);
        named = 0;
        nameNewNodes();
    }

    /** Copies the names and kinds of the roster's nodes numbered since the last time, so an answer costs its new actors. */
    private void nameNewNodes() {
        StoreRoster roster = store.roster();
        for (; named < roster.capacity() && roster.id(named) != null; named++) {
            names[named] = roster.name(named);
            kinds[named] = roster.kind(named);
        }
    }

    /** The store's counted pairs drawn instead of a dataset's events, or null when the graph draws events. */
    StoreGraphData store() {
        return store;
    }

    /** Working data for a new filter (null while it is built); positions, pins and groups survive it. */
    void show(GraphData built) {
        data = built;
        comparison = null;
        ties = built == null ? null : GroupedTies.of(built.pairs(), groups);
        analysis = null;
        hoveredActor = -1;
        hoveredPair = -1;
        sceneDirty = built != null;
    }

    /** Shows a comparison of two periods worked out over the current data, or, with null, the time on show again. */
    void compare(PeriodComparison compared) {
        comparison = compared;
        sceneDirty = data != null;
    }

    PeriodComparison comparison() {
        return comparison;
    }

    boolean isComparing() {
        return comparison != null;
    }

    /** Whether there is something to draw: a dataset's working data, or a store's answer. */
    boolean hasData() {
        return data != null || store != null && store.hasAnswer();
    }

    GraphData data() {
        return data;
    }

    PairIndex pairs() {
        return data.pairs();
    }

    /** The pairs seen through the groups: which tie shows each, and the nodes each tie joins. */
    GroupedTies ties() {
        return ties;
    }

    /** The nodes each tie on show joins: the grouped pairs of a dataset, or a store's numbered pairs. */
    TieEnds tieEnds() {
        return store != null ? store.roster() : ties;
    }

    private GraphFades fades() {
        return store != null ? store.fades() : data.fades();
    }

    private NodeLooks looks() {
        return store != null ? store.looks() : data.looks();
    }

    ActorGroups groups() {
        return groups;
    }

    /**
     * Folds actors into other groups. A group that appears starts where its members stood, and the
     * members of a group that opens start where it stood, so the picture changes in place.
     */
    void group(ActorGroups next) {
        ActorGroups before = groups;
        groups = next;
        for (int g = 0; g < next.groupCount(); g++) {
            names[next.actorCount() + g] = next.label(g);
            kinds[next.actorCount() + g] = next.kind(g);
        }
        if (data != null) {
            ties = GroupedTies.of(data.pairs(), next);
            double[] sumX = new double[names.length];
            double[] sumY = new double[names.length];
            int[] count = new int[names.length];
            for (int actor = 0; actor < next.actorCount(); actor++) {
                int from = before.node(actor);
                int to = next.node(actor);
                if (from != to && data.fades().actorAlpha(from) > 0) {
                    sumX[to] += positions.x()[from];
                    sumY[to] += positions.y()[from];
                    count[to]++;
                }
            }
            for (int node = 0; node < names.length; node++) {
                if (count[node] > 0) {
                    positions.place(node, sumX[node] / count[node], sumY[node] / count[node]);
                }
            }
            sceneDirty = true;
        }
    }

    /** The id of an actor by its index. */
    String actorId(int actor) {
        return store != null ? store.roster().id(actor) : data.pairs().dataset().actors().get(actor).id();
    }

    /** What selecting a node selects: its actor, or its group with every member. */
    Selection selectionOf(int node) {
        int group = groups.groupOfNode(node);
        if (group < 0) {
            return Selection.actor(actorId(node));
        }
        return new Selection.OfGroup(groups.id(group), groups.label(group),
                IntStream.of(groups.members(group)).mapToObj(this::actorId).collect(Collectors.toSet()));
    }

    /** What selecting an edge selects: the pair of actors, or the ties between a group and the other end. */
    Selection selectionOfTie(int tie) {
        if (store != null) {
            return Selection.pair(actorId(store.roster().first(tie)), actorId(store.roster().second(tie)));
        }
        int a = ties.first(tie);
        int b = ties.second(tie);
        if (!ties.isGroupTie(tie)) {
            return Selection.pair(actorId(a), actorId(b));
        }
        return new Selection.OfGroupPair(side(a), side(b));
    }

    private Selection.OfGroup side(int node) {
        if (groups.groupOfNode(node) >= 0) {
            return (Selection.OfGroup) selectionOf(node);
        }
        String id = actorId(node);
        return new Selection.OfGroup(id, names[node], Set.of(id));
    }

    /**
     * The communities of the graph on show, as groups: each actor joins the community of the node that
     * shows it, and communities are named after their busiest member. Actors not on show stay on their own.
     */
    ActorGroups communities(List<Actor> actors) {
        if (data == null || scene().nodeCount() == 0) {
            return ActorGroups.none(actors.size());
        }
        Analysis found = scene().analyse();
        IntList byImportance = new IntList();
        for (int node : found.byDegree()) {
            int group = groups.groupOfNode(node);
            for (int actor : group < 0 ? new int[] {node} : groups.members(group)) {
                byImportance.add(actor);
            }
        }
        ActorGroups current = groups;
        return ActorGroups.byCommunity(actors, actor -> found.community(current.node(actor)), byImportance.toArray());
    }

    /** The node that shows an actor or a group by id, or -1 when nothing shows it (an open group, say). */
    int node(String id) {
        if (store != null) {
            return store.roster().node(id);
        }
        int actor = data.pairs().actor(id);
        if (actor >= 0) {
            return groups.node(actor);
        }
        int group = groups.group(id);
        return group >= 0 && !groups.isOpen(group) ? groups.actorCount() + group : -1;
    }

    GraphScene scene() {
        return store != null ? store.fades().scene() : data == null ? GraphScene.EMPTY : data.fades().scene();
    }

    String[] names() {
        return names;
    }

    /** The time on show or what the scene is made of changed: the next {@link #updateScene} rebuilds it. */
    void sceneChanged() {
        sceneDirty = true;
    }

    boolean isSceneDirty() {
        return sceneDirty && hasData();
    }

    /**
     * Moves the window graph to the range and hands the new scene to the fades and the layout. Returns
     * true when this is the dataset's first scene with nodes, which wants a full layout.
     */
    boolean updateScene(GraphRange range, boolean memberships, String focusActor, int focusDepth, NodeSizing sizing,
                        GraphLimits limits, List<String> keep) {
        sceneDirty = false;
        if (!hasData()) {
            return false;
        }
        // A store's actors are never grouped, so their nodes are the actors the focus names.
        int focus = focusActor == null ? -1 : store != null ? store.roster().node(focusActor) : data.pairs().actor(focusActor);
        int[] kept = keep.stream().mapToInt(this::node).filter(node -> node >= 0).distinct().toArray();
        GraphScene scene;
        if (store != null) {
            scene = store.scene(focus, focusDepth, limits, kept);
        } else if (comparison != null) {
            scene = ComparisonScene.of(comparison, focus, focusDepth, limits, kept, ties);
        } else {
            data.window().moveTo(range.from(), range.to());
            scene = GraphScene.of(data.window(), memberships, focus, focusDepth, limits, kept, ties);
        }
        positions.show(scene, fades());
        fades().show(scene);
        looks().update(scene, sizing, analysis);
        positions.size(scene, looks(), viewSide);
        sceneVersion++;
        layoutMoving = true;
        boolean first = !laidOut && scene.nodeCount() > 0;
        laidOut |= first;
        return first;
    }

    /** Whether the scene shows every one of these actors (or groups) that has ties in its window. */
    boolean showsAll(List<String> actors) {
        for (String id : actors) {
            int node = node(id);
            if (node >= 0 && !scene().shows(node) && nodeEvents(node) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The events of an actor in the time on show (in both periods while comparing), or of a group's
     * members (an event of two members counts twice).
     */
    private int nodeEvents(int node) {
        int group = groups.groupOfNode(node);
        if (group < 0) {
            return actorEvents(node);
        }
        int events = 0;
        for (int member : groups.members(group)) {
            events += actorEvents(member);
        }
        return events;
    }

    private int actorEvents(int actor) {
        if (store != null) {
            return store.nodeEvents(actor);
        }
        return comparison == null ? data.window().actorEvents(actor)
                : comparison.actorEventsA(actor) + comparison.actorEventsB(actor);
    }

    /**
     * The shorter side of the view, in pixels; the room nodes keep follows it from the next scene, so that
     * resizing the view does not move them by itself.
     */
    void setViewSide(double side) {
        viewSide = side;
    }

    /** Sizes nodes again, after a change of sizing or of analysis. */
    void restyle(NodeSizing sizing) {
        if (hasData()) {
            looks().update(scene(), sizing, analysis);
            positions.size(scene(), looks(), viewSide);
        }
    }

    /** Counts the scenes built, so a result computed for one scene is recognised as stale by the next. */
    int sceneVersion() {
        return sceneVersion;
    }

    /** Takes an analysis of the scene with the given version (restyle to size by it); false, and ignored, when the scene has moved on. */
    boolean adoptAnalysis(GraphData analysed, int version, Analysis result) {
        if (data != analysed || sceneVersion != version) {
            return false;
        }
        analysis = result;
        return true;
    }

    Analysis analysis() {
        return analysis;
    }

    // ---- layout ----

    /** Whether a fresh layout is cheap enough to run at once rather than in the background. */
    boolean relayoutsAtOnce() {
        return scene().nodeCount() <= SYNC_LAYOUT_LIMIT;
    }

    /** Lays the graph out afresh, now; pinned nodes stay. */
    void relayoutNow() {
        positions.layout().relayout();
        layoutMoving = true;
    }

    /** A copy of the layout for laying out afresh in the background, to be handed back through {@link #adoptLayout}. */
    ForceLayout layoutCopy() {
        return positions.layout().copy();
    }

    /** Takes a layout computed in the background from {@link #layoutCopy}; false, and ignored, after a change of dataset. */
    boolean adoptLayout(ForceLayout source, ForceLayout computed) {
        if (positions.layout() != source) {
            return false;
        }
        positions.adopt(computed);
        layoutMoving = true;
        return true;
    }

    /** The layout the background copy is taken from, to recognise a stale result. */
    ForceLayout layout() {
        return positions.layout();
    }

    /**
     * Advances everything that moves by one frame: the layout within its time budget, shown positions
     * easing toward it, and fades. Returns whether anything still moves.
     */
    boolean step(double seconds, long layoutBudgetNanos) {
        if (!hasData()) {
            return false;
        }
        if (layoutMoving) {
            long until = System.nanoTime() + layoutBudgetNanos;
            do {
                layoutMoving = positions.layout().step();
            } while (layoutMoving && System.nanoTime() < until);
        }
        boolean easing = positions.ease(scene(), fades().leavingActors());
        boolean fading = fades().advance(seconds);
        return layoutMoving || easing || fading;
    }

    /** Whether the layout is still working toward rest; the viewport waits for it before fitting. */
    boolean isLayoutMoving() {
        return layoutMoving;
    }

    /** Runs the layout and every fade to their end, so that a test or an export sees the settled picture. */
    void settle() {
        if (!hasData()) {
            return;
        }
        boolean moving = true;
        for (int i = 0; i < SETTLE_STEPS && moving; i++) {
            moving = positions.layout().step();
        }
        layoutMoving = false;
        positions.arrive(scene());
        fades().finish();
    }

    /** The viewport that shows the whole scene in a width and height, or null when nothing is on show. */
    GraphViewport fit(double width, double height, double margin) {
        return scene().nodeCount() == 0 ? null : positions.fit(scene(), width, height, margin);
    }

    /**
     * The actor a selection should keep in view: the selected actor, the first of a selected pair, or
     * the first of a selected event's actors that is on show; -1 when none is on show.
     */
    int selectedOnShow(Emphasis emphasis) {
        int actor = emphasis.selectedActor() >= 0 ? emphasis.selectedActor() : emphasis.selectedFirst();
        if (actor < 0) {
            for (int candidate : emphasis.eventActors()) {
                if (scene().shows(candidate)) {
                    return candidate;
                }
            }
        }
        return actor >= 0 && scene().shows(actor) ? actor : -1;
    }

    // ---- the user's hand ----

    /** Moves an actor to a place in layout units and pins it there. */
    void drag(int actor, double x, double y) {
        positions.drag(actor, x, y);
        layoutMoving = true;
    }

    void unpin(int actor) {
        positions.unpin(actor);
        layoutMoving = true;
    }

    void pinWhereItIs(int actor) {
        positions.drag(actor, positions.layout().x(actor), positions.layout().y(actor));
    }

    boolean isPinned(int actor) {
        return positions.pinned()[actor];
    }

    double x(int actor) {
        return positions.x()[actor];
    }

    double y(int actor) {
        return positions.y()[actor];
    }

    /** What the pointer is over; returns whether that changed. */
    boolean hover(int actor, int pair) {
        if (actor == hoveredActor && pair == hoveredPair) {
            return false;
        }
        hoveredActor = actor;
        hoveredPair = pair;
        return true;
    }

    int hoveredActor() {
        return hoveredActor;
    }

    int hoveredPair() {
        return hoveredPair;
    }

    // ---- words and frames ----

    /** What the tooltip says about an actor or a group in the time on show, or in the periods compared. */
    String describeActor(int node) {
        int group = groups.groupOfNode(node);
        if (comparison != null) {
            int[] members = group < 0 ? new int[] {node} : groups.members(group);
            return ComparisonTooltips.node(names[node], group < 0 ? kinds[node] : null, members, comparison,
                    positions.pinned()[node]);
        }
        if (store != null) {
            // The events of the actor's pairs on show, as the list of the most connected counts them.
            int slot = scene().slotOf(node);
            int events = slot < 0 ? store.nodeEvents(node) : (int) scene().weight(slot);
            return GraphTooltips.countedActor(names[node], kinds[node], events, analysis == null ? 0 : analysis.rank(node),
                    positions.pinned()[node]);
        }
        if (group >= 0) {
            return GraphTooltips.group(names[node], groups.memberCount(group), nodeEvents(node),
                    analysis == null ? 0 : analysis.rank(node));
        }
        return GraphTooltips.actor(names[node], kinds[node], data.window().actorEvents(node),
                analysis == null ? 0 : analysis.rank(node), positions.pinned()[node]);
    }

    /** What the tooltip says about the relationship behind an edge: a pair of actors, or a tie with a group. */
    String describePair(int tie) {
        if (store != null) {
            PairRow row = store.row(tie);
            return row == null ? "" : GraphTooltips.countedPair(names[store.roster().first(tie)],
                    names[store.roster().second(tie)], row);
        }
        if (comparison != null) {
            return ComparisonTooltips.tie(names[ties.first(tie)], names[ties.second(tie)],
                    ComparisonScene.tieOf(comparison, ties, tie), comparison.countsRelations());
        }
        if (ties.isGroupTie(tie)) {
            int edge = scene().edgeBetween(ties.first(tie), ties.second(tie));
            return GraphTooltips.groupTie(names[ties.first(tie)], names[ties.second(tie)],
                    edge < 0 ? 0 : scene().count(edge), edge < 0 ? Double.NaN : scene().tone(edge));
        }
        return GraphTooltips.pair(names, data.window().summarize(tie));
    }

    /** Everything one frame draws, seen through a viewport with the given looks; call only with data. */
    GraphFrame frame(double width, double height, GraphViewport viewport, GraphPalette palette, NodeColoring coloring,
                     Emphasis emphasis, boolean legend) {
        // While the layout moves, only the heaviest ties are drawn: each frame then rasterises in a fraction of
        // the time, so that the views' answers to input are not held up behind it; all return at rest.
        return new GraphFrame(width, height, viewport, fades(), positions.x(), positions.y(), looks(), names,
                kinds, positions.pinned(), palette, coloring, emphasis, legend,
                layoutMoving ? GraphPainter.MOVING_EDGE_BUDGET : GraphPainter.EDGE_BUDGET, comparison);
    }
}
