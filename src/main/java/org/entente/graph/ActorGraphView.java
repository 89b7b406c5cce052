package org.entente.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.entente.canvas.CanvasColors;
import org.entente.network.GraphLimits;
import org.entente.network.ShownGraph;
import org.entente.network.GroupBy;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.network.NodeColoring;
import org.entente.network.NodeSizing;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.entente.view.LinkedView;

/**
 * The actor graph: who deals with whom in the time the user is looking at, drawn on a canvas. It reads
 * and changes only the shared {@link ViewState}; its own properties say which time it shows and how it
 * draws. Colours come from CSS, one looked-up colour per {@link GraphPalette.Role}, so themes restyle it.
 */
public class ActorGraphView extends LinkedView {
    public static final int MAX_FOCUS_DEPTH = 6;

    private static final CanvasColors<ActorGraphView, GraphPalette.Role> COLORS =
            new CanvasColors<>(GraphPalette.Role.class, GraphPalette.TOKENS, Control.getClassCssMetaData(),
                    view -> view.colors);

    private final BooleanProperty showMemberships = new SimpleBooleanProperty(this, "showMemberships");
    private final ObjectProperty<GraphLimits> limits = new SimpleObjectProperty<>(this, "limits", GraphLimits.DEFAULT);
    private final ObjectProperty<GroupBy> groupBy = new SimpleObjectProperty<>(this, "groupBy", GroupBy.NONE);
    private final ObjectProperty<NodeColoring> nodeColoring =
            new SimpleObjectProperty<>(this, "nodeColoring", NodeColoring.KIND);
    private final ObjectProperty<NodeSizing> nodeSizing =
            new SimpleObjectProperty<>(this, "nodeSizing", NodeSizing.ACTIVITY);
    private final ObjectProperty<String> focusActor = new SimpleObjectProperty<>(this, "focusActor");
    private final IntegerProperty focusDepth = new SimpleIntegerProperty(this, "focusDepth", 1);
    private Map<String, double[]> askedPins = Map.of();
    private GraphViewport askedViewport;
    private final ReadOnlyObjectWrapper<TimeWindow> countedWindow = new ReadOnlyObjectWrapper<>(this, "countedWindow");

    private final CanvasColors.Values<GraphPalette.Role> colors = COLORS.attach(this);

    public ActorGraphView(ViewState viewState) {
        super(viewState, "actor-graph-view", AccessibleRole.NODE, "actor graph");
        setFocusTraversable(true);
        focusActor.addListener((obs, old, now) -> setFocusDepth(1));
        focusDepth.addListener((obs, old, now) -> {
            int clamped = Math.max(1, Math.min(MAX_FOCUS_DEPTH, now.intValue()));
            if (clamped != now.intValue()) {
                setFocusDepth(clamped);
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new GraphSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return ActorGraphView.class.getResource("graph.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return COLORS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** Where the graph last drew an actor's node, in this control's coordinates; empty when it is not on show. */
    public Optional<Point2D> locateActor(String actorId) {
        GraphLocator locator = getSkin() instanceof GraphSkin skin ? skin.locator() : null;
        double[] node = locator == null ? null : locator.node(actorId);
        return node == null ? Optional.empty() : Optional.of(((GraphSkin) getSkin()).canvas().localToParent(node[0], node[1]));
    }

    /**
     * A point on the drawn edge between two actors where a click picks that edge and nothing else, in
     * this control's coordinates; empty when the pair has no edge on show.
     */
    public Optional<Point2D> locateLink(String firstActorId, String secondActorId) {
        GraphLocator locator = getSkin() instanceof GraphSkin skin ? skin.locator() : null;
        return locator == null ? Optional.empty() : locator.clearPointOnEdge(firstActorId, secondActorId)
                .map(p -> ((GraphSkin) getSkin()).canvas().localToParent(p.getX(), p.getY()));
    }

    /**
     * The graph's time whose store pairs the last frame drew, while the graph is drawn from a store's counts
     * (its records do not cover the graph's time); null while it draws events. A probe of when the pairs of a
     * new time reach the screen, as the benchmarks time it.
     */
    public ReadOnlyObjectProperty<TimeWindow> countedWindowProperty() {
        return countedWindow.getReadOnlyProperty();
    }

    public TimeWindow getCountedWindow() {
        return countedWindow.get();
    }

    void setCountedWindow(TimeWindow value) {
        countedWindow.set(value);
    }

    /** Glides the viewport so that the whole graph on show fits. */
    public void fit() {
        if (getSkin() instanceof GraphSkin skin) {
            skin.fit();
        }
    }

    /**
     * The actors pinned where the analyst put them, by id, at their places in the layout's units (which the
     * camera maps to the screen); empty before the graph is shown.
     */
    public Map<String, Point2D> getPinnedActors() {
        Map<String, Point2D> pins = new HashMap<>();
        if (getSkin() instanceof GraphSkin skin) {
            skin.pinnedActors().forEach((id, at) -> pins.put(id, new Point2D(at[0], at[1])));
        }
        return pins;
    }

    /**
     * Pins actors at places in the layout's units, as a workspace saved them; actors not in the dataset are
     * passed over. A graph not yet shown pins them once it is.
     */
    public void pinActors(Map<String, Point2D> pins) {
        Map<String, double[]> places = new HashMap<>();
        pins.forEach((id, at) -> places.put(id, new double[] {at.getX(), at.getY()}));
        if (getSkin() instanceof GraphSkin skin) {
            skin.pinActors(places);
        } else {
            askedPins = places;
        }
    }

    /** Where the graph looks now, in the layout's units; null before it is shown. */
    public GraphViewport getViewport() {
        return getSkin() instanceof GraphSkin skin ? skin.viewport() : null;
    }

    /**
     * Looks where a workspace left the graph, at once and instead of fitting what is on show; a graph not yet
     * shown looks there once it is.
     */
    public void setViewport(GraphViewport wanted) {
        if (getSkin() instanceof GraphSkin skin) {
            skin.lookAt(wanted);
        } else {
            askedViewport = wanted;
        }
    }

    /** The viewport asked for before the graph was shown, for its skin to look at; null after. */
    GraphViewport takeAskedViewport() {
        GraphViewport asked = askedViewport;
        askedViewport = null;
        return asked;
    }

    /** The pins asked for before the graph was shown, for its skin to place; none after. */
    Map<String, double[]> takeAskedPins() {
        Map<String, double[]> pins = askedPins;
        askedPins = Map.of();
        return pins;
    }

    /** Lays the graph out afresh, with an animated transition; pinned nodes stay where they are. */
    public void relayout() {
        if (getSkin() instanceof GraphSkin skin) {
            skin.relayout();
        }
    }

    /**
     * Selects an actor and centres the graph on it. Returns false when the actor has no dealings in the
     * time on show, so it has no node to show (it is selected all the same).
     */
    public boolean showActor(String actorId) {
        return getSkin() instanceof GraphSkin skin && skin.showActor(actorId);
    }

    /** Asks where to save the graph as drawn now, and writes it as a PNG. */
    public void saveAsPng() {
        if (getSkin() instanceof GraphSkin skin) {
            skin.saveAsPng();
        }
    }

    /**
     * What builds the graph on show (its time, filter, grouping, limits and focus) for writing to a file, on
     * any thread; empty when nothing shows, or while two periods are compared.
     */
    public Optional<Supplier<ShownGraph>> graphOnShow() {
        return getSkin() instanceof GraphSkin skin ? Optional.ofNullable(skin.graphOnShow()) : Optional.empty();
    }

    /** Every colour CSS can set, so the skin can repaint when a theme changes them. */
    List<StyleableObjectProperty<Color>> colorProperties() {
        return colors.properties();
    }

    /** The palette as CSS last resolved it, for the painter. */
    GraphPalette palette() {
        return new GraphPalette(colors.snapshot());
    }

    /** Which time the graph shows (the view state's, which the map follows too): the timeline's visible range, the cursor ± a span, or everything up to the cursor. */
    public ObjectProperty<GraphTimeMode> timeModeProperty() {
        return getViewState().graphTimeModeProperty();
    }

    public GraphTimeMode getTimeMode() {
        return getViewState().getGraphTimeMode();
    }

    public void setTimeMode(GraphTimeMode value) {
        getViewState().setGraphTimeMode(value);
    }

    /** How far either side of the cursor the graph looks, in the cursor ± span mode. */
    public ObjectProperty<GraphSpan> spanProperty() {
        return getViewState().graphSpanProperty();
    }

    public GraphSpan getSpan() {
        return getViewState().getGraphSpan();
    }

    public void setSpan(GraphSpan value) {
        getViewState().setGraphSpan(value);
    }

    /** Whether memberships (a minister in a government) show as edges. */
    /**
     * How much of the window's graph shows: at most so many actors, the busiest, ties of a least weight,
     * and all, the largest connected group or a k-core; the selection and its neighbours always show.
     */
    public ObjectProperty<GraphLimits> limitsProperty() {
        return limits;
    }

    public GraphLimits getLimits() {
        return limits.get();
    }

    public void setLimits(GraphLimits value) {
        limits.set(value);
    }

    /**
     * How actors fold into groups, each group one node with the sum of its members' ties: by country (the
     * state-to-state picture), by kind, by community, or none. A group opens in place on a double-click.
     */
    public ObjectProperty<GroupBy> groupByProperty() {
        return groupBy;
    }

    public GroupBy getGroupBy() {
        return groupBy.get();
    }

    public void setGroupBy(GroupBy value) {
        groupBy.set(value == null ? GroupBy.NONE : value);
    }

    public BooleanProperty showMembershipsProperty() {
        return showMemberships;
    }

    public boolean isShowMemberships() {
        return showMemberships.get();
    }

    public void setShowMemberships(boolean value) {
        showMemberships.set(value);
    }

    public ObjectProperty<NodeColoring> nodeColoringProperty() {
        return nodeColoring;
    }

    public NodeColoring getNodeColoring() {
        return nodeColoring.get();
    }

    public void setNodeColoring(NodeColoring value) {
        nodeColoring.set(value);
    }

    public ObjectProperty<NodeSizing> nodeSizingProperty() {
        return nodeSizing;
    }

    public NodeSizing getNodeSizing() {
        return nodeSizing.get();
    }

    public void setNodeSizing(NodeSizing value) {
        nodeSizing.set(value);
    }

    /** The actor whose ego network the graph is narrowed to, or null for the whole graph. */
    public ObjectProperty<String> focusActorProperty() {
        return focusActor;
    }

    public String getFocusActor() {
        return focusActor.get();
    }

    public void setFocusActor(String actorId) {
        focusActor.set(actorId);
    }

    /** How many steps from the focus actor the ego network reaches, from 1 to {@link #MAX_FOCUS_DEPTH}. */
    public IntegerProperty focusDepthProperty() {
        return focusDepth;
    }

    public int getFocusDepth() {
        return focusDepth.get();
    }

    public void setFocusDepth(int value) {
        focusDepth.set(value);
    }
}
