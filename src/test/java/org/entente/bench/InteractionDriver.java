package org.entente.bench;

import impl.org.controlsfx.skin.AutoCompletePopup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.app.EntenteApp;
import org.entente.detail.DetailView;
import org.entente.graph.ActorGraphView;
import org.entente.lanes.LaneMode;
import org.entente.model.Event;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.entente.timeline.TimelineView;

/**
 * Runs in a JVM of its own, started by {@link InteractionBench}: opens the real app headless on a
 * dataset, injects each interaction into its stage a number of times after a warm-up, and prints one
 * line per figure, {@code latency.NAME=MEDIAN P95 COUNT} in milliseconds, and one with every input's
 * time, {@code samples.NAME=...}, so that runs can be pooled. Between two inputs it waits until no canvas
 * has been drawn on for a while (at most {@value #SETTLE_LIMIT_MILLIS} ms), the graph's edges rasterised
 * in the background have been drawn and the render thread has finished the last frame, so each input
 * meets an app at rest. Its arguments: the dataset (a file or a store),
 * its number of events, the warm-ups, the inputs, and optionally the interactions to time, such as
 * {@code click,search} (all five when left out; {@code mapscrub} and {@code mapzoom} time the map, shown
 * with {@code -Dentente.views=map} or {@code both}; {@code graphyear}, {@code graphscrub} and
 * {@code graphforward} time the graph of a store drawn from its counted pairs, see {@link #graphYear};
 * {@code dayrecords} a store's day fetched one event at a time, see {@link #dayRecords}, and
 * {@code dayrecordsall} until all of them, past a first page, are shown; {@code daynear} a day's
 * neighbour whose records are held, the screen's part alone, see {@link #dayNear}).
 */
public final class InteractionDriver {
    private static final long QUIET_MILLIS = 150;
    private static final long SETTLE_LIMIT_MILLIS = 8_000;
    private static final double DRAG_STEP = 20;

    private final int warmups;
    private final int repeats;
    private Scene scene;
    private ViewState state;
    private TimelineView timeline;
    private Canvas timelineCanvas;
    private List<Canvas> timelineDrawing;
    private List<Canvas> canvases;
    private Node detail;
    private TextField search;
    private PulseWatch watch;
    private Canvas mapCanvas;
    private ActorGraphView graph;

    private InteractionDriver(int warmups, int repeats) {
        this.warmups = warmups;
        this.repeats = repeats;
    }

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of(args[0]);
        int events = Integer.parseInt(args[1]);
        InteractionDriver driver = new InteractionDriver(Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        Thread app = new Thread(() -> Application.launch(EntenteApp.class, dataset.toString()), "entente-app");
        app.setDaemon(true);
        app.start();
        driver.attach(events);
        Set<String> only = args.length > 4 ? Set.of(args[4].split(",")) : Set.of("zoom", "pan", "scrub", "click", "search");
        if (only.contains("zoom")) {
            driver.report("zoom", driver.zoom());
        }
        if (only.contains("pan")) {
            driver.report("pan", driver.repeat(driver::pan));
        }
        if (only.contains("scrub")) {
            driver.report("scrub", driver.repeat(driver::scrub));
        }
        if (only.contains("click")) {
            driver.report("click", driver.clicks());
        }
        if (only.contains("search")) {
            driver.report("search", driver.repeat(driver::keystroke));
        }
        if (only.contains("mapscrub")) {
            driver.report("mapscrub", driver.repeat(driver::mapScrub));
        }
        if (only.contains("mapzoom")) {
            driver.report("mapzoom", driver.repeat(driver::mapZoom));
        }
        if (only.contains("dayrecords")) {
            driver.report("dayrecords", driver.repeat(driver::dayRecords));
        }
        if (only.contains("dayrecordsall")) {
            driver.report("dayrecordsall", driver.repeat(driver::dayRecordsAll));
        }
        if (only.contains("daynear")) {
            driver.report("daynear", driver.repeat(driver::dayNear));
        }
        if (only.contains("graphyear") || only.contains("graphscrub") || only.contains("graphforward")) {
            driver.showFourYears();
        }
        if (only.contains("graphyear")) {
            driver.report("graphyear", driver.repeat(driver::graphYear));
        }
        if (only.contains("graphscrub")) {
            driver.report("graphscrub", driver.repeat(driver::graphScrub));
        }
        if (only.contains("graphforward")) {
            driver.report("graphforward", driver.repeat(driver::graphForward));
        }
        Platform.exit();
        System.exit(0);
    }

    /** Waits for the window to show the dataset of {@code events} events, then finds the views in it. */
    private void attach(int events) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            Optional<Scene> shown = appScene();
            if (shown.isPresent() && HeadlessToolkit.call(() -> loaded(shown.get(), events))) {
                HeadlessToolkit.call(() -> {
                    findViews(shown.get());
                    return null;
                });
                settle();
                return;
            }
        }
        throw new IllegalStateException("the app did not open the dataset");
    }

    private static Optional<Scene> appScene() {
        try {
            return HeadlessToolkit.call(() -> Window.getWindows().stream().filter(Stage.class::isInstance)
                    .map(Window::getScene).filter(s -> s != null && s.lookup(".timeline-view") != null).findFirst());
        } catch (IllegalStateException toolkitNotStarted) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static boolean loaded(Scene scene, int events) {
        TimelineView timeline = (TimelineView) scene.lookup(".timeline-view");
        ViewState state = timeline.getViewState();
        if (state.getStore() != null) {
            // A store: its events stay in it, and it is open once the timeline has drawn its counts.
            return state.getStore().extent().events() == events && timeline.isStoreCountsDrawn();
        }
        return state.getDataset() != null && state.getDataset().dataset().events().size() == events;
    }

    private void findViews(Scene shown) {
        scene = shown;
        Stage stage = (Stage) scene.getWindow();
        stage.setWidth(1600);
        stage.setHeight(1000);
        timeline = (TimelineView) scene.lookup(".timeline-view");
        state = timeline.getViewState();
        timelineCanvas = (Canvas) timeline.lookup(".timeline-canvas");
        timelineDrawing = List.of(timelineCanvas);
        canvases = new ArrayList<>(timelineDrawing);
        String views = System.getProperty("entente.views");
        if (views != null) {
            ((ButtonBase) scene.lookup(".view-choice-" + views)).fire();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        for (String view : List.of(".actor-graph-view", ".map-view")) {
            if (scene.lookup(view) != null) {
                canvases.addAll(descendants(scene.lookup(view), Canvas.class));
            }
        }
        mapCanvas = (Canvas) scene.lookup(".map-canvas");
        graph = (ActorGraphView) scene.lookup(".actor-graph-view");
        detail = descendants(scene.getRoot(), DetailView.class).get(0);
        search = (TextField) scene.lookup(".search-box");
        watch = new PulseWatch(scene);
    }

    private interface Interaction {
        PulseWatch.Sample once(int index) throws InterruptedException;
    }

    private PulseWatch.Sample[] repeat(Interaction interaction) throws InterruptedException {
        PulseWatch.Sample[] samples = new PulseWatch.Sample[repeats];
        for (int i = 0; i < warmups + repeats; i++) {
            PulseWatch.Sample sample = interaction.once(i);
            if (i >= warmups) {
                samples[i - warmups] = sample;
            }
            settle();
        }
        return samples;
    }

    /** A wheel notch on the middle of the timeline, in and out by turns; also how long until the picture is still. */
    private PulseWatch.Sample[] zoom() throws InterruptedException {
        PulseWatch.Sample[] first = new PulseWatch.Sample[repeats];
        double[] still = new double[repeats];
        for (int i = 0; i < warmups + repeats; i++) {
            int notch = i;
            double x = fx(() -> timelineCanvas.getWidth() / 2);
            double y = fx(() -> timelineCanvas.getHeight() / 2);
            BooleanSupplier shown = fx(() -> watch.repaintAfter(state.windowProperty(), timelineDrawing));
            PulseWatch.Sample sample = watch.measure(
                    () -> SyntheticInput.wheel(timelineCanvas, x, y, notch % 2 == 0 ? 40 : -40), shown);
            double stillMillis = watch.stillAfter(sample.injected(), canvases, QUIET_MILLIS * 2, SETTLE_LIMIT_MILLIS);
            // The graph's last edges may still be rasterised in the background, and drawn once they are.
            watch.awaitEdgeRaster();
            stillMillis = Math.max(stillMillis, watch.stillAfter(sample.injected(), canvases, QUIET_MILLIS, SETTLE_LIMIT_MILLIS));
            watch.awaitRenderer();
            if (i >= warmups) {
                first[i - warmups] = sample;
                still[i - warmups] = stillMillis;
            }
        }
        report("zoom-still", still);
        return first;
    }

    /** One step of a drag across the lanes, after the drag has started; left and right by turns. */
    private PulseWatch.Sample pan(int index) throws InterruptedException {
        return dragStep(() -> timelineCanvas.getHeight() / 2, index % 2 == 0 ? DRAG_STEP : -DRAG_STEP,
                () -> watch.repaintAfter(state.windowProperty(), timelineDrawing));
    }

    /** One step of the cursor dragged along the axis, after the drag has started; right and left by turns. */
    private PulseWatch.Sample scrub(int index) throws InterruptedException {
        return dragStep(() -> 20.0, index % 2 == 0 ? DRAG_STEP : -DRAG_STEP,
                // The cursor is a shape over the canvas: a scrub step moves it and redraws nothing else.
                () -> watch.movedAfter(state.cursorProperty(), (Line) timeline.lookup(".timeline-cursor")));
    }

    private PulseWatch.Sample dragStep(DoubleSupplier height, double step,
                                       Supplier<BooleanSupplier> shownWhen) throws InterruptedException {
        double x = fx(() -> timelineCanvas.getWidth() / 2);
        double y = fx(height::getAsDouble);
        fx(() -> {
            SyntheticInput.press(timelineCanvas, x, y);
            SyntheticInput.drag(timelineCanvas, x + Math.signum(step) * 5, y);
            return null;
        });
        settle();
        BooleanSupplier shown = fx(shownWhen::get);
        PulseWatch.Sample sample = watch.measure(() -> SyntheticInput.drag(timelineCanvas, x + step, y), shown);
        fx(() -> {
            SyntheticInput.release(timelineCanvas, x + step, y);
            return null;
        });
        return sample;
    }

    /**
     * One step of the cursor dragged along the axis with the map on show (run with -Dentente.views=map or
     * both), until the map has drawn the graph's new window: the map's own answer to a scrub.
     */
    private PulseWatch.Sample mapScrub(int index) throws InterruptedException {
        return dragStep(() -> 20.0, index % 2 == 0 ? DRAG_STEP : -DRAG_STEP,
                () -> watch.repaintAfter(state.graphWindowProperty(), List.of(mapCanvas)));
    }

    /** A wheel notch on the middle of the map, in and out by turns, until the map has drawn it. */
    private PulseWatch.Sample mapZoom(int index) throws InterruptedException {
        double x = fx(() -> mapCanvas.getWidth() / 2);
        double y = fx(() -> mapCanvas.getHeight() / 2);
        // The map keeps its viewport to itself: the input marks its own moment for the watch.
        BooleanProperty injected = new SimpleBooleanProperty();
        BooleanSupplier shown = fx(() -> watch.repaintAfter(injected, List.of(mapCanvas)));
        return watch.measure(() -> {
            injected.set(true);
            SyntheticInput.wheel(mapCanvas, x, y, index % 2 == 0 ? 40 : -40);
        }, shown);
    }

    /**
     * The view set to a day at one of ten places through a store's time, by turns (as {@code RecordsBench}
     * places them), until the first frame whose dataset holds the day's events one by one: the store's answer
     * read, indexed and drawn. Each day is new to the store, as no day is asked twice ({@link #dayAt}).
     */
    private PulseWatch.Sample dayRecords(int index) throws InterruptedException {
        TimeWindow window = dayAt(index);
        return watch.measure(() -> state.setWindow(window), () -> state.holdsRecordsOf(window));
    }

    /** As {@link #dayRecords}, until the frame that shows every one of the day's events, not a first page of them. */
    private PulseWatch.Sample dayRecordsAll(int index) throws InterruptedException {
        TimeWindow window = dayAt(index);
        return watch.measure(() -> state.setWindow(window), () -> holdsAllOf(window));
    }

    /** Whether the lens holds every one of the window's events it fetches, not a first page of them. */
    private boolean holdsAllOf(TimeWindow window) {
        return state.holdsRecordsOf(window) && !state.getRecordsCover().isFirstPage();
    }

    /**
     * As {@link #dayRecords}, but to a window a quarter of a day past one whose records, and those around
     * them, the lens already holds: no question reaches the store, so this is what showing a day's events
     * costs the screen alone, the floor under {@code dayrecords}.
     */
    private PulseWatch.Sample dayNear(int index) throws InterruptedException {
        TimeWindow day = dayAt(index);
        fx(() -> {
            state.setWindow(day);
            return null;
        });
        for (int wait = 0; !fx(() -> holdsAllOf(day)); wait++) {
            if (wait == 300) {
                throw new IllegalStateException("the day's records did not come within 6 s: " + day);
            }
            Thread.sleep(20);
        }
        // The surroundings are asked a quarter of a second after the day is shown.
        Thread.sleep(2_000);
        settle();
        long quarter = 86_400_000L / 4;
        TimeWindow near = new TimeWindow(day.start() + quarter, day.end() + quarter);
        boolean[] heldAtOnce = new boolean[1];
        PulseWatch.Sample sample = watch.measure(() -> {
            state.setWindow(near);
            heldAtOnce[0] = state.holdsRecordsOf(near);
        }, () -> state.holdsRecordsOf(near));
        // Else the figure would hold the store's answer, not the screen's part alone.
        if (!heldAtOnce[0]) {
            throw new IllegalStateException("the records around the day were not kept aside: " + day);
        }
        return sample;
    }

    /**
     * A day of the store at one of ten places spread over its time, a third of a day past midnight, each place
     * 37 days further on at each turn: no day is asked twice, so that none is in the engine's caches and a
     * long run (many warm-ups, so that the JIT compiler has done its work) times what a new day costs.
     */
    private TimeWindow dayAt(int index) throws InterruptedException {
        long day = 86_400_000L;
        return fx(() -> {
            long from = state.getStore().extent().minStart();
            long span = state.getStore().extent().maxEnd() - from;
            long start = from + span / 11 * (index % 10 + 1) + index / 10 * 37 * day + day / 3;
            return new TimeWindow(start, start + day);
        });
    }

    /**
     * Four years of a store around the middle of its time in the timeline, the graph showing the year
     * around the cursor (a quarter of the view), and the cursor in the middle: the graph's year is drawn
     * from the store's counted pairs when its records do not cover it. Prints how many events the year holds.
     * With {@code -Dentente.graphyears=N} the graph's time is N years instead, in a view of 4N.
     */
    private void showFourYears() throws InterruptedException {
        long year = graphYears() * 365L * 86_400_000L;
        fx(() -> {
            long middle = state.getStore().extent().minStart()
                    + (state.getStore().extent().maxEnd() - state.getStore().extent().minStart()) / 2;
            state.setGraphTimeMode(GraphTimeMode.AROUND_CURSOR);
            state.setGraphSpan(GraphSpan.FOLLOW_ZOOM);
            state.setWindow(new TimeWindow(middle - 2 * year, middle + 2 * year));
            state.setCursor(middle - year / 2);
            return null;
        });
        for (int wait = 0; wait < 600 && !fx(this::graphShowsItsTime); wait++) {
            Thread.sleep(100);
        }
        settle();
        System.out.printf(Locale.ROOT, "graph.year=%s events=%d counted=%s%n", fx(state::getGraphWindow),
                fx(() -> state.getStore().count(Filter.NONE, state.getGraphWindow())), fx(graph::getCountedWindow));
    }

    private static long graphYears() {
        return Long.getLong("entente.graphyears", 1);
    }

    /** Whether the graph's last frame drew the store's pairs of the graph's time now. */
    private boolean graphShowsItsTime() {
        return state.getGraphWindow().equals(graph.getCountedWindow());
    }

    /**
     * The graph's year moved on by a year, back and forth (the cursor a year apart in a view of four), until
     * the frame that draws the store's pairs of the new year: the store asked in the background, its answer
     * laid out and drawn.
     */
    private PulseWatch.Sample graphYear(int index) throws InterruptedException {
        long year = graphYears() * 365L * 86_400_000L;
        long cursor = fx(state::getCursor) + (index % 2 == 0 ? year : -year);
        return watch.measure(() -> state.setCursor(cursor), this::graphShowsItsTime);
    }

    /** One step of the cursor dragged along the axis, right and left by turns, until the graph draws the store's pairs of its new time. */
    private PulseWatch.Sample graphScrub(int index) throws InterruptedException {
        return dragStep(() -> 20.0, index % 2 == 0 ? DRAG_STEP : -DRAG_STEP, () -> this::graphShowsItsTime);
    }

    /**
     * One step of the cursor dragged along the axis, always to the right, until the graph draws the store's
     * pairs of its new time: a scrub through time, which passes the years its first pairs were chosen for.
     */
    private PulseWatch.Sample graphForward(int index) throws InterruptedException {
        return dragStep(() -> 20.0, DRAG_STEP, () -> this::graphShowsItsTime);
    }

    /** A click on an event drawn on its own, two events by turns, until the detail pane shows its title. */
    private PulseWatch.Sample[] clicks() throws InterruptedException {
        List<Event> targets = zoomToTwoEvents();
        return repeat(index -> {
            Event event = targets.get(index % 2);
            Point2D at = fx(() -> timeline.locate(event.id()).map(p -> timelineCanvas.sceneToLocal(timeline.localToScene(p))).orElseThrow());
            return watch.measure(() -> {
                SyntheticInput.press(timelineCanvas, at.getX(), at.getY());
                SyntheticInput.release(timelineCanvas, at.getX(), at.getY());
            }, () -> shows(detail, event.title()));
        });
    }

    /**
     * Zooms the timeline in on the middle of the data until two events with titles of their own are drawn
     * apart. Where a day holds too many events to draw one by one (a million events over thirty years,
     * long ones among them), the single lane draws density, so after a few tries the lanes go by actor,
     * whose rows draw an actor's events of the day one by one, as a user would do.
     */
    private List<Event> zoomToTwoEvents() throws InterruptedException {
        List<Event> all = fx(() -> state.getDataset().dataset().events());
        int tries = 0;
        for (int from = all.size() / 2; from < all.size(); from += 97) {
            if (++tries == 5) {
                fx(() -> {
                    timeline.setLaneMode(LaneMode.ACTOR);
                    return null;
                });
            }
            Event a = all.get(from);
            long start = a.when().start();
            fx(() -> {
                state.setWindow(new TimeWindow(start - 43_200_000L, start + 43_200_000L));
                return null;
            });
            settle();
            List<Event> drawn = fx(() -> all.stream().filter(e -> e.when().start() >= start - 43_200_000L
                            && e.when().start() <= start + 43_200_000L)
                    .filter(e -> timeline.locate(e.id()).isPresent()).limit(20).toList());
            for (Event first : drawn) {
                for (Event second : drawn) {
                    if (!first.title().equals(second.title()) && !second.title().contains(first.title())
                            && !first.title().contains(second.title())) {
                        return List.of(first, second);
                    }
                }
            }
        }
        throw new IllegalStateException("no two events drawn apart to click");
    }

    private static boolean shows(Node root, String text) {
        for (Node node : descendants(root, Node.class)) {
            String shown = node instanceof Labeled label ? label.getText() : node instanceof Text t ? t.getText() : null;
            if (shown != null && shown.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** One letter typed after "t", the suggestions for "t" hidden, until the suggestions for "th" show. */
    private PulseWatch.Sample keystroke(int index) throws InterruptedException {
        fx(() -> {
            search.requestFocus();
            search.setText("t");
            search.end();
            return null;
        });
        for (int wait = 0; wait < 150 && fx(() -> suggestions().isEmpty()); wait++) {
            Thread.sleep(20);
        }
        fx(() -> {
            suggestions().ifPresent(Window::hide);
            return null;
        });
        settle();
        PulseWatch.Sample sample = watch.measure(() -> SyntheticInput.type(search, "h"),
                () -> suggestions().filter(popup -> !popup.getSuggestions().isEmpty()).isPresent());
        fx(() -> {
            suggestions().ifPresent(Window::hide);
            search.clear();
            return null;
        });
        return sample;
    }

    private static Optional<AutoCompletePopup<?>> suggestions() {
        return Window.getWindows().stream().filter(w -> w instanceof AutoCompletePopup<?> && w.isShowing())
                .<AutoCompletePopup<?>>map(w -> (AutoCompletePopup<?>) w).findFirst();
    }

    private void settle() throws InterruptedException {
        watch.stillAfter(System.nanoTime(), canvases, QUIET_MILLIS, SETTLE_LIMIT_MILLIS);
        watch.awaitEdgeRaster();
        watch.stillAfter(System.nanoTime(), canvases, QUIET_MILLIS, SETTLE_LIMIT_MILLIS);
        watch.awaitRenderer();
    }

    private static <T extends Node> List<T> descendants(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        List<Node> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Node node = todo.remove(todo.size() - 1);
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
            if (node instanceof Parent parent) {
                todo.addAll(parent.getChildrenUnmodifiable());
            }
        }
        return found;
    }

    private static <T> T fx(Supplier<T> work) throws InterruptedException {
        return HeadlessToolkit.call(work);
    }

    /**
     * Prints the figure, and the median of each part of the answers ({@link PulseWatch.Sample#parts()}):
     * {@code parts.NAME=HANDLERS UNTIL-LAYOUT LAYOUT RENDER}, and the parts of the three slowest answers.
     */
    private void report(String name, PulseWatch.Sample[] samples) {
        report(name, Arrays.stream(samples).mapToDouble(PulseWatch.Sample::millis).toArray());
        double[] medians = new double[4];
        for (int part = 0; part < medians.length; part++) {
            int p = part;
            double[] sorted = Arrays.stream(samples).mapToDouble(sample -> sample.parts()[p]).sorted().toArray();
            medians[part] = sorted[sorted.length / 2];
        }
        System.out.printf(Locale.ROOT, "parts.%s=%.1f %.1f %.1f %.1f%n", name, medians[0], medians[1], medians[2], medians[3]);
        System.out.printf(Locale.ROOT, "slowest.%s=%s%n", name, Arrays.stream(samples)
                .sorted(Comparator.comparingDouble(PulseWatch.Sample::millis).reversed()).limit(3)
                .map(sample -> Arrays.stream(sample.parts()).mapToObj(p -> String.format(Locale.ROOT, "%.1f", p))
                        .collect(Collectors.joining("/")))
                .collect(Collectors.joining(" ")));
    }

    private void report(String name, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
        System.out.printf(Locale.ROOT, "latency.%s=%.3f %.3f %d%n", name, median, p95, sorted.length);
        System.out.printf(Locale.ROOT, "samples.%s=%s%n", name, Arrays.stream(millis).mapToObj(m -> String.format(Locale.ROOT, "%.1f", m))
                .collect(Collectors.joining(" ")));
    }
}
