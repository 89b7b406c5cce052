package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.entente.detail.DetailView;
import org.entente.generate.GeneratedDatasets;
import org.entente.generate.GeneratorOptions;
import org.entente.index.IndexedDataset;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.store.EventStore;
import org.entente.store.MemoryStore;
import org.entente.store.PairRow;
import org.entente.work.Workers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The graph of a store's time that holds more events than the store fetches one by one, as a user meets
 * it: drawn from the store's pairs sharing most of that time's events, under a bar that says so, its nodes
 * and edges selectable, and a move of the cursor asking the pairs of the new time.
 */
@ExtendWith(ApplicationExtension.class)
class StoreGraphTest {
    /** The lens's limit here: far fewer than the store's events, so no year of it is fetched. */
    private static final int LIMIT = 100;
    private static final long DAY = 86_400_000L;
    private static IndexedDataset generated;

    private final ViewState state = new ViewState();
    /** Every window the graph asked the store's pairs of. */
    private final List<TimeWindow> asked = new CopyOnWriteArrayList<>();
    /** What the views threw on the FX thread. */
    private final List<Throwable> thrown = new CopyOnWriteArrayList<>();
    /** Opened to let the store answer the graph's pairs; answers at once unless a test holds it. */
    private volatile CountDownLatch answering = new CountDownLatch(0);
    private MemoryStore memory;
    private EventStore store;
    private ActorGraphView graph;

    @BeforeAll
    static void generate() throws IOException {
        generated = GeneratedDatasets.inMemory(new GeneratorOptions(4_000, 150, 11));
    }

    @Start
    void start(Stage stage) {
        memory = new MemoryStore(generated);
        store = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("pairs")) {
                        asked.add((TimeWindow) args[1]);
                        answering.await(20, TimeUnit.SECONDS);
                    }
                    try {
                        return method.invoke(memory, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        new StoreLens(state, Workers.single("test-records"), javafx.application.Platform::runLater, LIMIT);
        graph = new ActorGraphView(state);
        DetailView detail = new DetailView(state);
        detail.setPrefWidth(300);
        graph.setMinWidth(1000);
        HBox.setHgrow(graph, Priority.ALWAYS);
        Thread.currentThread().setUncaughtExceptionHandler((thread, failure) -> thrown.add(failure));
        stage.setScene(new Scene(new HBox(graph, detail), 1300, 700));
        stage.show();
    }

    /** Shows the store as the app opens one: its head holds its actors and none of its events. */
    private void showStore(FxRobot robot) throws TimeoutException {
        Dataset head = store.records(new TimeWindow(store.extent().minStart(), store.extent().maxEnd()), 0).dataset();
        robot.interact(() -> {
            state.show(store, head);
            state.setGraphTimeMode(GraphTimeMode.AROUND_CURSOR);
            state.setGraphSpan(GraphSpan.YEAR);
            state.setCursor(middle());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !state.isRecordsComing() && bar(robot).contains("counts")
                && !bar(robot).contains("coming"));
        // At rest, and fitted to the picture at rest rather than to the layout as it spread.
        robot.interact(() -> {
            skin().settle();
            graph.fit();
            skin().settle();
        });
    }

    private long middle() {
        return store.extent().minStart() + (store.extent().maxEnd() - store.extent().minStart()) / 2;
    }

    private GraphSkin skin() {
        return (GraphSkin) graph.getSkin();
    }

    private static String bar(FxRobot robot) {
        return robot.lookup(".graph-store-bar").tryQuery().filter(n -> n.isVisible())
                .map(n -> ((Label) n).getText()).orElse("");
    }

    private List<PairRow> topPairs(int n) {
        return memory.pairs(Filter.NONE, state.getGraphWindow(), n);
    }

    @Test
    void aYearOfTooManyEventsIsDrawnFromTheStoresTopPairs(FxRobot robot) throws Exception {
        showStore(robot);
        TimeWindow year = state.getGraphWindow();
        int events = memory.count(Filter.NONE, year);
        assertTrue(events > LIMIT, "the year holds " + events + " events, more than the records fetched");
        assertFalse(state.holdsRecordsOf(year));
        PairRow top = topPairs(1).get(0);
        assertTrue(graph.locateActor(top.first()).isPresent(), "the busiest pair's actors are drawn");
        for (PairRow pair : topPairs(10)) {
            assertNotNull(skin().locator().edge(pair.first(), pair.second()), "the edge of " + pair + " is drawn");
        }
        int pairs = topPairs(StorePairs.LIMIT).size();
        assertEquals(String.format(java.util.Locale.ROOT, "Drawn from the store's counts: the %,d pairs of actors sharing"
                + "%s this time's %,d events. Zoom in to see the events one by one", pairs,
                pairs < StorePairs.LIMIT ? "" : " most of", events), bar(robot));
        assertTrue(robot.lookup(".graph-placeholder").tryQuery().map(n -> !n.isVisible()).orElse(true),
                "nothing covers the graph");
        WritableImage image = GraphPicture.render(robot, graph, Path.of("target/test-pictures/store-graph.png"));
        Point2D at = graph.locateActor(top.first()).orElseThrow();
        Point2D inCanvas = robot.lookup(".graph-canvas").queryAs(Canvas.class).sceneToLocal(graph.localToScene(at));
        Color node = image.getPixelReader().getColor((int) inCanvas.getX(), (int) inCanvas.getY());
        Color background = image.getPixelReader().getColor(2, (int) image.getHeight() - 2);
        assertFalse(node.equals(background), "the node is painted: " + node);
    }

    @Test
    void nodesAreNamedAfterTheStoresActors(FxRobot robot) throws Exception {
        showStore(robot);
        PairRow top = topPairs(1).get(0);
        Actor first = generated.dataset().actor(top.first()).orElseThrow();
        String tip = skin().graph().describeActor(skin().graph().node(first.id()));
        assertTrue(tip.startsWith(first.name() + " (" + first.kind().id() + ")"), tip);
    }

    @Test
    void clickingANodeSelectsItsActorAndAnEdgeItsPairWithTheCountsInTheTooltip(FxRobot robot) throws Exception {
        showStore(robot);
        PairRow top = topPairs(1).get(0);
        robot.clickOn(graph.localToScreen(graph.locateActor(top.first()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Selection.actor(top.first()), state.getSelection());

        Canvas canvas = robot.lookup(".graph-canvas").queryAs(Canvas.class);
        robot.interact(() -> skin().settle());
        PairRow pair = topPairs(10).stream()
                .filter(p -> skin().locator().clearPointOnEdge(p.first(), p.second()).isPresent()).findFirst().orElseThrow();
        Point2D onEdge = skin().locator().clearPointOnEdge(pair.first(), pair.second()).orElseThrow();
        robot.moveTo(canvas.localToScreen(onEdge));
        WaitForAsyncUtils.waitForFxEvents();
        Tooltip tooltip = (Tooltip) canvas.getProperties().get("javafx.scene.control.Tooltip");
        assertNotNull(tooltip);
        assertTrue(tooltip.getText().contains(String.format(java.util.Locale.ROOT, "%,d shared events in this time",
                pair.events())), tooltip.getText());
        robot.clickOn(canvas.localToScreen(onEdge));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Selection.pair(pair.first(), pair.second()), state.getSelection());
        assertEquals(List.of(), thrown, "the details of what the graph selects show without a failure");
    }

    @Test
    void findingAnActorByNameSelectsIt(FxRobot robot) throws Exception {
        showStore(robot);
        Actor busiest = generated.dataset().actor(topPairs(1).get(0).first()).orElseThrow();
        robot.clickOn(".find-actor").write(busiest.name()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Selection.actor(busiest.id()), state.getSelection());
    }

    @Test
    void narrowedToFewEventsTheGraphShowsThemOneByOneAndWidenedAgainKeepsThatPictureUntilTheCountsCome(FxRobot robot) throws Exception {
        showStore(robot);
        robot.interact(() -> state.setGraphSpan(GraphSpan.MONTH));
        TimeWindow month = state.getGraphWindow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.holdsRecordsOf(month));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> skin().settle());
        assertEquals("", bar(robot), "no bar: the graph shows the month's events");
        assertEquals(null, graph.getCountedWindow());
        PairRow top = topPairs(1).get(0);
        assertTrue(graph.locateActor(top.first()).isPresent(), "the month's busiest actor is drawn from its events");
        assertTrue(skin().graph().describeActor(skin().graph().node(top.first())).contains("events in this time"));

        answering = new CountDownLatch(1);
        robot.interact(() -> state.setGraphSpan(GraphSpan.YEAR));
        TimeWindow year = state.getGraphWindow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked.contains(year));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> skin().settle());
        assertTrue(graph.locateActor(top.first()).isPresent(), "the month's picture stays while the year's pairs come");
        assertTrue(bar(robot).startsWith("Asking the store for the pairs"), bar(robot));
        assertTrue(robot.lookup(".graph-placeholder").tryQuery().map(n -> !n.isVisible()).orElse(true), "nothing covers it");
        answering.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> year.equals(graph.getCountedWindow()));
    }

    @Test
    void movingTheCursorAsksThePairsOfTheNewTimeAndKeepsThePictureUntilTheyCome(FxRobot robot) throws Exception {
        showStore(robot);
        PairRow before = topPairs(1).get(0);
        TimeWindow earlier = state.getGraphWindow();
        answering = new CountDownLatch(1);
        robot.interact(() -> state.setCursor(middle() + 400 * DAY));
        TimeWindow later = state.getGraphWindow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> asked.contains(later));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar(robot).endsWith("finer data coming\u2026"), bar(robot));
        robot.interact(() -> skin().settle());
        assertEquals(earlier, graph.getCountedWindow(), "the picture before stays meanwhile");
        assertTrue(graph.locateActor(before.first()).isPresent());
        answering.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bar(robot).contains("coming"));
        robot.interact(() -> skin().settle());
        PairRow after = topPairs(1).get(0);
        assertTrue(graph.locateActor(after.first()).isPresent() && graph.locateActor(after.second()).isPresent(),
                "the new time's busiest pair is drawn");
        assertEquals(later, graph.getCountedWindow());
    }
}
