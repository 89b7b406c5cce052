package org.entente.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.network.GraphLimits;
import org.entente.network.GraphScene;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.network.PairIndex;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.seed.Seed;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The actor graph as a user meets it on the seed dataset: what it draws, and clicks, double-clicks and drags. */
@ExtendWith(ApplicationExtension.class)
class ActorGraphViewTest {
    private static final long DAY = 86_400_000L;
    private static final List<String> LEADERS =
            List.of("kim-jong-un", "xi-jinping", "vladimir-putin", "li-qiang", "dmitry-medvedev");

    private final ViewState state = new ViewState();
    private ActorGraphView graph;

    @Start
    void start(Stage stage) {
        graph = new ActorGraphView(state);
        stage.setScene(new Scene(graph, 1100, 720));
        stage.sizeToScene();
        stage.show();
    }

    /** The seed dataset as of 10 October 2025: the cursor there, the graph showing three months either side. */
    @BeforeEach
    void showSeedAsOfOctoberTenth(FxRobot robot) throws IOException {
        Dataset seed = Seed.load();
        robot.interact(() -> {
            state.show(IndexedDataset.of(seed));
            state.setCursor(LocalDate.of(2025, 10, 10).toEpochDay() * DAY + DAY / 2);
            graph.setTimeMode(GraphTimeMode.AROUND_CURSOR);
            graph.setSpan(GraphSpan.QUARTER);
            skin().settle();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> skin().settle());
    }

    private GraphSkin skin() {
        return (GraphSkin) graph.getSkin();
    }

    private Point2D onScreen(FxRobot robot, double x, double y) {
        Canvas canvas = robot.lookup(".graph-canvas").queryAs(Canvas.class);
        return canvas.localToScreen(x, y);
    }

    private WritableImage render(FxRobot robot, Path png) throws IOException {
        return GraphPicture.render(robot, graph, png);
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.1 && Math.abs(a.getGreen() - b.getGreen()) < 0.1
                && Math.abs(a.getBlue() - b.getBlue()) < 0.1;
    }

    @Test
    void byDefaultTheGraphFollowsTheCursorSoScrubbingChangesIt(FxRobot robot) {
        ActorGraphView fresh = new ActorGraphView(new ViewState());
        assertEquals(GraphTimeMode.AROUND_CURSOR, fresh.getTimeMode());
        assertEquals(GraphSpan.FOLLOW_ZOOM, fresh.getSpan());

        robot.interact(() -> {
            graph.setSpan(GraphSpan.FOLLOW_ZOOM);
            state.setWindow(new TimeWindow(LocalDate.of(2025, 1, 1).toEpochDay() * DAY, LocalDate.of(2026, 1, 1).toEpochDay() * DAY));
            state.setCursor(LocalDate.of(2025, 9, 5).toEpochDay() * DAY);
            skin().settle();
        });
        assertTrue(graph.locateActor("jpn").isPresent(), "Japan, at the Beijing parade of 3 September, is in the graph");
        robot.interact(() -> {
            state.setCursor(LocalDate.of(2025, 12, 20).toEpochDay() * DAY);
            skin().settle();
        });
        assertFalse(graph.locateActor("jpn").isPresent(), "three months on, the parade is out of the graph's time");
    }

    @Test
    void panningTheTimelineAroundAStillCursorLeavesTheGraphAsItIs(FxRobot robot) {
        long cursor = state.getCursor();
        int before = skin().graph().sceneVersion();
        TimeWindow graphWindow = state.getGraphWindow();
        robot.interact(() -> {
            TimeWindow w = state.getWindow();
            state.setWindow(new TimeWindow(w.start() + w.span() / 10, w.end() + w.span() / 10));
            skin().settle();
        });
        assertEquals(cursor, state.getCursor());
        assertEquals(before, skin().graph().sceneVersion(), "the same time, the same scene: nothing is built again");
        assertSame(graphWindow, state.getGraphWindow(), "and the other views hear of no change of the graph's time");

        robot.interact(() -> {
            state.setCursor(cursor + 7 * DAY);
            skin().settle();
        });
        assertNotEquals(before, skin().graph().sceneVersion(), "a step of the cursor moves the graph's time");
    }

    private String mostConnected(FxRobot robot) {
        return robot.lookup(".top-actor").queryAllAs(Hyperlink.class).stream().map(Hyperlink::getText)
                .reduce("", (a, b) -> a + "|" + b);
    }

    @Test
    void theMostConnectedListDocksBesideTheGraphAndNeverCoversIt(FxRobot robot) throws TimeoutException {
        Node list = robot.lookup(".top-actors").query();
        Canvas canvas = robot.lookup(".graph-canvas").queryAs(Canvas.class);
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, list::isVisible);
        double canvasRight = canvas.localToScene(canvas.getBoundsInLocal()).getMaxX();
        assertTrue(list.localToScene(list.getBoundsInLocal()).getMinX() >= canvasRight,
                "the list starts right of the canvas, at " + canvasRight);
    }

    @Test
    void theMostConnectedListKeepsUpWhileTheCursorMovesNotOnlyWhenItStops(FxRobot robot) throws InterruptedException {
        robot.interact(() -> {
            graph.setSpan(GraphSpan.MONTH);
            state.setCursor(LocalDate.of(2025, 1, 15).toEpochDay() * DAY);
        });
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        String before = mostConnected(robot);
        boolean changedWhileMoving = false;
        for (int step = 1; step <= 30 && !changedWhileMoving; step++) {
            long cursor = LocalDate.of(2025, 1, 15).plusDays(9L * step).toEpochDay() * DAY;
            robot.interact(() -> state.setCursor(cursor));
            Thread.sleep(60);
            changedWhileMoving = !mostConnected(robot).equals(before);
        }
        assertTrue(changedWhileMoving, "the list changed while the cursor was still moving: " + before);
    }

    @Test
    void atMostSoManyActorsShowTheSelectionAlwaysAmongThemAndOneClickShowsAll(FxRobot robot) {
        robot.interact(() -> {
            graph.setLimits(GraphLimits.DEFAULT.withMaxActors(3));
            skin().settle();
        });
        long shown = LEADERS.stream().filter(id -> graph.locateActor(id).isPresent()).count();
        assertTrue(shown <= 3, "at most three of the leaders among three actors: " + shown);
        assertFalse(graph.locateActor("dmitry-medvedev").isPresent(), "Medvedev is not among the three busiest");
        Hyperlink showAll = robot.lookup(".graph-show-all").queryAs(Hyperlink.class);
        assertTrue(showAll.isVisible(), "the graph says some are left out");

        robot.interact(() -> {
            state.select(Selection.actor("dmitry-medvedev"));
            skin().settle();
        });
        assertTrue(graph.locateActor("dmitry-medvedev").isPresent(), "the selected actor shows whatever the limit");

        robot.clickOn(showAll);
        robot.interact(() -> skin().settle());
        assertEquals(Integer.MAX_VALUE, graph.getLimits().maxActors());
        assertTrue(LEADERS.stream().allMatch(id -> graph.locateActor(id).isPresent()), "every leader shows again");
        assertFalse(showAll.isVisible());
    }

    @Test
    void whenTheFilterLeavesNoEventTheGraphSaysItsTiesAreRelationsAndCanHideThem(FxRobot robot) {
        robot.interact(() -> {
            graph.setTimeMode(GraphTimeMode.UP_TO_CURSOR);
            state.setFilter(Filter.NONE.withEventKinds(Set.of("no-such-kind")));
            skin().settle();
        });
        Node note = robot.lookup(".graph-relations-note").query();
        assertTrue(note.isVisible(), "the graph says why ties show");
        assertTrue(robot.from(note).lookup(".label").queryAs(Label.class).getText().contains("explicit relations"));

        robot.clickOn(robot.from(note).lookup(".hyperlink").queryAs(Hyperlink.class));
        robot.interact(() -> skin().settle());
        assertFalse(graph.getLimits().relations());
        assertFalse(note.isVisible());
        Label placeholder = robot.lookup(".graph-placeholder").queryAs(Label.class);
        assertTrue(placeholder.isVisible());
        assertEquals("No event matches the filter in this time", placeholder.getText());
    }

    /** A graph shown as fitted is fitted again when its pane narrows; one the user zoomed stays as it was. */
    @Test
    void aFittedGraphIsFittedAgainWhenItsPaneNarrowsAndAZoomedOneIsLeftAlone(FxRobot robot) {
        Canvas canvas = robot.lookup(".graph-canvas").queryAs(Canvas.class);
        double fittedWide = skin().viewport().scale();
        resize(robot, 460);
        assertTrue(skin().viewport().scale() < fittedWide * 0.7, "fitted again, smaller: " + skin().viewport());
        for (String leader : LEADERS) {
            Point2D at = graph.locateActor(leader).orElseThrow();
            assertTrue(at.getX() > 0 && at.getX() < canvas.getWidth(), leader + " is within the canvas: " + at);
        }

        robot.interact(() -> skin().zoom(2, canvas.getWidth() / 2, canvas.getHeight() / 2));
        double zoomed = skin().viewport().scale();
        resize(robot, 1100);
        assertEquals(zoomed, skin().viewport().scale(), 1e-9, "the user's zoom is kept");
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> {
            graph.getScene().getWindow().setWidth(width);
            graph.getScene().getRoot().layout();
            skin().settle();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A dataset without actors (TimelineJS has none) is said to have none, and the graph keeps no room for a list of them. */
    @Test
    void aDatasetThatNamesNoActorsIsSaidToHaveNoneAndTheGraphTakesTheWholeWidth(FxRobot robot) throws IOException {
        Dataset seed = Seed.load();
        Dataset actorless = new Dataset("Dates only", null, seed.sources(), List.of(),
                seed.events().stream().map(e -> new Event(e.id(), e.title(), e.when(), e.kind(), e.summary(), e.location(),
                        List.of(), e.tone(), e.codes(), e.tags(), e.citations(), e.extras())).toList(),
                List.of(), seed.periods(), seed.extras());
        robot.interact(() -> {
            state.show(IndexedDataset.of(actorless));
            skin().settle();
        });
        Label placeholder = robot.lookup(".graph-placeholder").queryAs(Label.class);
        assertTrue(placeholder.isVisible());
        assertEquals(GraphSkin.NO_ACTORS, placeholder.getText());
        Canvas canvas = robot.lookup(".graph-canvas").queryAs(Canvas.class);
        assertEquals(graph.getWidth(), canvas.getWidth(), 0.5, "no room is kept for the most connected");
        WritableImage[] drawn = new WritableImage[1];
        robot.interact(() -> drawn[0] = canvas.snapshot(null, null));
        Color background = graph.palette().background();
        int marked = 0;
        for (int x = 0; x < (int) drawn[0].getWidth(); x++) {
            for (int y = 0; y < (int) drawn[0].getHeight(); y++) {
                marked += near(drawn[0].getPixelReader().getColor(x, y), background) ? 0 : 1;
            }
        }
        assertEquals(0, marked, "no legend of kinds and tones, nor a count of no actors, beside the notice");

        robot.interact(() -> {
            state.show(IndexedDataset.of(seed));
            skin().settle();
        });
        assertTrue(graph.getWidth() - canvas.getWidth() > 100, "the seed's actors get their list back");
    }

    @Test
    void asOfOctoberTenthTheLeadersAreDrawnWithEdgesBetweenThem(FxRobot robot) throws IOException {
        PixelReader pixels = render(robot, Path.of("target/screenshots/graph-seed-2025-10-10.png")).getPixelReader();
        Color person = graph.palette().kind(ActorKind.PERSON);
        Color background = graph.palette().background();
        for (String leader : LEADERS) {
            double[] node = skin().locator().node(leader);
            assertNotNull(node, leader + " is drawn");
            assertTrue(near(pixels.getColor((int) node[0], (int) node[1]), person), leader + " is drawn as a person");
        }
        for (String[] pair : new String[][] {{"kim-jong-un", "xi-jinping"}, {"kim-jong-un", "vladimir-putin"},
                {"xi-jinping", "vladimir-putin"}, {"kim-jong-un", "li-qiang"}, {"kim-jong-un", "dmitry-medvedev"},
                {"li-qiang", "dmitry-medvedev"}}) {
            assertTrue(inkedAlong(pixels, background, pair), "the edge between " + pair[0] + " and " + pair[1] + " is drawn");
        }
        assertNull(skin().locator().node("kim-il-sung"), "Kim Il Sung has no dealings in 2025");
    }

    /** Whether the middle half of the edge between two actors, where the last frame put it, is drawn. */
    private boolean inkedAlong(PixelReader pixels, Color background, String[] pair) {
        double[] edge = skin().locator().edge(pair[0], pair[1]);
        assertNotNull(edge, pair[0] + " and " + pair[1] + " are linked");
        int inked = 0;
        for (double t = 0.25; t <= 0.75; t += 0.02) {
            inked += inkNear(pixels, background, edge[0] + t * (edge[2] - edge[0]), edge[1] + t * (edge[3] - edge[1])) ? 1 : 0;
        }
        return inked >= 8;
    }

    @Test
    void framesOnPulsesShowEdgesRasterisedInTheBackgroundWhereTheirNodesNowAre(FxRobot robot) throws InterruptedException {
        double[] medvedev = skin().locator().node("dmitry-medvedev");
        int actor = skin().graph().pairs().actor("dmitry-medvedev");
        robot.interact(() -> skin().drag(actor, medvedev[0] < 500 ? medvedev[0] + 160 : medvedev[0] - 160,
                medvedev[1] < 300 ? medvedev[1] + 120 : medvedev[1] - 120));
        Canvas canvas = robot.lookup(".graph-canvas").queryAs(Canvas.class);
        Color background = graph.palette().background();
        String[][] moved = {{"kim-jong-un", "dmitry-medvedev"}, {"li-qiang", "dmitry-medvedev"}};
        boolean drawn = false;
        for (int tries = 0; tries < 40 && !drawn; tries++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            PixelReader[] pixels = new PixelReader[1];
            robot.interact(() -> pixels[0] = canvas.snapshot(null, null).getPixelReader());
            drawn = Arrays.stream(moved).allMatch(pair -> inkedAlong(pixels[0], background, pair));
        }
        assertTrue(drawn, "the dragged node's edges show where it was dropped, without a frame drawn at once");
    }

    /** Whether the pixel at (x, y) or one beside it differs from the background: a thin line spreads over two rows. */
    private static boolean inkNear(PixelReader pixels, Color background, double x, double y) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                if (!near(pixels.getColor((int) Math.round(x) + dx, (int) Math.round(y) + dy), background)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void clickingAnEdgeSelectsThePair(FxRobot robot) {
        Point2D point = graph.locateLink("kim-jong-un", "xi-jinping").orElseThrow();
        robot.clickOn(graph.localToScreen(point), MouseButton.PRIMARY);
        assertEquals(Selection.pair("kim-jong-un", "xi-jinping"), state.getSelection());
    }

    @Test
    void clickingANodeSelectsTheActor(FxRobot robot) {
        double[] putin = skin().locator().node("vladimir-putin");
        robot.clickOn(onScreen(robot, putin[0], putin[1]), MouseButton.PRIMARY);
        assertEquals(Selection.actor("vladimir-putin"), state.getSelection());
    }

    @Test
    void draggingANodePinsItWhereItIsDropped(FxRobot robot) {
        double[] medvedev = skin().locator().node("dmitry-medvedev");
        Canvas canvas = robot.lookup(".graph-canvas").queryAs(Canvas.class);
        double toX = medvedev[0] < canvas.getWidth() / 2 ? medvedev[0] + 150 : medvedev[0] - 150;
        double toY = medvedev[1] < canvas.getHeight() / 2 ? medvedev[1] + 90 : medvedev[1] - 90;
        robot.drag(onScreen(robot, medvedev[0], medvedev[1]), MouseButton.PRIMARY)
                .moveTo(onScreen(robot, (medvedev[0] + toX) / 2, (medvedev[1] + toY) / 2))
                .moveTo(onScreen(robot, toX, toY)).release(MouseButton.PRIMARY);
        robot.interact(() -> skin().settle());
        int actor = skin().graph().pairs().actor("dmitry-medvedev");
        assertTrue(skin().graph().isPinned(actor), "a dragged node is pinned");
        double[] after = skin().locator().node("dmitry-medvedev");
        assertEquals(toX, after[0], 2, "it stays where it was dropped while the layout runs on");
        assertEquals(toY, after[1], 2);
        assertEquals(Selection.NOTHING, state.getSelection(), "a drag selects nothing");
    }

    @Test
    void doubleClickingANodeShowsItsEgoNetworkWhichPlusWidens(FxRobot robot) {
        double[] li = skin().locator().node("li-qiang");
        robot.doubleClickOn(onScreen(robot, li[0], li[1]), MouseButton.PRIMARY);
        robot.interact(() -> skin().settle());
        assertEquals("li-qiang", graph.getFocusActor());
        GraphScene scene = skin().graph().scene();
        assertTrue(scene.shows(skin().graph().pairs().actor("dmitry-medvedev")), "Medvedev met Li Qiang in Pyongyang");
        assertFalse(scene.shows(skin().graph().pairs().actor("xi-jinping")), "Xi Jinping is two steps away from Li Qiang");
        robot.type(KeyCode.PLUS);
        robot.interact(() -> skin().settle());
        assertEquals(2, graph.getFocusDepth());
        assertTrue(skin().graph().scene().shows(skin().graph().pairs().actor("xi-jinping")), "one step wider, Xi Jinping shows");
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> skin().settle());
        assertNull(graph.getFocusActor());
    }

    @Test
    void membershipsShowAsEdgesOnlyWhenAskedFor(FxRobot robot) {
        int li = skin().graph().pairs().actor("li-qiang");
        int council = skin().graph().pairs().actor("chn-state-council");
        assertFalse(skin().graph().scene().shows(council), "the State Council takes part in no event");
        robot.interact(() -> {
            graph.setShowMemberships(true);
            skin().settle();
        });
        int edge = skin().graph().scene().edgeBetween(li, council);
        assertTrue(edge >= 0, "Li Qiang's membership of the State Council shows as an edge");
        assertTrue((skin().graph().scene().flags(edge) & GraphScene.MEMBERSHIP_ONLY) != 0);
    }

    @Test
    void cumulativeModeShowsEverythingUpToTheCursor(FxRobot robot) {
        robot.interact(() -> {
            graph.setTimeMode(GraphTimeMode.UP_TO_CURSOR);
            skin().settle();
        });
        assertTrue(skin().graph().scene().shows(skin().graph().pairs().actor("kim-il-sung")), "the 1970s are before the cursor");
        robot.interact(() -> {
            state.setCursor(LocalDate.of(1960, 1, 1).toEpochDay() * DAY);
            skin().settle();
        });
        assertFalse(skin().graph().scene().shows(skin().graph().pairs().actor("kim-jong-un")), "nothing of Kim Jong Un before 1960");
        assertTrue(skin().graph().scene().shows(skin().graph().pairs().actor("chn")), "the Korean War is before 1960");
    }

    @Test
    void theFilterAppliesToTheGraph(FxRobot robot) {
        robot.interact(() -> {
            state.setFilter(state.getFilter().withEventKinds(Set.of("parade")));
            skin().settle();
        });
        PairIndex pairs = skin().graph().pairs();
        GraphScene scene = skin().graph().scene();
        assertFalse(scene.shows(pairs.actor("li-qiang")), "Li Qiang was at no parade");
        int edge = scene.edgeBetween(pairs.actor("kim-jong-un"), pairs.actor("xi-jinping"));
        assertTrue(edge >= 0, "Kim Jong Un and Xi Jinping stood at the Beijing parade");
        assertEquals(1, scene.count(edge), "and met at no other parade");
        robot.interact(() -> {
            state.setFilter(Filter.NONE);
            skin().settle();
        });
        assertTrue(skin().graph().scene().shows(skin().graph().pairs().actor("li-qiang")), "clearing the filter brings him back");
    }

    @Test
    void aDisposedSkinNoLongerFollowsTheViewState(FxRobot robot) {
        GraphSkin old = skin();
        int version = old.graph().sceneVersion();
        robot.interact(() -> {
            graph.setSkin(new GraphSkin(graph));
            state.setCursor(LocalDate.of(2025, 6, 1).toEpochDay() * DAY);
            state.select(Selection.actor("xi-jinping"));
            state.setFilter(Filter.NONE.withActorKinds(java.util.Set.of(ActorKind.STATE)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(old.graph().isSceneDirty(), "the old skin heard no change of cursor");
        assertEquals(version, old.graph().sceneVersion(), "the old skin built no scene");
        assertTrue(old.graph().hasData(), "the old skin heard no change of filter");
        assertTrue(old.getChildren().isEmpty(), "the old skin let go of its nodes");
        robot.interact(() -> skin().settle());
        assertTrue(skin().graph().scene().shows(skin().graph().pairs().actor("chn")), "the new skin follows the filter");
    }
}
