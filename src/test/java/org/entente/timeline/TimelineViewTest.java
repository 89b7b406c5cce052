package org.entente.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.lanes.Lane;
import org.entente.lanes.LaneGeometry;
import org.entente.lanes.LaneMode;
import org.entente.lanes.Lanes;
import org.entente.lanes.RowPacker;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Participant;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline as a user meets it: clicks, drags, the wheel and keys, checked against the view state. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final long DAY = 86_400_000L;

    private final ViewState state = new ViewState();
    private TimelineView timeline;
    private Dataset dataset;

    static Event event(String id, String when, String... actors) {
        return DenseTimelineTest.event(id, when, "meeting", actors);
    }

    static Dataset threeMeetings() {
        List<Actor> actors = List.of(
                new Actor("a", "Alpha", ActorKind.STATE, List.of(), null, null, List.of(), Extras.NONE),
                new Actor("b", "Beta", ActorKind.STATE, List.of(), null, null, List.of(), Extras.NONE),
                new Actor("c", "Gamma", ActorKind.PERSON, List.of(), null, null, List.of(), Extras.NONE));
        return new Dataset("Three meetings", null, List.of(), actors, List.of(
                event("first", "2020-01-10", "a", "b"),
                event("second", "2020-05-01/2020-05-20", "b", "c"),
                event("third", "2020-09-15", "a", "c")), List.of(), Extras.NONE);
    }

    @Start
    void start(Stage stage) {
        dataset = threeMeetings();
        state.show(IndexedDataset.of(dataset));
        state.setWindow(new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)));
        timeline = new TimelineView(state);
        stage.setScene(new Scene(timeline, 1000, 400));
        stage.sizeToScene();
        stage.show();
    }

    private static long day(int y, int m, int d) {
        return java.time.LocalDate.of(y, m, d).toEpochDay() * DAY;
    }

    private Canvas canvas(FxRobot robot) {
        return robot.lookup(".timeline-canvas").queryAs(Canvas.class);
    }

    /** The screen point of an instant, in the first row of the only lane. */
    private Point2D at(FxRobot robot, long t) {
        Canvas canvas = canvas(robot);
        TimeWindow w = state.getWindow();
        double x = (double) (t - w.start()) / w.span() * canvas.getWidth();
        double y = TimelineFrame.AXIS_HEIGHT + LaneGeometry.LANE_PADDING + LaneGeometry.ROW_HEIGHT / 2;
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        return new Point2D(b.getMinX() + x, b.getMinY() + y);
    }

    @Test
    void clickingAnEventSelectsIt(FxRobot robot) {
        robot.clickOn(at(robot, day(2020, 1, 10) + DAY / 2), MouseButton.PRIMARY);
        assertEquals(Selection.event("first"), state.getSelection());

        robot.clickOn(at(robot, day(2020, 5, 10)), MouseButton.PRIMARY);
        assertEquals(Selection.event("second"), state.getSelection(), "a range is hit anywhere along its bar");
    }

    @Test
    void clickingAnEventsLabelSelectsIt(FxRobot robot) {
        Point2D dot = at(robot, day(2020, 1, 10) + DAY / 2);
        robot.clickOn(dot.add(EventShape.POINT_RADIUS + RowPacker.LABEL_GAP + 200, 0), MouseButton.PRIMARY);
        assertEquals(Selection.NOTHING, state.getSelection(), "beyond the label is empty space");

        robot.clickOn(dot.add(EventShape.POINT_RADIUS + RowPacker.LABEL_GAP + 25, 0), MouseButton.PRIMARY);
        assertEquals(Selection.event("first"), state.getSelection(), "the label \"Event first\" beside the dot");
    }

    @Test
    void clickingEmptySpaceSelectsNothing(FxRobot robot) {
        robot.clickOn(at(robot, day(2020, 3, 1)), MouseButton.PRIMARY);
        assertEquals(Selection.NOTHING, state.getSelection());
    }

    @Test
    void theWheelZoomsAroundThePointer(FxRobot robot) throws Exception {
        TimeWindow before = state.getWindow();
        long anchor = day(2020, 5, 10);
        robot.moveTo(at(robot, anchor));
        // TestFX's DOWN sends the positive wheel delta that a wheel turned away from the user gives.
        robot.scroll(3, javafx.geometry.VerticalDirection.DOWN);
        WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS,
                () -> state.getWindow().span() < before.span() / 1.5);
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow after = state.getWindow();
        double ratioBefore = (double) (anchor - before.start()) / before.span();
        double ratioAfter = (double) (anchor - after.start()) / after.span();
        assertEquals(ratioBefore, ratioAfter, 0.02, "the instant under the pointer stays under it");
    }

    @Test
    void draggingTheBodyPansAndDraggingTheAxisScrubs(FxRobot robot) {
        TimeWindow before = state.getWindow();
        Point2D from = at(robot, day(2020, 7, 1));
        robot.drag(from, MouseButton.PRIMARY).moveBy(-200, 0).release(MouseButton.PRIMARY);
        assertTrue(state.getWindow().start() > before.start(), "dragging left shows later times");
        assertEquals(before.span(), state.getWindow().span(), "panning keeps the zoom");

        Point2D axis = at(robot, day(2020, 8, 1)).add(0, -40);
        long cursorBefore = state.getCursor();
        robot.drag(axis, MouseButton.PRIMARY).moveBy(100, 0).release(MouseButton.PRIMARY);
        assertNotEquals(cursorBefore, state.getCursor());
        TimeWindow w = state.getWindow();
        long expected = w.start() + Math.round((axis.getX() + 100 - canvas(robot).localToScreen(0, 0).getX())
                / canvas(robot).getWidth() * w.span());
        assertEquals(expected, state.getCursor(), w.span() / 200.0, "the cursor follows the pointer");
    }

    @Test
    void theCursorIsALineOverTheLanesThatAScrubMovesToThePointer(FxRobot robot) {
        Point2D axis = at(robot, day(2020, 8, 1)).add(0, -40);
        robot.drag(axis, MouseButton.PRIMARY).moveBy(100, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Line cursor = robot.lookup(".timeline-cursor").queryAs(Line.class);
        double pointer = canvas(robot).screenToLocal(axis.add(100, 0)).getX();
        assertEquals(pointer, cursor.getStartX(), 1.5, "the line stands where the pointer let go");
        assertEquals(cursor.getStartX(), cursor.getEndX(), 1e-9, "upright");
        assertEquals(TimelineFrame.AXIS_HEIGHT, cursor.getStartY(), 1e-9, "from the axis down the lanes");
        assertTrue(cursor.isVisible());

        robot.interact(() -> state.setWindow(new TimeWindow(day(2021, 1, 1), day(2022, 1, 1))));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".timeline-cursor").match(Node::isVisible).tryQuery().isEmpty(),
                "a cursor out of the window is not drawn over the lanes");
    }

    @Test
    void keysStepTheCursorAndMoveTheFocusBetweenEvents(FxRobot robot) {
        robot.clickOn(at(robot, day(2020, 3, 1)));
        robot.interact(() -> state.setCursor(day(2020, 2, 1)));

        robot.type(KeyCode.PERIOD);
        assertEquals(day(2020, 5, 1), state.getCursor(), "'.' goes to the next event's start");
        robot.type(KeyCode.COMMA);
        robot.type(KeyCode.COMMA);
        assertEquals(day(2020, 1, 10), state.getCursor(), "',' goes back");

        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.ENTER);
        assertEquals(Selection.event("second"), state.getSelection(), "arrows move the focus, Enter selects");
        assertTrue(timeline.getAccessibleText().contains("focused event: Event second"), timeline::getAccessibleText);
    }

    @Test
    void homeFitsEverythingAndPlusZoomsIn(FxRobot robot) throws Exception {
        robot.interact(() -> state.setWindow(new TimeWindow(day(1990, 1, 1), day(1990, 1, 2))));
        robot.clickOn(canvas(robot)).type(KeyCode.HOME);
        WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS,
                () -> state.getWindow().contains(day(2020, 1, 10)) && state.getWindow().contains(day(2020, 9, 15)));
        Thread.sleep(400);
        long span = state.getWindow().span();
        robot.type(KeyCode.EQUALS);
        WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS, () -> state.getWindow().span() < span);
    }

    @Test
    void aFilterHidesEventsFromTheTimeline(FxRobot robot) {
        robot.interact(() -> state.setFilter(state.getFilter().withEventKinds(java.util.Set.of("parade"))));
        robot.clickOn(at(robot, day(2020, 1, 10) + DAY / 2));
        assertEquals(Selection.NOTHING, state.getSelection());
    }

    @Test
    void byActorEveryParticipantHasALaneAndClickingAHeaderCollapsesIt(FxRobot robot) {
        robot.interact(() -> timeline.setLaneMode(LaneMode.ACTOR));
        Lanes lanes = ((TimelineSkin) timeline.getSkin()).lanes();

        assertEquals(List.of("Alpha", "Beta", "Gamma"), lanes.lanes().stream().map(Lane::label).toList());
        org.entente.index.IntList inAlpha = new org.entente.index.IntList();
        lanes.lanes().get(0).index().overlapping(Long.MIN_VALUE + 1, Long.MAX_VALUE, inAlpha);
        assertEquals(List.of("first", "third"), java.util.Arrays.stream(inAlpha.toArray())
                .mapToObj(i -> dataset.events().get(i).id()).toList(), "an event shows in each participant's lane");

        Point2D header = canvas(robot).localToScreen(60, TimelineFrame.AXIS_HEIGHT + 12);
        robot.clickOn(header);
        assertEquals(java.util.Set.of("a"), timeline.getCollapsedLanes());
        robot.clickOn(header);
        assertTrue(timeline.getCollapsedLanes().isEmpty());
    }

    /** A point on the overview strip at the instant t of the whole dataset's extent. */
    private Point2D onOverview(FxRobot robot, long t) {
        Canvas canvas = canvas(robot);
        TimeWindow extent = ViewState.fitAll(state.getDataset().time());
        double x = (double) (t - extent.start()) / extent.span() * canvas.getWidth();
        return canvas.localToScreen(x, canvas.getHeight() - TimelineFrame.OVERVIEW_HEIGHT / 2);
    }

    @Test
    void draggingTheOverviewWindowPansAndDraggingItsEdgeZooms(FxRobot robot) {
        robot.interact(() -> state.setWindow(new TimeWindow(day(2020, 3, 1), day(2020, 5, 1))));
        TimeWindow before = state.getWindow();
        robot.drag(onOverview(robot, day(2020, 4, 1)), MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);
        assertTrue(state.getWindow().start() > before.start(), "the window moved later");
        assertEquals(before.span(), state.getWindow().span());

        TimeWindow moved = state.getWindow();
        robot.drag(onOverview(robot, moved.end()), MouseButton.PRIMARY).moveBy(80, 0).release(MouseButton.PRIMARY);
        assertEquals(moved.start(), state.getWindow().start(), "the other edge stays");
        assertTrue(state.getWindow().span() > moved.span(), "dragging the right edge outwards zooms out");
    }

    @Test
    void playMovesTheCursorForwardUntilPaused(FxRobot robot) throws Exception {
        robot.interact(() -> {
            state.setCursor(day(2020, 2, 1));
            timeline.setPlaySpeed(PlaySpeed.WEEK);
        });
        robot.clickOn(".play-button");
        WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS, () -> state.getCursor() > day(2020, 2, 2));
        robot.clickOn(".play-button");
        WaitForAsyncUtils.waitForFxEvents();
        long paused = state.getCursor();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, state.getCursor(), "pause stops the cursor");
        assertTrue(!timeline.isPlaying());
    }

    @Test
    void hoveringAnEventShowsItsTitleDateAndParticipants(FxRobot robot) {
        robot.moveTo(at(robot, day(2020, 5, 10)));
        WaitForAsyncUtils.waitForFxEvents();
        String tip = ((TimelineSkin) timeline.getSkin()).tooltip().getText();
        assertEquals("Event second\n1\u201320 May 2020  \u2014  2020-05-01/2020-05-20\nBeta, Gamma", tip);
    }

    @Test
    void selectingAnActorDimsTheEventsOfOthers(FxRobot robot) {
        robot.interact(() -> state.select(Selection.actor("c")));
        robot.interact(() -> ((TimelineSkin) timeline.getSkin()).paint());
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = canvas(robot).snapshot(null, null));
        Point2D first = canvas(robot).screenToLocal(at(robot, day(2020, 1, 10) + DAY / 2));
        Point2D second = canvas(robot).screenToLocal(at(robot, day(2020, 5, 10)));
        javafx.scene.paint.Color dimmed = shot[0].getPixelReader().getColor((int) first.getX(), (int) first.getY());
        javafx.scene.paint.Color shown = shot[0].getPixelReader().getColor((int) second.getX(), (int) second.getY());
        assertTrue(dimmed.getSaturation() < shown.getSaturation() * 0.5,
                "Gamma's event is in full colour, Alpha and Beta's first meeting recedes: " + dimmed + " vs " + shown);
    }

    @Test
    void zoomToSelectionShowsEveryEventOfTheSelectedActor(FxRobot robot) throws Exception {
        robot.interact(() -> {
            state.setWindow(new TimeWindow(day(1990, 1, 1), day(1990, 2, 1)));
            state.select(Selection.actor("c"));
        });
        robot.clickOn(canvas(robot)).type(KeyCode.Z);
        WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS,
                () -> state.getWindow().contains(day(2020, 5, 1)) && state.getWindow().contains(day(2020, 9, 15)));
        Thread.sleep(400);
        assertTrue(!state.getWindow().contains(day(2020, 1, 10)), "Alpha and Beta's first meeting is not Gamma's");
    }

    @Test
    void selectingAnActorWithNothingInViewMovesTheTimelineToTheirEvents(FxRobot robot) throws Exception {
        robot.interact(() -> state.setWindow(new TimeWindow(day(2020, 2, 1), day(2020, 4, 1))));
        robot.interact(() -> state.select(Selection.actor("a")));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> state.getWindow().overlaps(day(2020, 1, 10), day(2020, 1, 11))
                        || state.getWindow().overlaps(day(2020, 9, 15), day(2020, 9, 16)));
        robot.interact(() -> state.setWindow(new TimeWindow(day(2020, 4, 20), day(2020, 6, 1))));
        TimeWindow before = state.getWindow();
        robot.interact(() -> state.select(Selection.actor("b")));
        Thread.sleep(400);
        assertEquals(before, state.getWindow(), "Beta's May meeting is in view: the timeline stays");
    }

    @Test
    void theSelectedActorsEventsTakeTheFirstRowsInsteadOfHidingInTheOverflow(FxRobot robot) {
        List<Event> crowd = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            crowd.add(event("e" + i, "2020-03-03", i == 19 ? "c" : "a", "b"));
        }
        Dataset busy = new Dataset("One busy day", null, List.of(), dataset.actors(), crowd, List.of(), Extras.NONE);
        robot.interact(() -> {
            state.show(IndexedDataset.of(busy));
            state.setWindow(new TimeWindow(day(2020, 3, 2), day(2020, 3, 5)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.locate("e19").isEmpty(), "the last of twenty events on one day is in the overflow");

        robot.interact(() -> state.select(Selection.actor("c")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.locate("e19").isPresent(), "Gamma's one event is drawn once Gamma is selected");
    }
}
