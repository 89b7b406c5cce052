package org.entente.graph;

import java.util.List;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.network.Analysis;
import org.entente.network.ComparisonScene;
import org.entente.network.GraphLimits;
import org.entente.network.GraphRange;
import org.entente.network.GraphScene;
import org.entente.network.PairIndex;
import org.entente.network.PeriodComparison;
import org.entente.network.layout.ForceLayout;

/**
 * The graph on show and how it moves, free of JavaFX so that it can be tested without a stage: the
 * dataset's actors, the working data for the filter, the scene of the time on show (or of two periods
 * compared), where each actor
 * stands, what fades, and the latest analysis. The skin owns the nodes, the pulse and the listeners;
 * each pulse it asks this class to step and then builds a {@link GraphFrame} from it.
 */
final class LiveGraph {
    /** Graphs up to this many nodes are laid out afresh at once; larger ones in the background. */
    static final int SYNC_LAYOUT_LIMIT = 600;
    private static final int SETTLE_STEPS = 2_000;

    private String[] names = new String[0];
    private ActorKind[] kinds = new ActorKind[0];
    private GraphPositions positions = new GraphPositions(0, 1);
    private GraphData data;
    /** The two periods compared over the data, shown instead of the time on show; null when not comparing. */
    private PeriodComparison comparison;
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
        names = new String[actors.size()];
        kinds = new ActorKind[actors.size()];
        for (int i = 0; i < actors.size(); i++) {
            names[i] = actors.get(i).name();
            kinds[i] = actors.get(i).kind();
        }
        positions = new GraphPositions(actors.size(), 1);
        laidOut = false;
        show(null);
    }

    /** Working data for a new filter (null while it is built); positions and pins survive it. */
    void show(GraphData built) {
        data = built;
        comparison = null;
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

    boolean hasData() {
        return data != null;
    }

    GraphData data() {
        return data;
    }

    PairIndex pairs() {
        return data.pairs();
    }

    GraphScene scene() {
        return data == null ? GraphScene.EMPTY : data.fades().scene();
    }

    String[] names() {
        return names;
    }

    /** The time on show or what the scene is made of changed: the next {@link #updateScene} rebuilds it. */
    void sceneChanged() {
        sceneDirty = true;
    }

    boolean isSceneDirty() {
        return sceneDirty && data != null;
    }

    /**
     * Moves the window graph to the range and hands the new scene to the fades and the layout. Returns
     * true when this is the dataset's first scene with nodes, which wants a full layout.
     */
    boolean updateScene(GraphRange range, boolean memberships, String focusActor, int focusDepth, NodeSizing sizing,
                        GraphLimits limits, List<String> keep) {
        sceneDirty = false;
        if (data == null) {
            return false;
        }
        int focus = focusActor == null ? -1 : data.pairs().actor(focusActor);
        int[] kept = keep.stream().mapToInt(data.pairs()::actor).filter(actor -> actor >= 0).toArray();
        GraphScene scene;
        if (comparison != null) {
            scene = ComparisonScene.of(comparison, focus, focusDepth, limits, kept);
        } else {
            data.window().moveTo(range.from(), range.to());
            scene = GraphScene.of(data.window(), memberships, focus, focusDepth, limits, kept);
        }
        positions.show(scene, data.fades());
        data.fades().show(scene);
        data.looks().update(scene, sizing, analysis);
        positions.size(scene, data.looks());
        sceneVersion++;
        layoutMoving = true;
        boolean first = !laidOut && scene.nodeCount() > 0;
        laidOut |= first;
        return first;
    }

    /** Whether the scene shows every one of these actors that has ties in its window. */
    boolean showsAll(List<String> actors) {
        for (String id : actors) {
            int actor = data.pairs().actor(id);
            if (actor >= 0 && !scene().shows(actor) && hasDealings(actor)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the actor dealt with others in the time on show, or in either period compared. */
    private boolean hasDealings(int actor) {
        return comparison == null ? data.window().actorEvents(actor) > 0
                : comparison.actorEventsA(actor) + comparison.actorEventsB(actor) > 0;
    }

    /** Sizes nodes again, after a change of sizing or of analysis. */
    void restyle(NodeSizing sizing) {
        if (data != null) {
            data.looks().update(scene(), sizing, analysis);
            positions.size(scene(), data.looks());
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
        if (data == null) {
            return false;
        }
        if (layoutMoving) {
            long until = System.nanoTime() + layoutBudgetNanos;
            do {
                layoutMoving = positions.layout().step();
            } while (layoutMoving && System.nanoTime() < until);
        }
        boolean easing = positions.ease(scene(), data.fades().leavingActors());
        boolean fading = data.fades().advance(seconds);
        return layoutMoving || easing || fading;
    }

    /** Whether the layout is still working toward rest; the viewport waits for it before fitting. */
    boolean isLayoutMoving() {
        return layoutMoving;
    }

    /** Runs the layout and every fade to their end, so that a test or an export sees the settled picture. */
    void settle() {
        if (data == null) {
            return;
        }
        boolean moving = true;
        for (int i = 0; i < SETTLE_STEPS && moving; i++) {
            moving = positions.layout().step();
        }
        layoutMoving = false;
        positions.arrive(scene());
        data.fades().finish();
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

    /** What the tooltip says about an actor in the time on show. */
    String describeActor(int actor) {
        if (comparison != null) {
            return ComparisonTooltips.actor(names[actor], kinds[actor], comparison, actor, positions.pinned()[actor]);
        }
        return GraphTooltips.actor(names[actor], kinds[actor], data.window().actorEvents(actor),
                analysis == null ? 0 : analysis.rank(actor), positions.pinned()[actor]);
    }

    /** What the tooltip says about the relationship behind an edge. */
    String describePair(int pair) {
        if (comparison != null) {
            return ComparisonTooltips.pair(names, comparison, pair);
        }
        return GraphTooltips.pair(names, data.window().summarize(pair));
    }

    /** Everything one frame draws, seen through a viewport with the given looks; call only with data. */
    GraphFrame frame(double width, double height, GraphViewport viewport, GraphPalette palette, NodeColoring coloring,
                     Emphasis emphasis, boolean legend) {
        // While the layout moves, only the heaviest ties are drawn: each frame then rasterises in a fraction of
        // the time, so that the views' answers to input are not held up behind it; all return at rest.
        return new GraphFrame(width, height, viewport, data.fades(), positions.x(), positions.y(), data.looks(), names,
                kinds, positions.pinned(), palette, coloring, emphasis, legend,
                layoutMoving ? GraphPainter.MOVING_EDGE_BUDGET : GraphPainter.EDGE_BUDGET, comparison);
    }
}
