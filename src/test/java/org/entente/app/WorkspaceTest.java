package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.entente.convert.ImportFormat;
import org.entente.graph.ActorGraphView;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.network.GraphTimeMode;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.timeline.TimelineView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The workspace on the seed dataset as an analyst meets it: the views linked through the selection, search, history, filters and export. */
class WorkspaceTest extends SeedWindowTest {
    private static final long DAY = 86_400_000L;
    private static final long YEAR_2025 = LocalDate.of(2025, 1, 1).toEpochDay() * DAY;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openSeed(FxRobot robot) throws TimeoutException {
        open(robot, SEED);
    }

    private void open(FxRobot robot, Path file) throws TimeoutException {
        TestWindows.load(robot, window, state, LoadTask.file(file), LoadMode.STRICT);
    }

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * DAY;
    }

    /** Shows a window, the graph showing all of it rather than the time around the cursor. */
    private void showWindow(FxRobot robot, long from, long to) {
        robot.interact(() -> {
            robot.lookup(".actor-graph-view").queryAs(ActorGraphView.class).setTimeMode(GraphTimeMode.VISIBLE_RANGE);
            state.setWindow(new TimeWindow(from, to));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether a labelled node in the detail pane shows text containing {@code part}. */
    private static boolean detailShows(FxRobot robot, String part) {
        return Stream.of(".detail-view .label", ".detail-view .hyperlink")
                .flatMap(selector -> robot.lookup(selector).queryAllAs(Labeled.class).stream())
                .anyMatch(l -> l.getText() != null && l.getText().contains(part) && l.isVisible());
    }

    /** Waits until the graph's drawing of something has stopped moving, and returns where it is. */
    private static Point2D settled(ActorGraphView graph, java.util.function.Supplier<Optional<Point2D>> where)
            throws TimeoutException, InterruptedException {
        Point2D[] last = new Point2D[1];
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Point2D now = WaitForAsyncUtils.asyncFx(() -> where.get().orElse(null)).get();
            boolean still = now != null && last[0] != null && now.distance(last[0]) < 0.5;
            last[0] = now;
            if (!still) {
                Thread.sleep(150);
            }
            return still;
        });
        return graph.localToScreen(last[0]);
    }

    @Test
    void theSeedOpensOnItsDense2025WithTheTimelinesWidthInUseAndTheCursorDatedToTheDay(FxRobot robot) {
        TimeWindow opened = state.getWindow();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Event event : state.getDataset().dataset().events()) {
            long start = event.when().start();
            if (start >= YEAR_2025) {
                assertTrue(opened.contains(start), event.id() + " starts outside " + opened);
                first = Math.min(first, start);
                last = Math.max(last, start);
            }
        }
        // Most of the width, the rest the room left after the last of them for its label.
        assertTrue(last - first > 0.75 * opened.span(), "the 2025 events spread over most of the width: " + opened);
        assertTrue(opened.span() < 2 * 365 * DAY, "the window is about 2025, not decades: " + opened);
        assertTrue(opened.contains(state.getCursor()), "the cursor is in view");

        TimelineView timeline = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        Point2D september = timeline.locate("ev-beijing-parade-2025").orElseThrow();
        Point2D october = timeline.locate("ev-li-qiang-visit-2025").orElseThrow();
        assertTrue(october.getX() - september.getX() > 0.05 * timeline.getWidth(),
                "September and October 2025 are drawn apart, not in a strip");

        long cursor = state.getCursor() + 11 * 3_600_000L + 16 * 60_000L;
        robot.interact(() -> {
            state.setWindow(new TimeWindow(cursor - 1_800_000L, cursor + 1_800_000L));
            state.setCursor(cursor);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("10 Oct 2025", robot.lookup(".cursor-date").queryAs(Label.class).getText(),
                "zoomed in to minutes, day-precision data still shows only the day");
    }

    @Test
    void clickingLiQiangsVisitOnTheTimelineShowsItsQuoteAndParticipants(FxRobot robot) {
        showWindow(robot, day(2025, 10, 1), day(2025, 10, 21));
        TimelineView timeline = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        Point2D visit = timeline.locate("ev-li-qiang-visit-2025").orElseThrow();
        robot.clickOn(timeline.localToScreen(visit), MouseButton.PRIMARY);

        assertEquals(Selection.event("ev-li-qiang-visit-2025"), state.getSelection());
        assertTrue(detailShows(robot, "Li Qiang will travel to North Korea this week"), "the quote");
        assertTrue(detailShows(robot, "Li Qiang (visitor)"), "the participants with their roles");
        assertTrue(detailShows(robot, "North Korea (host)"));
    }

    @Test
    void theKimXiEdgeListsTheBeijingParadeWhoseSourcesDisagree(FxRobot robot) throws Exception {
        showWindow(robot, day(2025, 8, 25), day(2025, 10, 20));
        ActorGraphView graph = robot.lookup(".actor-graph-view").queryAs(ActorGraphView.class);
        robot.clickOn(settled(graph, () -> graph.locateLink("kim-jong-un", "xi-jinping")), MouseButton.PRIMARY);
        assertEquals(Selection.pair("kim-jong-un", "xi-jinping"), state.getSelection());

        @SuppressWarnings("unchecked")
        ListCell<Integer> parade = robot.lookup(".detail-events .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.isVisible() && cell.getText() != null && cell.getText().contains("Beijing military parade"))
                .findFirst().orElseThrow(() -> new AssertionError("the parade is listed among their shared events"));
        robot.clickOn(parade, MouseButton.PRIMARY);

        assertEquals(Selection.event("ev-beijing-parade-2025"), state.getSelection());
        Node notice = robot.lookup(".sources-disagree").query();
        assertTrue(notice.isVisible(), "the notice shows");
        assertTrue(detailShows(robot, "Sources disagree on the date"));
        assertTrue(detailShows(robot, "9 Sep 2024"), "it names the date one source claims");
    }

    @Test
    void searchingMedvedevSelectsHimAndShowsHisRoleAndEvents(FxRobot robot) throws TimeoutException {
        SearchBox search = robot.lookup(".search-box").queryAs(SearchBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, search::isReady);
        robot.clickOn(search).write("Medvedev").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Selection.actor("dmitry-medvedev"), state.getSelection());
        assertTrue(detailShows(robot, "Deputy Chairman of"), "his role");
        assertTrue(detailShows(robot, "Security Council of the Russian Federation"));
        @SuppressWarnings("unchecked")
        boolean listed = robot.lookup(".detail-events .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(cell -> cell.getText() != null && cell.getText().contains("80th anniversary of the Workers' Party"));
        assertTrue(listed, "the Pyongyang anniversary is among his events");
    }

    private static SearchBox readySearch(FxRobot robot) throws TimeoutException {
        SearchBox search = robot.lookup(".search-box").queryAs(SearchBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, search::isReady);
        return search;
    }

    @Test
    void enterOnAWordSelectsTheBestEventRatherThanFilteringByATagOfThatWord(FxRobot robot) throws TimeoutException {
        robot.clickOn(readySearch(robot)).write("parade").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Selection.event("ev-pyongyang-parade-2025"), state.getSelection(), "the latest parade, found in its title");
        assertTrue(state.getFilter().isEmpty(), "the #military-parade tag is not applied");
    }

    @Test
    void aTagTypedWithItsHashFiltersByIt(FxRobot robot) throws TimeoutException {
        robot.clickOn(readySearch(robot)).write("#anniversary").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Set.of("anniversary"), state.getFilter().tags());
    }

    @Test
    void theSearchBoxClearsWhenAnotherDatasetOpens(FxRobot robot) throws TimeoutException {
        SearchBox search = readySearch(robot);
        robot.clickOn(search).write("Medvedev").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Dmitry Medvedev", search.getText());

        open(robot, SEED);

        assertEquals("", search.getText(), "the old dataset's name is gone");
    }

    private static Optional<ListView<?>> suggestions(FxRobot robot) {
        return robot.lookup(".auto-complete-popup").queryAll().stream()
                .filter(node -> node instanceof ListView<?>)
                .<ListView<?>>map(node -> (ListView<?>) node)
                .findFirst();
    }

    @Test
    void suggestionsFitTheirText(FxRobot robot) throws Exception {
        robot.clickOn(readySearch(robot)).write("korea");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggestions(robot).map(Node::isVisible).orElse(false));
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = suggestions(robot).orElseThrow();
        int items = list.getItems().size();
        assertTrue(items > 2, "korea has several suggestions: " + items);

        List<ListCell<?>> shown = robot.from(list).lookup(".list-cell").queryAll().stream()
                .<ListCell<?>>map(node -> (ListCell<?>) node)
                .filter(cell -> cell.isVisible() && cell.getItem() != null)
                .filter(cell -> cell.localToScene(cell.getBoundsInLocal()).getMaxY() <= list.localToScene(list.getBoundsInLocal()).getMaxY() + 0.5)
                .toList();
        assertEquals(items, shown.size(), "every suggestion shows whole, without scrolling");
        boolean horizontalBar = robot.from(list).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
        assertFalse(horizontalBar, "no horizontal scroll bar");
        for (ListCell<?> cell : shown) {
            Text text = robot.from(cell).lookup(".text").queryAs(Text.class);
            assertTrue(text.getLayoutBounds().getWidth() <= cell.getWidth(), "the suggestion " + cell.getText() + " fits");
        }
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void backReturnsToThePreviousSelectionAndForwardComesBack(FxRobot robot) {
        robot.interact(() -> {
            state.select(Selection.actor("kim-jong-un"));
            state.select(Selection.event("ev-li-qiang-visit-2025"));
        });
        robot.clickOn(".back-button");
        assertEquals(Selection.actor("kim-jong-un"), state.getSelection());
        assertTrue(detailShows(robot, "Kim Jong Un"));
        robot.clickOn(".forward-button");
        assertEquals(Selection.event("ev-li-qiang-visit-2025"), state.getSelection());
        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals(Selection.actor("kim-jong-un"), state.getSelection(), "Alt+Left goes back too");
    }

    @Test
    void altLeftAndAltRightWalkTheHistoryWhicheverViewHasFocus(FxRobot robot) {
        robot.interact(() -> {
            state.select(Selection.actor("kim-jong-un"));
            state.select(Selection.event("ev-li-qiang-visit-2025"));
        });
        for (String view : List.of(".timeline-view", ".actor-graph-view")) {
            robot.interact(() -> robot.lookup(view).query().requestFocus());
            robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
            assertEquals(Selection.actor("kim-jong-un"), state.getSelection(), "Alt+Left goes back from " + view);
            robot.press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
            assertEquals(Selection.event("ev-li-qiang-visit-2025"), state.getSelection(), "Alt+Right comes forward from " + view);
        }
    }

    @Test
    void aFilterByEventKindHidesEventsInTheTimelineAndTheGraph(FxRobot robot) throws Exception {
        showWindow(robot, day(2025, 8, 25), day(2025, 10, 20));
        TimelineView timeline = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        ActorGraphView graph = robot.lookup(".actor-graph-view").queryAs(ActorGraphView.class);
        settled(graph, () -> graph.locateActor("jpn"));
        assertTrue(timeline.locate("ev-beijing-parade-2025").isPresent(), "the parade shows before filtering");

        robot.clickOn(".filters-button");
        robot.interact(() -> window.filterPanel().eventKindsBox().getCheckModel().check("official-visit"));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Set.of("official-visit"), state.getFilter().eventKinds());
        assertTrue(timeline.locate("ev-li-qiang-visit-2025").isPresent(), "the visit still shows");
        assertFalse(timeline.locate("ev-beijing-parade-2025").isPresent(), "the parade is hidden on the timeline");
        assertFalse(graph.locateActor("jpn").isPresent(), "Japan, there only for the parade, leaves the graph");
        assertTrue(robot.lookup(".filter-chip").tryQuery().isPresent(), "the filter shows as a chip");

        robot.clickOn(".clear-filters");
        assertTrue(state.getFilter().isEmpty(), "Clear all removes it");
    }

    @Test
    void anExportedDatasetOpensAsTheSameDataset(FxRobot robot, @TempDir Path dir) throws Exception {
        Dataset original = state.getDataset().dataset();
        Path exported = dir.resolve("exported.json");
        robot.interact(() -> window.exports().exportDataset(exported));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(exported));

        open(robot, exported);

        Dataset reopened = state.getDataset().dataset();
        assertEquals(original.title(), reopened.title());
        assertEquals(original.sources(), reopened.sources());
        assertEquals(original.actors(), reopened.actors());
        assertEquals(original.events(), reopened.events());
        assertEquals(original.relations(), reopened.relations());
    }

    @Test
    void anImportedIcewsFileShowsItsEventsAndTheRowsItCouldNotRead(FxRobot robot) throws TimeoutException {
        TestWindows.load(robot, window, state, LoadTask.imported(ImportFormat.ICEWS,
                List.of(Path.of("src/test/resources/convert/icews/events.tab"))), LoadMode.LENIENT);

        assertTrue(state.getDataset().dataset().event("icews-event-1001").isPresent(), "the rows became events");
        TimelineView timeline = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        showWindow(robot, day(2018, 5, 30), day(2018, 6, 10));
        assertTrue(timeline.locate("icews-event-1001").isPresent(), "and they show on the timeline");
        assertTrue(robot.lookup(".problems-pane").query().isVisible(), "the rows it could not read are listed");
        @SuppressWarnings("unchecked")
        boolean lineFive = robot.lookup(".problems-pane .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(cell -> cell.getText() != null && cell.getText().startsWith("5:"));
        assertTrue(lineFive, "with their line numbers");
    }
}
