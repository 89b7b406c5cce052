package org.entente.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.util.Duration;
import org.entente.canvas.FrameLoop;
import org.entente.codes.CountryNames;
import org.entente.eventlist.EventListPopup;
import org.entente.geo.Atlas;
import org.entente.geo.AtlasCountry;
import org.entente.geo.EqualEarth;
import org.entente.image.PngExport;
import org.entente.index.IndexedDataset;
import org.entente.index.IntList;
import org.entente.model.Dataset;
import org.entente.places.CountryAnchors;
import org.entente.places.MapCamera;
import org.entente.places.MapFrame;
import org.entente.places.MapFrames;
import org.entente.places.MapRequest;
import org.entente.places.MapShading;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.store.CountryRow;
import org.entente.strata.ColorMode;
import org.entente.timescale.SelectionExtent;
import org.entente.work.LatestJob;
import org.entente.work.Workers;

/**
 * Lays out the map (a toolbar above two canvases, the land below and what lies on it above, with the
 * legend over their lower left corner) and runs it. The land is drawn again only when it changes (the
 * view moves, or a country changes class of shade), so a scrub step redraws only the marks.
 * A change of the graph's window is applied to the window's totals at the next pulse, once however many
 * came; the frame is then prepared from the totals and the camera and drawn. When nothing moves the
 * frame loop stops. While a store's records do not cover the graph's time, the frame is the store's
 * counts per country of that time instead ({@link StoreCountries}), asked in the background as the time
 * changes and drawn as the same shades, with no marks or flows (the store gives no places one by one), under
 * a note that says so ({@link CountsNote}). Every listener is registered through the skin, so
 * {@link #dispose()} removes them.
 */
final class MapSkin extends SkinBase<MapView> {
    /** Datasets up to this many events get their places at once; larger ones in the background. */
    private static final int SYNC_LIMIT = 50_000;
    private static final ExecutorService WORKER = Workers.single("entente-map");
    /** The store's counts per country have a thread of their own, so that placing a window's records never holds them up. */
    private static final ExecutorService COUNTER = Workers.single("entente-map-counts");
    /** The width of a bin on screen: dense places merge into bins about this wide. */
    private static final double BIN_PIXELS = 32;
    /** From this zoom the finer atlas is drawn. */
    private static final double FINE_ZOOM = 3;
    /** At most so many events are listed for a click on a bin or a country. */
    private static final int LIST_LIMIT = 5_000;
    private static final int LABELS = 12;
    private static final Duration REST = Duration.millis(160);
    /** Narrower than this, the legend shows the shades only. */
    private static final double COMPACT_WIDTH = 640;

    private final Canvas baseCanvas = new Canvas();
    private final Canvas canvas = new Canvas();
    private final Pane surface = new Pane(baseCanvas, canvas);
    /** Carries the land drawn last to the view while it moves ({@link MapPainter}). */
    private final Affine landMove = new Affine();
    /** Draws the land afresh once the view has rested this long after a wheel notch or a drag. */
    private final PauseTransition rest = new PauseTransition(REST);
    private final MapToolbar toolbar;
    private final MapLegend legend = new MapLegend();
    private final Label placeholder = new Label();
    /** Says, over the top of a map shaded by a store's counts, that it is counts and what shows events one by one. */
    private final Label note = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final MapNavigation navigation = new MapNavigation();
    private final MapPainter painter = new MapPainter();
    private final FrameLoop frames = new FrameLoop((now, seconds) -> glide(seconds), this::paint);
    private final LatestJob<MapData> building = new LatestJob<>(WORKER, Platform::runLater);
    private final StoreCountries storeCountries = new StoreCountries(COUNTER, Platform::runLater, this::invalidate);
    private final ContextMenu countryMenu = new ContextMenu();
    private final MapInput input;
    private final Map<String, String> countryNames = CountryNames.english();
    private MapData data;
    private boolean windowMoved = true;
    private boolean selectionChanged = true;
    /** Every event of the selection, found once when the selection or the data changes. */
    private IntList selectionEvents = new IntList();
    /** Those of them in the graph's window, found again when the window moves. */
    private IntList selected = new IntList();
    private MapPicture last;
    /** Whether the last frame was drawn from the store's counts per country, its records not covering the map's time. */
    private boolean counted;
    /** The store's counts it was drawn from; null before the first answer, and when drawn from the events held. */
    private StoreCountries.Answer counts;
    /** Whether the view glides, or was moved by hand a moment ago: the land then follows rather than being drawn. */
    private boolean gliding;
    private boolean movedByHand;
    private volatile boolean fineReady;
    /** The tooltip is on the canvas only while the pointer is over something, so that no empty one pops up. */
    private boolean tooltipInstalled;

    MapSkin(MapView view) {
        super(view);
        ViewState state = view.getViewState();
        canvas.getStyleClass().add("map-canvas");
        surface.getStyleClass().add("map-surface");
        baseCanvas.getTransforms().add(landMove);
        rest.setOnFinished(e -> {
            movedByHand = false;
            invalidate();
        });
        placeholder.getStyleClass().add("map-placeholder");
        placeholder.setMouseTransparent(true);
        note.getStyleClass().add("map-note");
        note.setMouseTransparent(true);
        note.setVisible(false);
        toolbar = new MapToolbar(view);
        getChildren().addAll(surface, toolbar, legend, placeholder, note);
        input = new MapInput(this, canvas);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        // The fine atlas is read in the background, so that the first zoom past a continent does not stall.
        CompletableFuture.runAsync(() -> {
            Atlas.fine();
            fineReady = true;
        }, WORKER);

        registerChangeListener(state.datasetProperty(), o -> rebuild());
        registerChangeListener(state.filterProperty(), o -> rebuild());
        registerChangeListener(state.colorModeProperty(), o -> recolour());
        registerInvalidationListener(state.recordsComingProperty(), o -> invalidate());
        registerInvalidationListener(state.graphWindowProperty(), o -> {
            windowMoved = true;
            // Changed by the user's hand in another view (a scrub, a zoom), whose answer comes first: the
            // map draws in the pulse after it, as the graph does, so that its frame does not delay that one.
            frames.yieldNextFrame();
            invalidate();
        });
        registerInvalidationListener(state.selectionProperty(), o -> {
            selectionChanged = true;
            // A selection is answered first where it was made (a click, the detail pane): the map's pass over
            // the events for it comes a pulse later.
            frames.yieldNextFrame();
            invalidate();
        });
        registerInvalidationListener(view.shadingProperty(), o -> invalidate());
        registerInvalidationListener(view.showFlowsProperty(), o -> invalidate());
        registerInvalidationListener(view.maxFlowsProperty(), o -> invalidate());
        registerInvalidationListener(canvas.widthProperty(), o -> invalidate());
        registerInvalidationListener(canvas.heightProperty(), o -> invalidate());
        registerInvalidationListener(view.sceneProperty(), o -> invalidate());
        view.colors().properties().forEach(colour -> registerInvalidationListener(colour, o -> invalidate()));
        MapViewport asked = view.takeAskedViewport();
        if (asked != null) {
            navigation.lookAt(asked);
        }
        rebuild();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double barHeight = Math.ceil(toolbar.prefHeight(w));
        toolbar.resizeRelocate(x, y, w, barHeight);
        surface.resizeRelocate(x, y + barHeight, w, h - barHeight);
        for (Canvas layer : List.of(baseCanvas, canvas)) {
            layer.setWidth(Math.max(1, w));
            layer.setHeight(Math.max(1, h - barHeight));
        }
        navigation.resize(canvas.getWidth(), canvas.getHeight());
        placeholder.resizeRelocate(x, y + barHeight, w, h - barHeight);
        double noteWidth = Math.min(w - 16, note.prefWidth(-1));
        note.resizeRelocate(x + (w - noteWidth) / 2, y + barHeight + 8, noteWidth, note.prefHeight(noteWidth));
        legend.setCompact(w < COMPACT_WIDTH);
        legend.autosize();
        legend.relocate(x + 8, y + h - legend.getHeight() - 8);
    }

    @Override
    public void dispose() {
        frames.stop();
        rest.stop();
        building.cancel();
        storeCountries.cancel();
        input.dispose();
        toolbar.dispose();
        countryMenu.hide();
        getChildren().clear();
        super.dispose();
    }

    // ---- data ----

    private void rebuild() {
        ViewState state = getSkinnable().getViewState();
        IndexedDataset dataset = state.getDataset();
        building.cancel();
        if (dataset == null) {
            showData(null);
            return;
        }
        Filter filter = state.getFilter();
        ColorMode colors = state.getColorMode();
        build(dataset, () -> MapData.build(dataset, filter, colors));
    }

    /** Another colour mode regroups the events: the places stay, unless they are still being built. */
    private void recolour() {
        if (data == null || building.isRunning()) {
            rebuild();
            return;
        }
        MapData placed = data;
        ColorMode colors = getSkinnable().getViewState().getColorMode();
        build(placed.indexed(), () -> placed.recoloured(colors));
    }

    /** Builds at once for a small dataset, in the background with a word in the placeholder for a large one. */
    private void build(IndexedDataset dataset, Supplier<MapData> work) {
        if (dataset.dataset().events().size() <= SYNC_LIMIT) {
            showData(work.get());
        } else {
            placeholder.setText("Placing " + String.format(Locale.ROOT, "%,d", dataset.dataset().events().size())
                    + " events\u2026");
            building.run(cancelled -> work.get(), this::showData);
        }
    }

    private void showData(MapData built) {
        data = built;
        windowMoved = true;
        selectionChanged = true;
        placeholder.setText(built == null ? "Open a dataset to see where its events happened" : "");
        invalidate();
    }

    private void invalidate() {
        frames.invalidate();
    }

    /** Advances a glide; the frame where it ends is drawn, land and all, as the view now rests. */
    private boolean glide(double seconds) {
        boolean busy = navigation.step(seconds);
        if (gliding && !busy) {
            invalidate();
        }
        gliding = busy;
        return busy;
    }

    // ---- frames ----

    private void paint() {
        if (!navigation.isSized() || getSkinnable().getScene() == null) {
            return;
        }
        MapView view = getSkinnable();
        ViewState state = view.getViewState();
        TimeWindow window = state.getGraphWindow();
        counted = window != null && !state.holdsRecordsOf(window);
        counts = counted ? latestCounts(state, window) : null;
        Atlas atlas = fineReady && navigation.zoom() >= FINE_ZOOM ? Atlas.fine() : Atlas.coarse();
        MapPalette palette = view.palette();
        MapFrame frame = counted ? counts == null ? null : counts.frame() : eventsFrame(window);
        MapCountries shapes = counted ? counts == null ? null : counts.countries() : data == null ? null : data.shapes();
        MapViewport viewport = navigation.viewport();
        last = new MapPicture(viewport, navigation.width(), navigation.height(), atlas, palette,
                shades(frame, shapes, atlas, palette, view.getShading()), frame,
                frame == null ? List.of() : MapMarker.merge(frame.markers(), viewport),
                frame == null ? List.of() : MapMarker.merge(frame.selectedMarkers(), viewport),
                data == null ? null : data.strata(), state.getColorMode(), view.isShowFlows(), labels(frame, shapes, view.isShowFlows()));
        painter.draw(baseCanvas.getGraphicsContext2D(), landMove, canvas.getGraphicsContext2D(), last,
                gliding || movedByHand);
        legend.show(last, view.getShading(), !counted);
        placeholder.setVisible(!counted);
        String partial = StoreLens.partial(state, window);
        note.setVisible(counted || partial != null);
        if (counted) {
            note.setText(CountsNote.text(counts, storeCountries.current(), state.isRecordsComing(),
                    state.getRecordsWindow() != null && !window.covers(state.getRecordsWindow())));
        } else if (partial != null) {
            note.setText(partial);
        }
    }

    /**
     * Asks the store for the countries of the map's time, which its records do not cover (nothing when
     * that was asked last), and gives the latest answer on hand, null before the first.
     */
    private StoreCountries.Answer latestCounts(ViewState state, TimeWindow window) {
        storeCountries.ask(new StoreCountries.Question(state.getStore(), window, state.getFilter()));
        return storeCountries.of(state.getStore());
    }

    /** The frame of the events held: the window's totals moved to the graph's time, and the selection's events in it. */
    private MapFrame eventsFrame(TimeWindow window) {
        boolean windowWasMoved = windowMoved && data != null && window != null;
        if (windowWasMoved) {
            data.window().moveTo(window.start(), window.end());
            windowMoved = false;
        }
        if (selectionChanged) {
            selectionEvents = data == null ? new IntList() : selectionEvents();
            selectionChanged = false;
            windowWasMoved = true;
        }
        if (windowWasMoved) {
            selected = data == null || window == null ? new IntList() : inWindow(selectionEvents);
        }
        return data == null || window == null ? null : MapFrames.prepare(data.window(), request());
    }

    private MapRequest request() {
        MapViewport v = navigation.viewport();
        double w = navigation.width();
        double h = navigation.height();
        MapCamera camera = new MapCamera(v.mapX(0, w), -v.mapY(h, h), v.mapX(w, w), -v.mapY(0, h), v.scale());
        return new MapRequest(camera, BIN_PIXELS, data.shapes().anchors(), getSkinnable().getMaxFlows(), selected);
    }

    /**
     * Every event of the selection: one event by its position, anything else by a pass over the dataset's
     * events, once per change of selection, so that a scrub step afterwards costs the selection's events.
     */
    private IntList selectionEvents() {
        Selection selection = getSkinnable().getViewState().getSelection();
        IntList events = new IntList();
        Dataset dataset = data.indexed().dataset();
        if (selection instanceof Selection.OfEvent one) {
            int position = dataset.eventPosition(one.eventId());
            if (position >= 0) {
                events.add(position);
            }
        } else if (!(selection instanceof Selection.Nothing)) {
            for (int e = 0; e < dataset.events().size(); e++) {
                if (SelectionExtent.shows(selection, dataset.events().get(e))) {
                    events.add(e);
                }
            }
        }
        return events;
    }

    /** The events of a list that the window holds, as the window's own totals count them. */
    private IntList inWindow(IntList events) {
        IntList held = new IntList();
        for (int i = 0; i < events.size(); i++) {
            if (data.window().holds(events.get(i))) {
                held.add(events.get(i));
            }
        }
        return held;
    }

    /** Each atlas country's shade: by its events on a logarithmic ramp (a few countries hold most events), or by mean tone. */
    private static Color[] shades(MapFrame frame, MapCountries shapes, Atlas atlas, MapPalette palette,
                                  MapShading shading) {
        if (frame == null || shading == MapShading.NONE) {
            return null;
        }
        Color[] shades = new Color[atlas.countries().size()];
        int[] inAtlas = shapes.inAtlas(atlas);
        double most = Math.log1p(Math.max(1, frame.legend().maxEvents()));
        for (MapFrame.CountryValue value : frame.countries()) {
            int position = inAtlas[value.country()];
            if (position < 0) {
                continue;
            }
            if (shading == MapShading.EVENTS) {
                shades[position] = palette.shade(Math.log1p(value.events()) / most);
            } else if (!Double.isNaN(value.meanTone())) {
                shades[position] = palette.toneShade(value.meanTone());
            }
        }
        return shades;
    }

    /**
     * The busiest countries' names and counts, at their anchors, busiest first; then, with the flows drawn,
     * the countries the most visitors came from, when not named already, as "Peru \u2192 3". The
     * Office of the Historian's visits all lie in the United States: its map named only the host, and every
     * arc ran from an unnamed country.
     */
    private List<MapLabel> labels(MapFrame frame, MapCountries shapes, boolean flows) {
        if (frame == null) {
            return List.of();
        }
        List<MapFrame.CountryValue> busiest = new ArrayList<>(frame.countries());
        busiest.sort(Comparator.comparingInt(MapFrame.CountryValue::events).reversed());
        List<MapLabel> labels = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        CountryAnchors anchors = shapes.anchors();
        for (MapFrame.CountryValue value : busiest) {
            if (labels.size() == LABELS) {
                break;
            }
            if (anchors.has(value.country())) {
                named.add(value.country());
                labels.add(new MapLabel(anchors.x(value.country()), anchors.y(value.country()), 8,
                        countryName(shapes.code(value.country())) + " "
                                + String.format(Locale.ROOT, "%,d", value.events())));
            }
        }
        if (flows) {
            origins(frame, shapes, named, labels);
        }
        return labels;
    }

    /** Appends the busiest origins of directed flows not named already, at the flows' starts, up to {@link #LABELS} more. */
    private void origins(MapFrame frame, MapCountries shapes, Set<Integer> named, List<MapLabel> labels) {
        Map<Integer, Origin> origins = new HashMap<>();
        for (MapFrame.Flow flow : frame.flows()) {
            if (flow.directed() && !named.contains(flow.from())) {
                origins.merge(flow.from(), new Origin(flow.from(), flow.fromX(), flow.fromY(), flow.events()), Origin::plus);
            }
        }
        origins.values().stream().sorted(Comparator.comparingInt(Origin::events).reversed()).limit(LABELS)
                .forEach(o -> labels.add(new MapLabel(o.x(), o.y(), 4, countryName(shapes.code(o.country())) + " \u2192 "
                        + String.format(Locale.ROOT, "%,d", o.events()))));
    }

    /** A country flows start from, where they start, and how many events they carry in all. */
    private record Origin(int country, double x, double y, int events) {
        Origin plus(Origin other) {
            return new Origin(country, x, y, events + other.events);
        }
    }

    private String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    /** Ends any glide and draws at once, for a test that then reads the canvas. */
    void settle() {
        while (navigation.step(1)) {
            continue;
        }
        gliding = false;
        movedByHand = false;
        rest.stop();
        paint();
    }

    /** Draws a frame at once, as the next pulse would, for a test that then reads it. */
    void frameNow() {
        paint();
    }

    Canvas canvas() {
        return canvas;
    }

    /** How the land drawn last is carried to the view now: the identity once the view rests. */
    Affine landMove() {
        return landMove;
    }

    MapPicture picture() {
        return last;
    }

    MapData data() {
        return data;
    }

    // ---- for the input handler and the view ----

    void panBy(double dx, double dy) {
        navigation.panBy(dx, dy);
        movedByHand();
    }

    void zoomAt(double factor, double sx, double sy) {
        navigation.zoomAt(factor, sx, sy);
        movedByHand();
    }

    private void movedByHand() {
        movedByHand = true;
        rest.playFromStart();
        invalidate();
    }

    void zoomBy(double factor) {
        zoomAt(factor, navigation.width() / 2, navigation.height() / 2);
    }

    MapViewport viewport() {
        return navigation.isSized() ? navigation.viewport() : null;
    }

    void lookAt(MapViewport wanted) {
        navigation.lookAt(wanted);
        invalidate();
    }

    void showWorld() {
        if (navigation.isSized()) {
            navigation.glideTo(navigation.world());
            invalidate();
        }
    }

    /**
     * Glides to the box around every bin and marker of the time on show, or, drawn from a store's counts,
     * around the anchors of the countries counted; the world when there is none.
     */
    void fit() {
        if (!navigation.isSized()) {
            return;
        }
        MapFrame frame = counted || data == null || last == null || last.frame() == null ? null
                : MapFrames.prepare(data.window(), new MapRequest(
                        new MapCamera(-EqualEarth.MAX_X, -EqualEarth.MAX_Y, EqualEarth.MAX_X, EqualEarth.MAX_Y, 1),
                        BIN_PIXELS, data.shapes().anchors(), getSkinnable().getMaxFlows(), selected));
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        if (frame != null) {
            frame.bins().forEach(b -> extend(box, b.x(), b.y()));
            frame.markers().forEach(m -> extend(box, m.x(), m.y()));
        }
        if (counted && counts != null) {
            CountryAnchors anchors = counts.countries().anchors();
            counts.frame().countries().stream().filter(v -> anchors.has(v.country()))
                    .forEach(v -> extend(box, anchors.x(v.country()), anchors.y(v.country())));
        }
        navigation.glideTo(box[0] > box[2] ? navigation.world() : navigation.fitting(box[0], -box[3], box[2], -box[1]));
        invalidate();
    }

    private static void extend(double[] box, double x, double y) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
    }

    Optional<Point2D> locate(double lon, double lat) {
        if (last == null) {
            return Optional.empty();
        }
        return Optional.of(inView(last.screenX(EqualEarth.x(lon, lat)), last.screenY(EqualEarth.y(lat))));
    }

    Optional<Point2D> locateCountry(String code) {
        AtlasCountry country = last == null ? null : Atlas.coarse().country(code);
        return country == null ? Optional.empty()
                : Optional.of(inView(last.screenX(country.anchorX()), last.screenY(country.anchorY())));
    }

    /** A point of the canvases in the view's coordinates. */
    private Point2D inView(double x, double y) {
        return getSkinnable().sceneToLocal(canvas.localToScene(x, y));
    }

    void saveAsPng() {
        paint();
        PngExport.chooseAndSave(surface, "Save the map as PNG", "map.png", path -> { });
    }

    /** A click: a point selects its event, a bin or a country-level count lists its events, a country selects its state. */
    void click(double x, double y, double screenX, double screenY) {
        countryMenu.hide();
        MapHits.Hit hit = MapHits.at(last, x, y);
        ViewState state = getSkinnable().getViewState();
        if (counted && hit.country() != null) {
            clickCountry(hit.country(), screenX, screenY);
        }
        if (counted || data == null || hit.isNothing()) {
            return;
        }
        Dataset dataset = data.indexed().dataset();
        if (hit.bin() != null) {
            MapFrame.Bin bin = hit.bin();
            if (bin.isSingle()) {
                state.select(new Selection.OfEvent(dataset.events().get(bin.event()).id()));
            } else {
                IntList events = data.window().eventsIn(last.frame().level(), bin.cells(), LIST_LIMIT);
                EventListPopup.show(canvas, screenX, screenY, state, heading(bin.count(), "here"), events.toArray());
            }
        } else if (hit.marker() != null) {
            IntList events = new IntList();
            for (int country : hit.marker().countries()) {
                IntList at = data.window().eventsAt(country, true, Math.max(0, LIST_LIMIT - events.size()));
                for (int i = 0; i < at.size(); i++) {
                    events.add(at.get(i));
                }
            }
            EventListPopup.show(canvas, screenX, screenY, state, heading(hit.marker().events(),
                    "known only as in " + MapTooltips.names(hit.marker(), data, this::countryName)), events.toArray());
        } else if (hit.flow() != null) {
            MapFrame.Flow flow = hit.flow();
            String from = data.stateActor(data.countries().code(flow.from()));
            String to = data.stateActor(data.countries().code(flow.to()));
            if (from != null && to != null && !from.equals(to)) {
                state.select(new Selection.OfPair(from, to));
            }
        } else {
            clickCountry(hit.country(), screenX, screenY);
        }
    }

    /**
     * A country selects its state actor; without one, a menu offers to filter by the country or list its
     * events. Drawn from a store's counts, whose events are not held, the menu says how many there are
     * and that zooming in lists them.
     */
    private void clickCountry(AtlasCountry country, double screenX, double screenY) {
        ViewState state = getSkinnable().getViewState();
        String actor = data == null ? null : data.stateActor(country.code());
        if (actor != null) {
            state.select(new Selection.OfActor(actor));
            return;
        }
        if (country.code() == null) {
            return;
        }
        String name = countryName(country.code());
        MenuItem list;
        if (counted) {
            CountryRow row = counts == null ? null : counts.byCode().get(country.code());
            if (row == null) {
                return;
            }
            list = new MenuItem(String.format(Locale.ROOT, "List its events (%,d in this time: zoom in to fetch them)",
                    row.events()));
            list.setDisable(true);
        } else {
            int index = data == null ? -1 : data.countries().of(country.code());
            if (index < 0) {
                return;
            }
            IntList events = data.window().eventsAt(index, false, LIST_LIMIT);
            list = new MenuItem("List its events in this time (" + String.format(Locale.ROOT, "%,d", events.size()) + ")");
            list.setDisable(events.isEmpty());
            list.setOnAction(e -> EventListPopup.show(canvas, screenX, screenY, state, heading(events.size(), "in " + name),
                    events.toArray()));
        }
        MenuItem filter = new MenuItem("Filter by " + name);
        filter.setOnAction(e -> {
            Set<String> codes = new HashSet<>(state.getFilter().countries());
            codes.add(country.code());
            state.setFilter(state.getFilter().withCountries(codes));
        });
        countryMenu.getItems().setAll(filter, list);
        countryMenu.show(canvas, screenX, screenY);
    }

    private static String heading(int count, String where) {
        return String.format(Locale.ROOT, "%,d %s %s", count, count == 1 ? "event" : "events", where)
                + (count > LIST_LIMIT ? String.format(Locale.ROOT, " (the first %,d)", LIST_LIMIT) : "");
    }

    /** Hovering: a tooltip says what lies under the pointer, by kind. */
    void hover(double x, double y) {
        String text;
        if (Double.isNaN(x)) {
            text = null;
        } else if (counted) {
            text = MapTooltips.counted(MapHits.at(last, x, y), counts, data, this::countryName);
        } else {
            text = data == null ? null : MapTooltips.text(MapHits.at(last, x, y), last, data, this::countryName);
        }
        tooltip.setText(text == null ? "" : text);
        if (text == null && tooltipInstalled) {
            Tooltip.uninstall(canvas, tooltip);
        } else if (text != null && !tooltipInstalled) {
            Tooltip.install(canvas, tooltip);
        }
        tooltipInstalled = text != null;
    }

    ContextMenu countryMenu() {
        return countryMenu;
    }
}
