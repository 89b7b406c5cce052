package org.entente.graph;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.entente.canvas.FrameLoop;
import org.entente.image.PngExport;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.network.ActorGroups;
import org.entente.network.GraphRange;
import org.entente.network.GraphScene;
import org.entente.network.PeriodComparison;
import org.entente.network.ShownGraph;
import org.entente.state.Selection;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.store.EventStore;
import org.entente.work.Workers;

/**
 * Lays out the graph (a toolbar above one canvas, with the most connected actors beside it) and runs
 * it: on each pulse it applies a pending window change to the {@link LiveGraph}, lets it step within a
 * time budget, advances the viewport's glide, and redraws. When nothing moves it stops. While a store's
 * records do not cover the graph's time, it asks the store for the pairs sharing most of that time's events
 * and draws those instead, under a bar that says so. Every listener is registered through the skin, so
 * {@link #dispose()} removes them and cancels the work in flight.
 */
final class GraphSkin extends SkinBase<ActorGraphView> {
    /** The layout's share of a frame. */
    private static final long LAYOUT_BUDGET_NANOS = 6_000_000;
    /** How long after the timeline's window changes the graph builds its scene for it. */
    private static final long WINDOW_SCENE_DELAY_NANOS = 50_000_000;
    /** While a fit waits for the layout to rest, the view fits what there is this often. */
    private static final long INTERIM_FIT_NANOS = 700_000_000;

    private final Canvas canvas = new Canvas();
    private final GraphToolbar toolbar;
    private final CompareBar compareBar;
    private final TopActorsPane topActors;
    /** The placeholder's state while it says that a store's records do not cover the time shown: it covers what was drawn. */
    private static final PseudoClass COVERING = PseudoClass.getPseudoClass("covering");
    private final Label placeholder = new Label();
    /**
     * What the graph says of a dataset that names no actors (a TimelineJS file has none), where "no dealings
     * in this time" sent the analyst looking through time for what no time holds.
     */
    static final String NO_ACTORS = "This dataset names no actors, so the graph has no one to draw."
            + " Its events are on the timeline and in the Events tab.";
    /** Whether the dataset on show names no actors at all. */
    private boolean namesNoActors;
    /**
     * Above the graph while it is drawn from a store's counts (what it shows, and that finer data is coming),
     * or from the short events only of the graph's time (which are left out).
     */
    private final Label storeBar = new Label();
    /** Under the count of actors when the limits leave some out: one click shows them all. */
    private final Hyperlink showAll = new Hyperlink("Show all actors");
    /** Says why ties show when the filter leaves no event: relations, which kinds and tags do not filter. */
    private final Label relationsNote = new Label();
    private final Hyperlink hideRelations = new Hyperlink("Hide relations");
    private final HBox relationsBar = new HBox(6, relationsNote, hideRelations);
    private final Tooltip tooltip = new Tooltip();
    /** Edges are rasterised in the background; when they are ready the frame is drawn again to show them. */
    private final GraphPainter painter = new GraphPainter(Font.font("System", 12), this::invalidate);
    private final FrameLoop frames = new FrameLoop(this::step, this::paintLive);
    private final GraphInput input;
    private final LiveGraph graph = new LiveGraph();
    private final GraphCamera camera = new GraphCamera();
    private final GraphJobs jobs = new GraphJobs(graph);
    private final StorePairs storePairs = new StorePairs(Workers.single("entente-graph-pairs"), Platform::runLater,
            this::showPairs);
    /** The store whose counted pairs the graph draws, null while it draws a dataset's events. */
    private EventStore countedStore;
    /** The store the graph last started afresh on, null for a dataset in memory: its actors' places carry over. */
    private EventStore shownStore;
    /**
     * The store whose counted pairs are awaited while the graph still shows that store's records as they were,
     * frozen, so that the picture stays until the counts come; null when none are awaited that way.
     */
    private EventStore awaitedStore;

    private boolean needsFit;
    /**
     * Whether the camera shows the graph as last fitted, untouched by the user since: such a view is fitted
     * again when the canvas changes size. Switching to Graph and Map side by side halved the canvas and cut
     * the graph at both edges, under the list of the most connected.
     */
    private boolean showsFit;
    /** Whether the dataset's first layout keeps the viewport a workspace asked for, rather than fitting. */
    private boolean keepLook;
    private long lastFitNanos;
    private long nextSceneNanos;
    /** The range of the last scene built from the window graph, null while comparing (the periods rule then). */
    private GraphRange sceneRange;

    GraphSkin(ActorGraphView view) {
        super(view);
        ViewState state = view.getViewState();
        canvas.getStyleClass().add("graph-canvas");
        placeholder.getStyleClass().add("graph-placeholder");
        placeholder.setMouseTransparent(true);
        storeBar.getStyleClass().add("graph-store-bar");
        storeBar.setVisible(false);
        storeBar.setMaxWidth(Double.MAX_VALUE);
        toolbar = new GraphToolbar(view);
        compareBar = new CompareBar(state);
        topActors = new TopActorsPane(node -> state.select(graph.selectionOf(node)));
        topActors.visibleProperty().bind(toolbar.topActorsShownProperty().and(topActors.filledProperty()));
        registerChangeListener(toolbar.topActorsShownProperty(), o -> getSkinnable().requestLayout());
        showAll.getStyleClass().add("graph-show-all");
        showAll.setVisible(false);
        showAll.setOnAction(e -> view.setLimits(view.getLimits().withMaxActors(Integer.MAX_VALUE)));
        relationsBar.getStyleClass().add("graph-relations-note");
        relationsBar.setVisible(false);
        hideRelations.setOnAction(e -> view.setLimits(view.getLimits().withRelations(false)));
        getChildren().addAll(canvas, toolbar, compareBar, storeBar, topActors, placeholder, showAll, relationsBar);
        input = new GraphInput(this, canvas, tooltip);
        Tooltip.install(canvas, tooltip);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);

        registerChangeListener(state.datasetProperty(), o -> datasetChanged());
        registerChangeListener(state.filterProperty(), o -> filterChanged());
        registerInvalidationListener(state.recordsComingProperty(), o -> followStore());
        registerInvalidationListener(state.graphWindowProperty(), o -> followStore());
        registerInvalidationListener(storeBar.visibleProperty(), o -> getSkinnable().requestLayout());
        registerInvalidationListener(state.windowProperty(), o -> windowChanged());
        registerInvalidationListener(state.cursorProperty(), o -> timeChanged());
        registerInvalidationListener(view.timeModeProperty(), o -> timeChanged());
        registerInvalidationListener(view.spanProperty(), o -> timeChanged());
        registerInvalidationListener(view.showMembershipsProperty(), o -> sceneChanged());
        registerInvalidationListener(view.limitsProperty(), o -> sceneChanged());
        registerInvalidationListener(view.groupByProperty(), o -> regroup());
        registerInvalidationListener(view.limitsProperty(), o -> recompareForRelations());
        registerChangeListener(state.comparisonProperty(), o -> comparisonChanged());
        registerInvalidationListener(compareBar.visibleProperty(), o -> getSkinnable().requestLayout());
        registerInvalidationListener(view.focusActorProperty(), o -> focusChanged());
        registerInvalidationListener(view.focusDepthProperty(), o -> focusChanged());
        registerInvalidationListener(view.nodeColoringProperty(), o -> invalidate());
        registerInvalidationListener(view.sceneProperty(), o -> invalidate());
        registerInvalidationListener(canvas.widthProperty(), o -> invalidate());
        registerInvalidationListener(canvas.heightProperty(), o -> invalidate());
        registerInvalidationListener(toolbar.legendShownProperty(), o -> invalidate());
        registerInvalidationListener(view.nodeSizingProperty(), o -> restyle());
        view.colorProperties().forEach(colour -> registerInvalidationListener(colour, o -> invalidate()));
        registerChangeListener(state.selectionProperty(), o -> selectionChanged());
        datasetChanged();
        pinActors(view.takeAskedPins());
        GraphViewport asked = view.takeAskedViewport();
        if (asked != null) {
            lookAt(asked);
        }
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double barHeight = Math.ceil(toolbar.prefHeight(w));
        toolbar.resizeRelocate(x, y, w, barHeight);
        double compareHeight = compareBar.isVisible() ? Math.ceil(compareBar.prefHeight(w)) : 0;
        compareBar.resizeRelocate(x, y + barHeight, w, compareHeight);
        barHeight += compareHeight;
        double storeHeight = storeBar.isVisible() ? Math.ceil(storeBar.prefHeight(w)) : 0;
        storeBar.resizeRelocate(x, y + barHeight, w, storeHeight);
        barHeight += storeHeight;
        // The list of most connected actors docks beside the graph, never over it. Its room is kept while
        // it is asked for, even before its first analysis, so the graph does not jump when the list fills;
        // a dataset that names no actors will never fill it.
        double listWidth = Math.min(280, w / 3);
        double docked = toolbar.topActorsShownProperty().get() && !namesNoActors ? listWidth + 12 : 0;
        canvas.relocate(x, y + barHeight);
        boolean resized = canvas.getWidth() != Math.max(1, w - docked) || canvas.getHeight() != Math.max(1, h - barHeight);
        canvas.setWidth(Math.max(1, w - docked));
        canvas.setHeight(Math.max(1, h - barHeight));
        camera.resize(canvas.getWidth(), canvas.getHeight());
        graph.setViewSide(Math.min(canvas.getWidth(), canvas.getHeight()));
        if (resized && showsFit && graph.hasData()) {
            camera.jumpTo(fitted());
        }
        double listHeight = Math.min(topActors.prefHeight(listWidth), h - barHeight - 16);
        topActors.resizeRelocate(x + w - listWidth - 6, y + barHeight + 8, listWidth, Math.max(0, listHeight));
        placeholder.resizeRelocate(x, y + barHeight, w, h - barHeight);
        showAll.autosize();
        showAll.relocate(x + 4, y + barHeight + 22);
        relationsBar.autosize();
        relationsBar.relocate(x + 8, y + barHeight + 44);
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return toolbar.minHeight(-1) + 120;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 700;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 480;
    }

    // ---- data ----

    /** Another dataset, or other records of the store on show: the graph's time is drawn from them, or from the store's counts. */
    private void datasetChanged() {
        IndexedDataset shown = getSkinnable().getViewState().getDataset();
        boolean none = shown != null && shown.dataset().actors().isEmpty();
        if (none != namesNoActors) {
            namesNoActors = none;
            getSkinnable().requestLayout();
        }
        if (!drawsCounts()) {
            showRecords();
            return;
        }
        if (countedStore == getSkinnable().getViewState().getStore()) {
            // Records of another time: their actors lend the counted pairs' nodes their names.
            graph.learn(datasetActors());
        }
        toolbar.setActors(datasetActors());
        followStore();
    }

    /** The dataset's events, as a file's: every actor starts afresh. */
    private void showRecords() {
        storePairs.clear();
        countedStore = null;
        awaitedStore = null;
        Map<String, double[]> places = carriedPlaces();
        List<Actor> actors = datasetActors();
        graph.reset(actors);
        graph.carry(places);
        regroup();
        jobs.cancel();
        getSkinnable().setFocusActor(null);
        toolbar.setActors(actors);
        needsFit = true;
        rebuildData();
    }

    private List<Actor> datasetActors() {
        IndexedDataset dataset = getSkinnable().getViewState().getDataset();
        return dataset == null ? List.of() : dataset.dataset().actors();
    }

    // ---- a store's counts ----

    /** Whether the store on show holds more of the graph's time than its records cover, so the graph draws its counts. */
    private boolean drawsCounts() {
        ViewState state = getSkinnable().getViewState();
        return state.getStore() != null && StoreLens.notice(state, state.getGraphWindow()) != null;
    }

    /**
     * Draws the store's counted pairs while its records do not cover the graph's time, asking for those
     * of the time now on show (the picture on hand stays until they come), and the records again once they
     * cover it.
     */
    private void followStore() {
        ViewState state = getSkinnable().getViewState();
        if (drawsCounts()) {
            EventStore store = state.getStore();
            if (countedStore != store && awaitedStore != store) {
                awaitCounts(store);
            }
            storePairs.ask(new StorePairs.Question(store, state.getFilter(), state.getGraphWindow(), StorePairs.LIMIT));
        } else if (countedStore != null) {
            showRecords();
        } else if (awaitedStore != null) {
            // The records on hand cover the graph's time again: they show it, and no counts are needed.
            awaitedStore = null;
            storePairs.clear();
            sceneChanged();
        }
        explainWhatShows();
    }

    /**
     * From a store's records to its counts: the picture of the records stays as it is until the first
     * answer comes. A picture of anything else (another dataset, or nothing yet) gives way at once.
     */
    private void awaitCounts(EventStore store) {
        storePairs.clear();
        if (store == shownStore && graph.hasData() && graph.store() == null) {
            awaitedStore = store;
        } else {
            startCounting(store);
        }
    }

    /** Whether the scene is to be built again: not while the picture of the records waits for the counts. */
    private boolean sceneDue() {
        return graph.isSceneDirty() && awaitedStore == null;
    }

    /** From a dataset's events to a store's counts: nodes are numbered afresh, and nothing shows until the first answer. */
    private void startCounting(EventStore store) {
        jobs.cancel();
        awaitedStore = null;
        topActors.clear();
        getSkinnable().getViewState().setComparedTies(null);
        countedStore = store;
        Map<String, double[]> places = carriedPlaces();
        graph.resetForStore(new StoreRoster(store.extent().actors(), datasetActors()));
        graph.carry(places);
        needsFit = true;
        comparisonChanged();
    }

    /**
     * Where the actors on show stand, when what comes next is the same store's (its counts, or records of
     * another time), so that they stay there; none for another dataset, which starts afresh.
     */
    private Map<String, double[]> carriedPlaces() {
        EventStore store = getSkinnable().getViewState().getStore();
        boolean same = store != null && store == shownStore;
        shownStore = store;
        return same && graph.hasData() ? graph.places() : Map.of();
    }

    private void showPairs(StorePairs.Answer answer) {
        if (answer.question().store() == awaitedStore) {
            startCounting(awaitedStore);
        }
        if (answer.question().store() != countedStore) {
            return;
        }
        graph.showPairs(answer);
        sceneChanged();
        explainWhatShows();
    }

    /** A new filter: a dataset's pairs are indexed again, a store is asked again. */
    private void filterChanged() {
        if (countedStore != null || awaitedStore != null) {
            followStore();
        } else {
            rebuildData();
        }
    }

    /** Folds actors into the groups asked for; what a group stands for is worked out from the dataset. */
    private void regroup() {
        if (countedStore != null) {
            // A store's actors are never grouped: its counts say nothing of what a group holds.
            return;
        }
        List<Actor> actors = datasetActors();
        graph.group(switch (getSkinnable().getGroupBy()) {
            case NONE -> ActorGroups.none(actors.size());
            case COUNTRY -> ActorGroups.byCountry(actors);
            case KIND -> ActorGroups.byKind(actors);
            case COMMUNITY -> graph.communities(actors);
        });
        needsFit = true;
        sceneChanged();
    }

    /** Opens a group in place, its members each a node where it stood, or closes it again. */
    void openGroup(int group, boolean open) {
        graph.group(graph.groups().withOpen(group, open));
        sceneChanged();
    }

    /** A new pair index for the dataset and filter; positions and pins survive a change of filter. */
    private void rebuildData() {
        ViewState state = getSkinnable().getViewState();
        IndexedDataset dataset = state.getDataset();
        graph.show(null);
        state.setComparedTies(null);
        topActors.clear();
        if (dataset == null) {
            showPlaceholder("No dataset");
        } else if (!jobs.build(dataset, state.getFilter(), this::showData)) {
            showPlaceholder("Preparing the actor graph\u2026");
        }
    }

    private void showData(GraphData built) {
        graph.show(built);
        placeholder.setVisible(false);
        comparisonChanged();
        invalidate();
    }

    // ---- comparing two periods ----

    /**
     * The periods compared changed: work the comparison out over the data on show (in the background for
     * a large dataset, the graph staying as it is meanwhile), or go back to the time on show.
     */
    private void comparisonChanged() {
        ViewState state = getSkinnable().getViewState();
        jobs.cancelComparing();
        compareBar.show(state.getComparison());
        state.setComparedTies(null);
        if (!state.isComparing()) {
            if (graph.isComparing()) {
                graph.compare(null);
                needsFit = true;
                sceneChanged();
            }
            return;
        }
        if (countedStore != null) {
            compareBar.countsOnly();
        } else if (graph.hasData()) {
            jobs.compare(state.getDataset(), state.getComparison(), getSkinnable().getLimits().relations(), this::showComparison);
        }
    }

    private void showComparison(PeriodComparison compared) {
        graph.compare(compared);
        getSkinnable().getViewState().setComparedTies(compared);
        compareBar.found(compared.ties().size());
        needsFit = true;
        sceneChanged();
    }

    /** A comparison counts relations as the graph does, so showing or hiding them works it out again. */
    private void recompareForRelations() {
        if (graph.isComparing() && graph.comparison().countsRelations() != getSkinnable().getLimits().relations()) {
            comparisonChanged();
        }
    }

    private void showPlaceholder(String text) {
        placeholder.setText(text);
        placeholder.setVisible(true);
        invalidate();
    }

    // ---- the scene ----

    /**
     * The time on show changed; while two periods are compared the graph shows them instead, so it stays.
     * A change that leaves the graph's range as it was (a pan around a fixed cursor) costs nothing.
     */
    /**
     * The timeline zoomed or panned. Its frame is the answer the user waits for, so the graph's scene
     * follows a moment later: built in the same breath, it held up the render of the timeline's frame
     * on a machine of two cores (a wheel notch's 95th percentile at a million events went past two frames).
     */
    private void windowChanged() {
        nextSceneNanos = Math.max(nextSceneNanos, System.nanoTime() + WINDOW_SCENE_DELAY_NANOS);
        timeChanged();
    }

    private void timeChanged() {
        if (!graph.isComparing() && !getSkinnable().getViewState().graphRange().equals(sceneRange)) {
            sceneChanged();
        }
    }

    /** The time on show changed, mostly by the user's hand on the timeline, which answers first. */
    private void sceneChanged() {
        graph.sceneChanged();
        frames.yieldNextFrame();
        invalidate();
    }

    private void focusChanged() {
        needsFit = true;
        sceneChanged();
    }

    /** Moves the graph to the time on show; the first scene of a dataset is laid out afresh. */
    private void updateScene() {
        ActorGraphView view = getSkinnable();
        GraphRange range = view.getViewState().graphRange();
        sceneRange = graph.isComparing() ? null : range;
        if (graph.updateScene(range, view.isShowMemberships(), view.getFocusActor(),
                view.getFocusDepth(), view.getNodeSizing(), view.getLimits(), selectedActors())) {
            // The dataset's first layout: fitted, unless a workspace said where the graph looks.
            jobs.relayout(() -> {
                needsFit = !keepLook;
                keepLook = false;
                invalidate();
            });
        }
        explainWhatShows();
        showAll.setVisible(graph.scene().actorsInWindow() > graph.scene().nodeCount()
                && getSkinnable().getLimits().maxActors() < Integer.MAX_VALUE);
        jobs.analyseSoon(analysis -> {
            topActors.show(analysis.top(TopActorsPane.SIZE), graph.names(), analysis, graph.scene());
            restyle();
        });
    }

    /**
     * Says what the graph shows when that is not plain: nothing in this time, no event matching the
     * filter, or, when the filter leaves no event, the explicit relations that still tie actors.
     */
    private void explainWhatShows() {
        ViewState state = getSkinnable().getViewState();
        GraphScene scene = graph.scene();
        boolean filtered = !state.getFilter().isEmpty();
        boolean relationsOnly = filtered && scene.edgeCount() > 0 && scene.eventEdges() == 0;
        String time = graph.isComparing() ? "in either period" : "in this time";
        // A store's records of the graph's time may be its short events only: the bar says which are left out.
        boolean counts = countedStore != null || awaitedStore != null;
        String partial = counts ? null : StoreLens.partial(state, state.getGraphWindow());
        storeBar.setVisible(counts || partial != null);
        storeBar.setText(counts ? StorePairs.describe(countedStore == null ? null : graph.store().answer(),
                storePairs.coming() || state.isRecordsComing()) : partial == null ? "" : partial);
        // Drawn from a store's counts, or about to be, the graph says so in its bar and covers nothing.
        String notice = counts ? null : StoreLens.notice(state, state.getGraphWindow());
        placeholder.setText(notice != null ? notice : namesNoActors ? NO_ACTORS
                : filtered ? "No event matches the filter " + time : "No dealings between actors " + time);
        placeholder.setVisible(notice != null || scene.nodeCount() == 0 && (countedStore == null || graph.hasData()));
        placeholder.pseudoClassStateChanged(COVERING, notice != null);
        relationsNote.setText(String.format(Locale.ROOT, "No event matches the filter: these %,d ties are explicit "
                + "relations, which event kinds and tags do not filter", scene.edgeCount()));
        relationsBar.setVisible(relationsOnly);
    }

    /** The actors the selection is about, which the limits always keep: an actor, a pair, or an event's participants. */
    private List<String> selectedActors() {
        ViewState state = getSkinnable().getViewState();
        return state.getDataset() == null ? List.of() : SelectedActors.of(state.getSelection(), state.getDataset().dataset());
    }

    private void restyle() {
        graph.restyle(getSkinnable().getNodeSizing());
        invalidate();
    }

    // ---- layout ----

    /** Lays the graph out afresh; pinned nodes stay. Small graphs at once, large ones in the background. */
    GraphViewport viewport() {
        return camera.current();
    }

    /** Looks where a workspace left the graph: neither a fit pending nor the dataset's first layout moves it. */
    void lookAt(GraphViewport wanted) {
        needsFit = false;
        showsFit = false;
        keepLook = !graph.isLaidOut();
        camera.jumpTo(wanted);
        invalidate();
    }

    Map<String, double[]> pinnedActors() {
        return graph.pinned();
    }

    void pinActors(Map<String, double[]> pins) {
        graph.pin(pins);
        sceneChanged();
    }

    void relayout() {
        jobs.relayout(() -> {
            needsFit = true;
            invalidate();
        });
    }

    // ---- frames ----

    void invalidate() {
        frames.invalidate();
    }

    /** Whether the graph is on show: out of the scene (the map shown instead) it does no work, and catches up when it is back. */
    private boolean isShowing() {
        return getSkinnable().getScene() != null;
    }

    /** One frame's work: a pending change of window, the layout and fades, a fit the layout waited for, the viewport's glide. */
    private boolean step(long now, double seconds) {
        if (!isShowing()) {
            return false;
        }
        if (sceneDue() && now >= nextSceneNanos) {
            long started = System.nanoTime();
            updateScene();
            long took = System.nanoTime() - started;
            // A scene of hundreds of thousands of links takes tens of milliseconds to build: while the user
            // drags the timeline, leave the UI thread twice that long before the next, so it stays fluid.
            nextSceneNanos = now + 2 * took;
        }
        boolean busy = sceneDue() | graph.step(seconds, LAYOUT_BUDGET_NANOS);
        if (needsFit && graph.hasData() && !graph.isSceneDirty() && !graph.isLayoutMoving()) {
            needsFit = false;
            fit();
        } else if (needsFit && graph.hasData() && !graph.isSceneDirty() && now - lastFitNanos > INTERIM_FIT_NANOS) {
            // A large layout takes seconds to come to rest: meanwhile the view follows it as it spreads,
            // rather than showing a small knot in the middle of the canvas until then.
            lastFitNanos = now;
            fit();
        }
        return busy | camera.step(now);
    }

    /** Draws now, the edges too; tests and exports call this to get the current state on the canvas without waiting for a pulse. */
    void paint() {
        paint(true);
    }

    /** A pulse's frame: the edges are rasterised in the background and show in a later frame. */
    private void paintLive() {
        if (isShowing()) {
            paint(false);
        }
    }

    private void paint(boolean edgesNow) {
        StoreGraphData counted = graph.store();
        getSkinnable().setCountedWindow(counted == null || !counted.hasAnswer() ? null : counted.answer().question().window());
        if (!graph.hasData()) {
            var g = canvas.getGraphicsContext2D();
            g.setFill(getSkinnable().palette().background());
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        ActorGraphView view = getSkinnable();
        Emphasis emphasis = Emphasis.of(view.getViewState(), graph, graph.hoveredActor(), graph.hoveredPair());
        GraphFrame frame = graph.frame(canvas.getWidth(), canvas.getHeight(), camera.current(),
                view.palette(), view.getNodeColoring(), emphasis, toolbar.isLegendShown());
        if (edgesNow) {
            painter.paint(canvas.getGraphicsContext2D(), frame);
        } else {
            painter.paintLive(canvas.getGraphicsContext2D(), frame);
        }
    }

    /** Runs every animation to its end and draws, so that a test or an export sees the settled picture. */
    void settle() {
        if (sceneDue()) {
            updateScene();
        }
        graph.settle();
        if (needsFit && graph.hasData()) {
            needsFit = false;
            showsFit = true;
            camera.jumpTo(fitted());
        }
        camera.finish();
        paint();
    }

    // ---- actions, for the control, the mouse and the keyboard ----

    void fit() {
        showsFit = true;
        camera.glideTo(fitted());
        invalidate();
    }

    /** The viewport that shows the whole scene, clear of the legend along the canvas's foot. */
    private GraphViewport fitted() {
        return camera.fitted(graph, 0, toolbar.isLegendShown() ? painter.legendHeight(canvas.getWidth(), graph.comparison()) : 0);
    }

    void zoom(double factor, double x, double y) {
        showsFit = false;
        camera.zoom(factor, x, y);
        invalidate();
    }

    void panBy(double dx, double dy) {
        showsFit = false;
        camera.panBy(dx, dy);
        invalidate();
    }

    /** Brings the selected actor, pair or event's actors into view when they lie off screen. */
    private void selectionChanged() {
        if (graph.hasData() && awaitedStore == null && !graph.showsAll(selectedActors())) {
            // Limits leave out all but the busiest actors: the scene is built again to keep the selection.
            updateScene();
        }
        int actor = graph.hasData() ? graph.selectedOnShow(Emphasis.of(getSkinnable().getViewState(), graph, -1, -1)) : -1;
        if (actor >= 0 && camera.keepInView(graph.x(actor), graph.y(actor))) {
            showsFit = false;
        }
        frames.yieldNextFrame();
        invalidate();
    }

    /** Selects an actor and centres it; false when it has no dealings in the time on show. */
    boolean showActor(String actorId) {
        if (!graph.hasData() || actorId == null) {
            return false;
        }
        getSkinnable().getViewState().select(Selection.actor(actorId));
        int actor = graph.node(actorId);
        if (actor < 0 || !graph.scene().shows(actor)) {
            return false;
        }
        showsFit = false;
        camera.centreOn(graph.x(actor), graph.y(actor));
        invalidate();
        return true;
    }

    void saveAsPng() {
        paint();
        PngExport.chooseAndSave(canvas, "Save the actor graph as PNG", "actor-graph.png", path -> toolbar.say("Saved " + path));
    }

    /** What builds the graph on show for an export, the scene brought up to date first; null when there is none. */
    Supplier<ShownGraph> graphOnShow() {
        if (sceneDue()) {
            updateScene();
        }
        ActorGraphView view = getSkinnable();
        IndexedDataset dataset = view.getViewState().getDataset();
        String title = dataset == null || dataset.dataset().title() == null ? "untitled dataset" : dataset.dataset().title();
        return GraphOnShow.of(graph, title, view.isShowMemberships(), view.getLimits().relations());
    }

    // ---- for the input handler ----

    LiveGraph graph() {
        return graph;
    }

    GraphHits hits() {
        return painter.hits();
    }

    String actorId(int actor) {
        return getSkinnable().getViewState().getDataset().dataset().actors().get(actor).id();
    }

    void setHover(int actor, int pair) {
        if (graph.hover(actor, pair)) {
            invalidate();
        }
    }

    void drag(int actor, double screenX, double screenY) {
        graph.drag(actor, camera.layoutX(screenX), camera.layoutY(screenY));
        invalidate();
    }

    void focusFind() {
        toolbar.focusFind();
    }

    /** Where the last frame drew things; null before a dataset's graph is ready. */
    GraphLocator locator() {
        return graph.hasData() ? new GraphLocator(hits(), graph.scene(), graph::node) : null;
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    public void dispose() {
        frames.stop();
        jobs.cancel();
        storePairs.clear();
        painter.dispose();
        input.dispose();
        toolbar.dispose();
        getChildren().clear();
        getSkinnable().getViewState().setComparedTies(null);
        super.dispose();
    }
}
