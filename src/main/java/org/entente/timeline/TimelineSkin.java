package org.entente.timeline;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.entente.eventlist.EventListPopup;
import org.entente.image.PngExport;
import org.entente.index.IndexedDataset;
import org.entente.lanes.Lane;
import org.entente.lanes.LaneGeometry;
import org.entente.lanes.LaneMode;
import org.entente.lanes.Lanes;
import org.entente.model.DatasetStats;
import org.entente.model.Event;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.store.EventStore;
import org.entente.strata.ColorMode;
import org.entente.timescale.CursorFormat;
import org.entente.timescale.SelectionExtent;
import org.entente.timescale.StackContents;
import org.entente.timescale.TimeScale;
import org.entente.work.LatestJob;
import org.entente.work.Workers;

/**
 * Lays out the timeline (a toolbar and the legend above a canvas, its overlay and a vertical scroll bar)
 * and redraws them at most once per pulse, whenever something they show has changed: the canvas and the
 * overlay for a change of window, lanes or selection, the overlay alone when the cursor or the graph's
 * time moves. It draws in the pulse's pre-layout phase,
 * after the input and the animations of that pulse, so that a change made by either is on screen at the
 * end of the same pulse rather than one later. Every listener on the view and its
 * view state goes through the skin's own registration, and {@link #dispose()} also stops play, the
 * window's animation and any lane build in flight, so a disposed skin is reached by nothing.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    /** Datasets up to this size get their lanes built at once; larger ones in the background. */
    private static final int SYNC_LANES_LIMIT = 100_000;
    /** Past this many events in the window, a selection is taken to have some of them in view. */
    private static final int LOOK_LIMIT = 50_000;
    /** One thread builds lanes for every timeline, rather than one thread per skin that outlives it. */
    private static final Executor LANE_BUILDER = Workers.single("entente-timeline-lanes");
    /** Asks a store for counts, apart from the lane builds so that neither waits for the other. */
    private static final Executor COUNTER = Workers.single("entente-timeline-counts");

    private final Canvas canvas = new Canvas();
    /** Above the canvas, transparent: the cursor and the graph's time, which a scrub step moves alone. */
    private final OverlayPane overlay = new OverlayPane();
    private final Pane surface = new Pane(canvas, overlay);
    private final ScrollBar scrollBar = new ScrollBar();
    private final TimelineToolbar toolbar;
    private final TimelineLegend legend;
    private final Tooltip tooltip = new Tooltip();
    private final TimelinePainter painter = new TimelinePainter(Font.font("System", 12));
    private final WindowAnimator animator;
    private final Player player;
    private final LatestJob<Lanes> laneBuilds;
    private final LatestJob<LaneSelection> selectionFinds = new LatestJob<>(LANE_BUILDER, Platform::runLater);
    private final StoreCounts storeCounts = new StoreCounts(COUNTER, Platform::runLater, this::invalidate);
    private final Runnable redraw = this::paintIfDirty;
    private Scene redrawnIn;
    private final TimelineInput input;
    private Lanes lanes;
    private LaneSelection laneSelection = LaneSelection.NONE;
    private LaneGeometry geometry;
    /** The list a click on a stack opened, closed with the skin. */
    private EventListPopup list;
    private int hovered = -1;
    private int focused = -1;
    private boolean dirty = true;
    private boolean overlayDirty;

    TimelineSkin(TimelineView view) {
        this(view, new LatestJob<>(LANE_BUILDER, Platform::runLater));
    }

    /** A skin whose large lane builds run on {@code laneBuilds}, which tests make synchronous or hold back. */
    TimelineSkin(TimelineView view, LatestJob<Lanes> laneBuilds) {
        super(view);
        this.laneBuilds = laneBuilds;
        ViewState state = view.getViewState();
        animator = new WindowAnimator(state);
        player = new Player(view);
        canvas.getStyleClass().add("timeline-canvas");
        surface.getStyleClass().add("timeline-surface");
        scrollBar.setOrientation(Orientation.VERTICAL);
        scrollBar.getStyleClass().add("lane-scroll-bar");
        toolbar = new TimelineToolbar(view, this::fitAll, this::zoomToSelection, this::saveAsPng);
        legend = new TimelineLegend(group -> {
            if (lanes != null) {
                state.setFilter(lanes.strata().toggle(group, state.getFilter()));
            }
        });
        getChildren().addAll(toolbar, legend, surface, scrollBar);
        input = new TimelineInput(this, canvas);
        CompareControls.installContextMenu(canvas, state);
        Tooltip.install(canvas, tooltip);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        listen(view, state);
        redrawIn(view.getScene());
        rebuildLanes();
        updateCursorDate();
    }

    /**
     * What the skin follows, all through SkinBase's registration so that dispose() removes it. As before,
     * invalidation listeners (repaint, cursor date) run before change listeners on the same property.
     */
    private void listen(TimelineView view, ViewState state) {
        registerChangeListener(view.sceneProperty(), o -> redrawIn(view.getScene()));
        registerChangeListener(state.windowProperty(), o -> animator.windowChanged());
        registerChangeListener(view.playingProperty(), o -> {
            if (view.isPlaying()) {
                player.start();
            } else {
                player.stop();
            }
        });
        registerChangeListener(state.datasetProperty(), o -> {
            colourByWhatTheDatasetHas();
            rebuildLanes();
            updateCursorDate();
        });
        registerChangeListener(state.filterProperty(), o -> rebuildLanes());
        registerChangeListener(state.storeProperty(), o -> {
            storeCounts.clear();
            invalidate();
        });
        for (Observable o : new Observable[] {state.recordsCoverProperty(), state.recordsComingProperty()}) {
            registerInvalidationListener(o, x -> invalidate());
        }
        registerChangeListener(view.laneModeProperty(), o -> rebuildLanes());
        registerChangeListener(view.colorModeProperty(), o -> rebuildLanes());
        registerInvalidationListener(view.getCollapsedLanes(), o -> relayoutLanes());
        for (Observable o : new Observable[] {state.windowProperty(), state.selectionProperty(), view.colorModeProperty(),
                scrollBar.valueProperty(), canvas.widthProperty(), canvas.heightProperty()}) {
            registerInvalidationListener(o, x -> invalidate());
        }
        for (Observable o : new Observable[] {state.cursorProperty(), state.graphWindowProperty(),
                state.comparisonProperty(), state.notesProperty()}) {
            registerInvalidationListener(o, x -> invalidateOverlay());
        }
        view.colorProperties().forEach(colour -> registerInvalidationListener(colour, x -> {
            legend.recolour(view.palette());
            invalidate();
        }));
        registerInvalidationListener(state.cursorProperty(), x -> updateCursorDate());
        registerChangeListener(state.selectionProperty(), o -> bringIntoView(state.getSelection()));
        registerChangeListener(state.selectionProperty(), o -> findSelection());
        registerInvalidationListener(state.windowProperty(), x -> updateCursorDate());
        registerInvalidationListener(canvas.heightProperty(), x -> relayoutLanes());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double toolbarHeight = toolbar.prefHeight(w);
        toolbar.resizeRelocate(x, y, w, toolbarHeight);
        double legendHeight = legend.isVisible() ? legend.prefHeight(w) : 0;
        legend.resizeRelocate(x, y + toolbarHeight, w, legendHeight);
        double barHeight = toolbarHeight + legendHeight;
        double scrollWidth = scrollBar.isVisible() ? scrollBar.prefWidth(-1) : 0;
        surface.resizeRelocate(x, y + barHeight, Math.max(1, w - scrollWidth), Math.max(1, h - barHeight));
        canvas.setWidth(Math.max(1, w - scrollWidth));
        canvas.setHeight(Math.max(1, h - barHeight));
        scrollBar.resizeRelocate(x + w - scrollWidth, y + barHeight + TimelineFrame.AXIS_HEIGHT, scrollWidth,
                Math.max(0, h - barHeight - TimelineFrame.AXIS_HEIGHT - TimelineFrame.OVERVIEW_HEIGHT));
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return toolbar.minHeight(-1) + TimelineFrame.AXIS_HEIGHT + TimelineFrame.OVERVIEW_HEIGHT + 40;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 360;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    /**
     * A dataset whose events have no kind (an ICEWS export) would be one grey mass coloured by kind; when
     * its events carry a tone, the timeline colours by tone instead.
     */
    private void colourByWhatTheDatasetHas() {
        IndexedDataset data = getSkinnable().getViewState().getDataset();
        if (data != null && getSkinnable().getColorMode() == ColorMode.KIND
                && data.stats().eventsByKind().keySet().equals(Set.of(DatasetStats.NO_KIND))
                && data.dataset().events().stream().anyMatch(Event::hasTone)) {
            getSkinnable().setColorMode(ColorMode.TONE);
        }
    }

    // ---- lanes ----

    private void rebuildLanes() {
        ViewState state = getSkinnable().getViewState();
        IndexedDataset data = state.getDataset();
        laneBuilds.cancel();
        if (data == null) {
            lanes = null;
            relayoutLanes();
            return;
        }
        Filter filter = state.getFilter();
        LaneMode mode = getSkinnable().getLaneMode();
        ColorMode colors = getSkinnable().getColorMode();
        if (data.dataset().events().size() <= SYNC_LANES_LIMIT) {
            showLanes(Lanes.build(data, filter, mode, colors));
            return;
        }
        laneBuilds.run(cancelled -> Lanes.build(data, filter, mode, colors), this::showLanes);
    }

    private void showLanes(Lanes built) {
        lanes = built;
        IndexedDataset data = getSkinnable().getViewState().getDataset();
        if (focused >= 0 && (focused >= data.dataset().events().size()
                || !built.filter().matches(data.dataset().events().get(focused), data.dataset()))) {
            focused = -1;
        }
        findSelection();
        relayoutLanes();
    }

    /**
     * Finds the selection's events in each lane, for lanes drawn as density: at once on small datasets,
     * else in the background, the frames meanwhile drawing the lanes without it.
     */
    private void findSelection() {
        selectionFinds.cancel();
        IndexedDataset data = getSkinnable().getViewState().getDataset();
        Selection selection = getSkinnable().getViewState().getSelection();
        Lanes current = lanes;
        if (data == null || current == null || selection instanceof Selection.Nothing) {
            laneSelection = LaneSelection.NONE;
            return;
        }
        if (data.dataset().events().size() <= SYNC_LANES_LIMIT) {
            laneSelection = LaneSelection.of(data, current, selection);
            return;
        }
        selectionFinds.run(cancelled -> LaneSelection.of(data, current, selection), found -> {
            laneSelection = found;
            invalidate();
        });
    }

    private void relayoutLanes() {
        if (lanes == null) {
            geometry = null;
            scrollBar.setVisible(false);
            invalidate();
            return;
        }
        double bodyHeight = Math.max(0, canvas.getHeight() - TimelineFrame.AXIS_HEIGHT - TimelineFrame.OVERVIEW_HEIGHT);
        Set<String> collapsed = getSkinnable().getCollapsedLanes();
        geometry = new LaneGeometry(lanes, collapsed, bodyHeight);
        double overflow = geometry.total() - bodyHeight;
        boolean scrolls = overflow > 0;
        if (scrollBar.isVisible() != scrolls) {
            scrollBar.setVisible(scrolls);
            getSkinnable().requestLayout();
        }
        scrollBar.setMin(0);
        scrollBar.setMax(Math.max(0, overflow));
        scrollBar.setVisibleAmount(bodyHeight * Math.max(0, overflow) / Math.max(1, geometry.total()));
        scrollBar.setUnitIncrement(LaneGeometry.ROW_HEIGHT);
        scrollBar.setBlockIncrement(bodyHeight * 0.9);
        scrollBar.setValue(Math.min(scrollBar.getValue(), scrollBar.getMax()));
        invalidate();
    }

    // ---- drawing ----

    void invalidate() {
        dirty = true;
        Platform.requestNextPulse();
    }

    private void redrawIn(Scene scene) {
        if (redrawnIn != null) {
            redrawnIn.removePreLayoutPulseListener(redraw);
        }
        redrawnIn = scene;
        if (scene != null) {
            scene.addPreLayoutPulseListener(redraw);
            invalidate();
        }
    }

    /** Only the overlay changed: a scrub step redraws the cursor and the graph's band, not the lanes. */
    void invalidateOverlay() {
        overlayDirty = true;
        Platform.requestNextPulse();
    }

    private void paintIfDirty() {
        if (dirty) {
            dirty = false;
            overlayDirty = false;
            paint();
        } else if (overlayDirty) {
            overlayDirty = false;
            TimelineFrame frame = frame();
            if (frame != null) {
                painter.paintOverlay(overlay, frame);
            }
        }
    }

    /** Draws now; tests and exports call this to get the current state on the canvas without waiting for a pulse. */
    void paint() {
        ViewState state = getSkinnable().getViewState();
        TimelineFrame frame = frame();
        if (frame == null) {
            var g = canvas.getGraphicsContext2D();
            g.setFill(getSkinnable().palette().background());
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            overlay.begin();
            overlay.end();
            return;
        }
        painter.paint(canvas.getGraphicsContext2D(), frame);
        painter.paintOverlay(overlay, frame);
        StoreFrame store = frame.store();
        boolean counted = store != null && store.overview() != null && (store.recordsHeld() || store.body() != null);
        getSkinnable().setStoreCountsShown(counted);
        getSkinnable().setStoreCountsDrawn(counted && (store.recordsHeld() || !store.coming()));
        legend.show(lanes, frame.palette(), frame.window(), state.getFilter(), countedInView(frame));
        getSkinnable().setAccessibleText(accessibleSummary());
    }

    /** What a frame depends on now; null while there is nothing to draw. */
    private TimelineFrame frame() {
        ViewState state = getSkinnable().getViewState();
        if (lanes == null || geometry == null || canvas.getWidth() < 2 || canvas.getHeight() < 2) {
            return null;
        }
        return new TimelineFrame(canvas.getWidth(), canvas.getHeight(), lanes, geometry,
                scrollBar.isVisible() ? scrollBar.getValue() : 0, state.getWindow(), state.getCursor(),
                state.getDataset().dataset(), state.getSelection(), hovered, focused, getSkinnable().getColorMode(),
                getSkinnable().palette(), overviewExtent(), state.getDataset().stats().finest(),
                laneSelection.isFor(state.getSelection(), lanes) ? laneSelection : LaneSelection.NONE,
                state.getGraphWindow(), state.getComparison(), storeFrame(),
                NotesLayer.marks(state.getNotes(), state.getDataset().dataset(), state.getWindow()));
    }

    /**
     * What a frame draws of the store on show, null for a dataset in memory. It asks for the counts it
     * would rather have (the window's only when the records held do not cover it): a question asked
     * already is not asked again, and the frame draws the latest answers meanwhile.
     */
    private StoreFrame storeFrame() {
        ViewState state = getSkinnable().getViewState();
        EventStore store = state.getStore();
        if (store == null) {
            return null;
        }
        boolean held = !drawsCounts();
        ColorMode colors = getSkinnable().getColorMode();
        if (!held) {
            storeCounts.askBody(new StoreCounts.Question(store, state.getWindow(),
                    Math.max(1, (int) (canvas.getWidth() / DensityStrip.COLUMN_WIDTH)), state.getFilter(), colors));
        }
        storeCounts.askOverview(new StoreCounts.Question(store, overviewExtent(), Math.max(1, (int) (canvas.getWidth() / 2)),
                state.getFilter(), colors));
        return new StoreFrame(storeCounts.body(store), storeCounts.overview(store), held,
                state.isRecordsComing() || !held && !storeCounts.bodyCurrent(), StoreLens.LIMIT,
                StoreLens.partial(state, state.getWindow()));
    }

    /** Whether the window is drawn from a store's counts: a store is shown and its records held do not cover the window. */
    private boolean drawsCounts() {
        ViewState state = getSkinnable().getViewState();
        return state.getStore() != null && !state.holdsRecordsOf(state.getWindow());
    }

    /** A store's counts per group in the window drawn as counts, for the legend; null when the lanes count. */
    private static int[] countedInView(TimelineFrame frame) {
        if (!frame.drawsCounts()) {
            return null;
        }
        StoreCounts.Answer body = frame.store().body();
        return body == null ? new int[0] : body.groups();
    }

    /** What the overview strip spans: everything Fit all would show, of a store all its events. */
    TimeWindow overviewExtent() {
        ViewState state = getSkinnable().getViewState();
        if (state.getStore() != null) {
            return ViewState.fitAll(state.getStore().extent());
        }
        IndexedDataset data = state.getDataset();
        return ViewState.fitAll(data.time(), data.dataset().periods());
    }

    private String accessibleSummary() {
        ViewState state = getSkinnable().getViewState();
        int inView = lanes.all().countOverlapping(state.getWindow().start(), state.getWindow().end());
        String text = "Timeline, " + inView + " events in view, cursor at " + toolbar.cursorDate();
        if (focused >= 0) {
            var e = state.getDataset().dataset().events().get(focused);
            text += ", focused event: " + e.title() + ", " + org.entente.time.WhenFormat.format(e.when());
        }
        return text;
    }

    private void updateCursorDate() {
        ViewState state = getSkinnable().getViewState();
        if (state.getDataset() == null) {
            toolbar.showCursorDate("");
            return;
        }
        TimeWindow window = state.getWindow();
        double width = Math.max(1, canvas.getWidth() - TimelineFrame.HEADER_WIDTH);
        toolbar.showCursorDate(CursorFormat.format(state.getCursor(), window.span() / width,
                state.getDataset().stats().finest()));
    }

    // ---- actions, for the toolbar, the keyboard and the control ----

    private void saveAsPng() {
        PngExport.chooseAndSave(surface, "Save the timeline as PNG", "timeline.png", path -> { });
    }

    /**
     * When something is selected elsewhere (a detail pane, the search, the graph) and none of its events
     * lies in the window, the timeline moves to them: at the same zoom when they fit, else zoomed out to
     * show them all.
     */
    private void bringIntoView(Selection selection) {
        ViewState state = getSkinnable().getViewState();
        if (selection == Selection.NOTHING || state.getDataset() == null || lanes == null) {
            return;
        }
        TimeWindow target = animator.target();
        if (SelectionExtent.anyIn(state.getDataset().dataset(), lanes.all(), selection, target, LOOK_LIMIT)) {
            return;
        }
        SelectionExtent.of(state.getDataset().dataset(), selection).ifPresent(extent -> {
            long middle = extent.start() + extent.span() / 2;
            animator.animateTo(extent.span() <= target.span()
                    ? target.pan(middle - (target.start() + target.span() / 2)) : extent);
        });
    }

    /** Where the last frame drew an event, in the canvas's coordinates; empty when it is not drawn on its own. */
    Optional<Point2D> locate(String eventId) {
        ViewState state = getSkinnable().getViewState();
        if (state.getDataset() == null) {
            return Optional.empty();
        }
        int position = state.getDataset().dataset().eventPosition(eventId);
        HitMap hits = painter.hits();
        for (int hit = hits.size() - 1; hit >= 0; hit--) {
            if (hits.isEvent(hit) && hits.event(hit) == position) {
                return Optional.of(surface.localToParent(canvas.localToParent(hits.centerX(hit), hits.centerY(hit))));
            }
        }
        return Optional.empty();
    }

    void fitAll() {
        IndexedDataset data = getSkinnable().getViewState().getDataset();
        if (getSkinnable().getViewState().getStore() != null) {
            animator.animateTo(overviewExtent());
        } else if (data != null) {
            animator.animateTo(ViewState.fitAll(lanes == null ? data.time() : lanes.all(), data.dataset().periods()));
        }
    }

    void zoomToSelection() {
        ViewState state = getSkinnable().getViewState();
        if (state.getDataset() != null) {
            SelectionExtent.of(state.getDataset().dataset(), state.getSelection())
                    .ifPresent(animator::animateTo);
        }
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the instant at canvas x where it is. */
    void zoom(double factor, double x) {
        TimeWindow target = animator.target();
        TimeScale scale = scaleFor(target);
        long anchor = scale.time(x - headerWidth());
        animator.animateTo(target.zoom(factor, anchor));
    }

    void panBy(double fraction) {
        TimeWindow target = animator.target();
        animator.animateTo(target.pan(Math.round(target.span() * fraction)));
    }

    void panPixels(double dx) {
        animator.stop();
        ViewState state = getSkinnable().getViewState();
        TimeWindow window = state.getWindow();
        state.setWindow(window.pan(Math.round(-dx * scaleFor(window).millisPerPixel())));
    }

    void scrollLanes(double dy) {
        if (scrollBar.isVisible()) {
            scrollBar.setValue(Math.max(0, Math.min(scrollBar.getMax(), scrollBar.getValue() + dy)));
        }
    }

    /** Lists the events of a stack that zooming could not part, in a sortable list under the pointer. */
    void openList(StackContents contents, Lane lane, double screenX, double screenY) {
        if (list != null) {
            list.hide();
        }
        String where = getSkinnable().getLaneMode() == LaneMode.NONE ? "" : " in " + lane.label();
        list = EventListPopup.show(getSkinnable(), screenX, screenY + 8, getSkinnable().getViewState(),
                StackHeading.of(contents) + where, contents.events());
    }

    void animateTo(TimeWindow window) {
        animator.animateTo(window);
    }

    boolean isAnimating() {
        return animator.isRunning();
    }

    TimeWindow animationTarget() {
        return animator.target();
    }

    TimeScale scaleFor(TimeWindow window) {
        return new TimeScale(window.start(), window.end(), Math.max(1, canvas.getWidth() - headerWidth()));
    }

    double headerWidth() {
        return lanes == null || lanes.mode() == LaneMode.NONE || drawsCounts() ? 0 : TimelineFrame.HEADER_WIDTH;
    }

    Lanes lanes() {
        return lanes;
    }

    LaneGeometry geometry() {
        return geometry;
    }

    double scrollY() {
        return scrollBar.isVisible() ? scrollBar.getValue() : 0;
    }

    HitMap hits() {
        return painter.hits();
    }

    Tooltip tooltip() {
        return tooltip;
    }

    void setHovered(int position) {
        if (position != hovered) {
            hovered = position;
            invalidate();
        }
    }

    int focused() {
        return focused;
    }

    void setFocused(int position) {
        focused = position;
        invalidate();
    }

    @Override
    public void dispose() {
        redrawIn(null);
        animator.stop();
        player.stop();
        laneBuilds.cancel();
        selectionFinds.cancel();
        if (list != null) {
            list.hide();
        }
        input.dispose();
        toolbar.dispose();
        super.dispose();
    }
}
