package org.entente.graph;

import org.entente.network.PairIndex;
import org.entente.network.GraphScene;
import org.entente.network.Analysis;
import org.entente.network.GraphRange;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.concurrent.Task;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.entente.export.PngExport;
import org.entente.network.layout.ForceLayout;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.state.Selection;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.entente.work.Workers;

/**
 * Lays out the graph (a toolbar above one canvas, with the most connected actors beside it) and runs
 * it: on each pulse it applies a pending window change, steps the layout within a time budget, eases
 * nodes toward their places, advances fades and animations, and redraws. When nothing moves it stops.
 */
final class GraphSkin extends SkinBase<ActorGraphView> {
    /** Datasets up to this many events get their pair index built at once; larger ones in the background. */
    private static final int SYNC_LIMIT = 50_000;
    /** Graphs up to this many nodes are laid out afresh at once; larger ones in the background. */
    private static final int SYNC_LAYOUT_LIMIT = 600;
    /** The layout's share of a frame. */
    private static final long LAYOUT_BUDGET_NANOS = 6_000_000;
    private static final double FIT_MARGIN = 40;
    private static final int SETTLE_STEPS = 2_000;
    private static final Duration ANALYSIS_DELAY = Duration.millis(250);
    private static final ExecutorService WORKER = Workers.single("entente-graph");

    private final Canvas canvas = new Canvas();
    private final GraphToolbar toolbar;
    private final TopActorsPane topActors;
    private final Label placeholder = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final GraphPainter painter = new GraphPainter(Font.font("System", 12));
    private final PauseTransition analysisDelay = new PauseTransition(ANALYSIS_DELAY);
    private final AnimationTimer pulse;
    private final GraphInput input;

    private String[] names = new String[0];
    private ActorKind[] kinds = new ActorKind[0];
    private GraphPositions positions;
    private GraphData data;
    private Analysis analysis;
    private final ViewportAnimation viewport = new ViewportAnimation();
    private boolean sceneDirty;
    private boolean needsFit;
    private boolean layoutMoving;
    /** Whether the dataset's graph has had its first full layout; later scenes only adjust it. */
    private boolean laidOut;
    private boolean frameDirty = true;
    private long lastPulse;
    private long nextSceneNanos;
    private int hoveredActor = -1;
    private int hoveredPair = -1;
    private int sceneVersion;
    private Task<?> building;

    GraphSkin(ActorGraphView view) {
        super(view);
        ViewState state = view.getViewState();
        canvas.getStyleClass().add("graph-canvas");
        placeholder.getStyleClass().add("graph-placeholder");
        placeholder.setMouseTransparent(true);
        toolbar = new GraphToolbar(view, this);
        topActors = new TopActorsPane(actor -> state.select(Selection.actor(actorId(actor))));
        topActors.visibleProperty().bind(toolbar.topActorsShownProperty().and(topActors.filledProperty()));
        getChildren().addAll(canvas, toolbar, topActors, placeholder);
        pulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        input = new GraphInput(this, canvas);
        Tooltip.install(canvas, tooltip);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        analysisDelay.setOnFinished(e -> analyse());

        state.datasetProperty().addListener((obs, old, now) -> datasetChanged());
        state.filterProperty().addListener((obs, old, now) -> rebuildData());
        for (Observable o : new Observable[] {state.windowProperty(), state.cursorProperty(), view.timeModeProperty(),
                view.spanProperty(), view.showMembershipsProperty(), view.focusActorProperty(), view.focusDepthProperty()}) {
            o.addListener(x -> sceneChanged());
        }
        view.focusActorProperty().addListener(x -> needsFit = true);
        view.focusDepthProperty().addListener(x -> needsFit = true);
        for (Observable o : new Observable[] {view.nodeColoringProperty(), canvas.widthProperty(), canvas.heightProperty(),
                toolbar.legendShownProperty()}) {
            o.addListener(x -> invalidate());
        }
        view.nodeSizingProperty().addListener(x -> restyle());
        view.colorProperties().forEach(colour -> colour.addListener(x -> invalidate()));
        state.selectionProperty().addListener((obs, old, now) -> selectionChanged(now));
        datasetChanged();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double barHeight = Math.ceil(toolbar.prefHeight(w));
        toolbar.resizeRelocate(x, y, w, barHeight);
        canvas.relocate(x, y + barHeight);
        canvas.setWidth(Math.max(1, w));
        canvas.setHeight(Math.max(1, h - barHeight));
        double listWidth = Math.min(230, w / 3);
        double listHeight = Math.min(topActors.prefHeight(listWidth), h - barHeight - 16);
        topActors.resizeRelocate(x + w - listWidth - 8, y + barHeight + 8, listWidth, Math.max(0, listHeight));
        placeholder.resizeRelocate(x, y + barHeight, w, h - barHeight);
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

    private void datasetChanged() {
        IndexedDataset dataset = getSkinnable().getViewState().getDataset();
        List<Actor> actors = dataset == null ? List.of() : dataset.dataset().actors();
        names = new String[actors.size()];
        kinds = new ActorKind[actors.size()];
        for (int i = 0; i < actors.size(); i++) {
            names[i] = actors.get(i).name();
            kinds[i] = actors.get(i).kind();
        }
        positions = new GraphPositions(actors.size(), 1);
        laidOut = false;
        getSkinnable().setFocusActor(null);
        toolbar.setActors(actors);
        needsFit = true;
        rebuildData();
    }

    /** A new pair index for the dataset and filter; positions and pins survive a change of filter. */
    private void rebuildData() {
        ViewState state = getSkinnable().getViewState();
        IndexedDataset dataset = state.getDataset();
        if (building != null) {
            building.cancel();
            building = null;
        }
        data = null;
        analysis = null;
        topActors.clear();
        if (dataset == null) {
            showPlaceholder("No dataset");
            return;
        }
        var filter = state.getFilter();
        if (dataset.dataset().events().size() <= SYNC_LIMIT) {
            showData(GraphData.build(dataset, filter));
            return;
        }
        showPlaceholder("Preparing the actor graph\u2026");
        Task<GraphData> task = new Task<>() {
            @Override
            protected GraphData call() {
                return GraphData.build(dataset, filter);
            }
        };
        task.setOnSucceeded(e -> {
            if (building == task) {
                building = null;
                showData(task.getValue());
            }
        });
        building = task;
        WORKER.execute(task);
    }

    private void showData(GraphData built) {
        data = built;
        placeholder.setVisible(false);
        sceneChanged();
    }

    private void showPlaceholder(String text) {
        placeholder.setText(text);
        placeholder.setVisible(true);
        invalidate();
    }

    // ---- the scene ----

    private void sceneChanged() {
        sceneDirty = true;
        invalidate();
    }

    /** Moves the window graph to the time on show and hands the new scene to the fades and the layout. */
    private void updateScene() {
        sceneDirty = false;
        if (data == null) {
            return;
        }
        ActorGraphView view = getSkinnable();
        ViewState state = view.getViewState();
        TimeWindow window = state.getWindow();
        GraphRange range = view.getTimeMode().range(window.start(), window.end(), state.getCursor(), view.getSpan());
        data.window().moveTo(range.from(), range.to());
        int focus = view.getFocusActor() == null ? -1 : data.pairs().actor(view.getFocusActor());
        GraphScene scene = GraphScene.of(data.window(), view.isShowMemberships(), focus, view.getFocusDepth());
        positions.show(scene, data.fades());
        data.fades().show(scene);
        data.looks().update(scene, view.getNodeSizing(), analysis);
        positions.size(scene, data.looks());
        if (!laidOut && scene.nodeCount() > 0) {
            laidOut = true;
            relayout();
        }
        sceneVersion++;
        layoutMoving = true;
        placeholder.setText("No dealings between actors in this time");
        placeholder.setVisible(scene.nodeCount() == 0);
        analysisDelay.playFromStart();
    }

    private void restyle() {
        if (data != null) {
            data.looks().update(data.fades().scene(), getSkinnable().getNodeSizing(), analysis);
            positions.size(data.fades().scene(), data.looks());
        }
        invalidate();
    }

    /** Centrality and communities for the scene on show, computed in the background once scrubbing pauses. */
    private void analyse() {
        if (data == null) {
            return;
        }
        GraphScene scene = data.fades().scene();
        int version = sceneVersion;
        GraphData analysed = data;
        Task<Analysis> task = new Task<>() {
            @Override
            protected Analysis call() {
                return scene.analyse();
            }
        };
        task.setOnSucceeded(e -> {
            if (data == analysed && sceneVersion == version) {
                analysis = task.getValue();
                topActors.show(analysis.top(TopActorsPane.SIZE), names, analysis, scene);
                restyle();
            }
        });
        WORKER.execute(task);
    }

    // ---- layout ----

    /** Lays the graph out afresh; pinned nodes stay. Small graphs at once, large ones in the background. */
    void relayout() {
        if (data == null) {
            return;
        }
        ForceLayout layout = positions.layout();
        if (data.fades().scene().nodeCount() <= SYNC_LAYOUT_LIMIT) {
            layout.relayout();
            needsFit = true;
            layoutMoving = true;
            invalidate();
            return;
        }
        ForceLayout copy = layout.copy();
        GraphPositions target = positions;
        Task<ForceLayout> task = new Task<>() {
            @Override
            protected ForceLayout call() {
                copy.relayout();
                return copy;
            }
        };
        task.setOnSucceeded(e -> {
            if (positions == target) {
                positions.adopt(task.getValue());
                needsFit = true;
                layoutMoving = true;
                invalidate();
            }
        });
        WORKER.execute(task);
    }

    // ---- frames ----

    void invalidate() {
        frameDirty = true;
        pulse.start();
    }

    private void frame(long now) {
        double seconds = lastPulse == 0 ? 1 / 60.0 : Math.min(0.1, (now - lastPulse) / 1e9);
        lastPulse = now;
        if (sceneDirty && now >= nextSceneNanos) {
            long started = System.nanoTime();
            updateScene();
            long took = System.nanoTime() - started;
            // A scene of hundreds of thousands of links takes tens of milliseconds to build: while the user
            // drags the timeline, leave the UI thread twice that long before the next, so it stays fluid.
            nextSceneNanos = now + 2 * took;
        }
        boolean busy = sceneDirty;
        if (data != null) {
            GraphScene scene = data.fades().scene();
            if (layoutMoving) {
                long until = System.nanoTime() + LAYOUT_BUDGET_NANOS;
                do {
                    layoutMoving = positions.layout().step();
                } while (layoutMoving && System.nanoTime() < until);
            }
            boolean easing = positions.ease(scene, data.fades().leavingActors());
            boolean fading = data.fades().advance(seconds);
            if (needsFit && !layoutMoving) {
                needsFit = false;
                fit();
            }
            busy |= layoutMoving || easing || fading;
        }
        busy |= viewport.step(now);
        if (busy || frameDirty) {
            frameDirty = false;
            paint();
        }
        if (!busy) {
            lastPulse = 0;
            pulse.stop();
        }
    }

    private void animateTo(GraphViewport target) {
        viewport.glideTo(target, System.nanoTime());
        invalidate();
    }

    /** Draws now; tests and exports call this to get the current state on the canvas without waiting for a pulse. */
    void paint() {
        if (data == null) {
            var g = canvas.getGraphicsContext2D();
            g.setFill(getSkinnable().palette().background());
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            return;
        }
        painter.paint(canvas.getGraphicsContext2D(), frameData());
    }

    private GraphFrame frameData() {
        ActorGraphView view = getSkinnable();
        return new GraphFrame(canvas.getWidth(), canvas.getHeight(), viewport.current(), data.fades(), positions.x(), positions.y(),
                data.looks(), names, kinds, positions.pinned(), view.palette(), view.getNodeColoring(),
                Emphasis.of(view.getViewState(), data.pairs(), hoveredActor, hoveredPair),
                toolbar.isLegendShown());
    }

    /** Runs every animation to its end and draws, so that a test or an export sees the settled picture. */
    void settle() {
        if (sceneDirty) {
            updateScene();
        }
        if (data != null) {
            boolean moving = true;
            for (int i = 0; i < SETTLE_STEPS && moving; i++) {
                moving = positions.layout().step();
            }
            layoutMoving = false;
            positions.arrive(data.fades().scene());
            data.fades().finish();
            if (needsFit) {
                needsFit = false;
                viewport.set(fitted());
            }
        }
        viewport.finish();
        paint();
    }

    // ---- actions, for the toolbar, the mouse and the keyboard ----

    void fit() {
        animateTo(fitted());
    }

    /** The viewport that shows the whole scene, clear of the list of most connected actors and of the legend. */
    private GraphViewport fitted() {
        GraphScene scene = data == null ? GraphScene.EMPTY : data.fades().scene();
        if (scene.nodeCount() == 0) {
            return viewport.current();
        }
        double covered = topActors.isVisible() ? topActors.getWidth() + 8 : 0;
        double width = Math.max(canvas.getWidth() / 2, canvas.getWidth() - covered);
        double legend = toolbar.isLegendShown() ? painter.legendHeight(canvas.getWidth()) : 0;
        double height = Math.max(canvas.getHeight() / 2, canvas.getHeight() - legend);
        return positions.fit(scene, width, height, FIT_MARGIN)
                .panBy(-(canvas.getWidth() - width) / 2, -(canvas.getHeight() - height) / 2);
    }

    void zoom(double factor, double x, double y) {
        viewport.set(viewport.current().zoomAt(factor, x, y, canvas.getWidth(), canvas.getHeight()));
        invalidate();
    }

    void panBy(double dx, double dy) {
        viewport.set(viewport.current().panBy(dx, dy));
        invalidate();
    }

    /** Brings the selected actor, pair or event's actors into view when they lie off screen. */
    private void selectionChanged(Selection selection) {
        if (data != null) {
            Emphasis emphasis = Emphasis.of(getSkinnable().getViewState(), data.pairs(), -1, -1);
            int actor = emphasis.selectedActor() >= 0 ? emphasis.selectedActor() : emphasis.selectedFirst();
            if (actor < 0 && emphasis.eventActors().length > 0) {
                actor = firstShown(emphasis.eventActors());
            }
            centreIfHidden(actor);
        }
        invalidate();
    }

    private int firstShown(int[] actors) {
        for (int actor : actors) {
            if (data.fades().scene().shows(actor)) {
                return actor;
            }
        }
        return -1;
    }

    private void centreIfHidden(int actor) {
        if (actor < 0 || !data.fades().scene().shows(actor)) {
            return;
        }
        double sx = viewport.current().screenX(positions.x()[actor], canvas.getWidth());
        double sy = viewport.current().screenY(positions.y()[actor], canvas.getHeight());
        if (sx < FIT_MARGIN || sy < FIT_MARGIN || sx > canvas.getWidth() - FIT_MARGIN || sy > canvas.getHeight() - FIT_MARGIN) {
            animateTo(viewport.current().centredOn(positions.x()[actor], positions.y()[actor]));
        }
    }

    /** Finds an actor by id: selects it and shows it, or says that it has no dealings in this time. */
    void find(String actorId) {
        if (data == null || actorId == null) {
            return;
        }
        getSkinnable().getViewState().select(Selection.actor(actorId));
        int actor = data.pairs().actor(actorId);
        if (actor >= 0 && data.fades().scene().shows(actor)) {
            animateTo(viewport.current().centredOn(positions.x()[actor], positions.y()[actor]));
            toolbar.say("");
        } else {
            toolbar.say((actor >= 0 ? names[actor] : actorId) + " has no dealings in this time");
        }
    }

    void saveAsPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the actor graph as PNG");
        chooser.setInitialFileName("actor-graph.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG images", "*.png"));
        File file = chooser.showSaveDialog(getSkinnable().getScene().getWindow());
        if (file != null) {
            paint();
            PngExport.save(canvas, file.toPath());
        }
    }

    // ---- for the input handler ----

    GraphHits hits() {
        return painter.hits();
    }

    boolean hasData() {
        return data != null;
    }

    String nameOf(String actorId) {
        return getSkinnable().getViewState().getDataset().dataset().actorName(actorId);
    }

    String actorId(int actor) {
        return getSkinnable().getViewState().getDataset().dataset().actors().get(actor).id();
    }

    PairIndex pairs() {
        return data.pairs();
    }

    GraphViewport viewport() {
        return viewport.current();
    }

    Canvas canvas() {
        return canvas;
    }

    Tooltip tooltip() {
        return tooltip;
    }

    void setHover(int actor, int pair) {
        if (actor != hoveredActor || pair != hoveredPair) {
            hoveredActor = actor;
            hoveredPair = pair;
            invalidate();
        }
    }

    void drag(int actor, double screenX, double screenY) {
        GraphViewport at = viewport.current();
        positions.drag(actor, at.layoutX(screenX, canvas.getWidth()), at.layoutY(screenY, canvas.getHeight()));
        layoutMoving = true;
        invalidate();
    }

    void unpin(int actor) {
        positions.unpin(actor);
        layoutMoving = true;
        invalidate();
    }

    void pinWhereItIs(int actor) {
        positions.drag(actor, positions.layout().x(actor), positions.layout().y(actor));
        invalidate();
    }

    void focusFind() {
        toolbar.focusFind();
    }

    boolean isPinned(int actor) {
        return positions.pinned()[actor];
    }

    /** What the tooltip says about an actor in the time on show. */
    String describeActor(int actor) {
        return GraphTooltips.actor(names[actor], kinds[actor], data.window().actorEvents(actor),
                analysis == null ? 0 : analysis.rank(actor), positions.pinned()[actor]);
    }

    /** What the tooltip says about the relationship behind an edge. */
    String describePair(int pair) {
        return GraphTooltips.pair(names, data.window().summarize(pair));
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Where the last frame drew things; null before a dataset's graph is ready. */
    GraphLocator locator() {
        return data == null ? null : new GraphLocator(hits(), data.fades().scene(), data.pairs());
    }

    Optional<Point2D> clearPointOnEdge(String a, String b) {
        GraphLocator locator = locator();
        return locator == null ? Optional.empty()
                : locator.clearPointOnEdge(a, b).map(p -> canvas.localToParent(p.getX(), p.getY()));
    }

    Optional<Point2D> nodeCentre(String actorId) {
        double[] node = data == null ? null : locator().node(actorId);
        return node == null ? Optional.empty() : Optional.of(canvas.localToParent(node[0], node[1]));
    }

    GraphScene scene() {
        return data == null ? GraphScene.EMPTY : data.fades().scene();
    }

    @Override
    public void dispose() {
        pulse.stop();
        analysisDelay.stop();
        input.dispose();
        toolbar.dispose();
        super.dispose();
    }
}
