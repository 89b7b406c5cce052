package org.entente.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.lanes.LaneMode;
import org.entente.lanes.Lanes;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.work.LatestJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A disposed skin is reached by nothing: not by the view state, not by its player, not by a late lane build. */
@ExtendWith(ApplicationExtension.class)
class TimelineSkinDisposeTest {
    private static final long DAY = 86_400_000L;

    private final ViewState state = new ViewState();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> errors.add(error));
        state.show(IndexedDataset.of(TimelineViewTest.threeMeetings()));
        state.setWindow(new TimeWindow(day(2020, 1, 1), day(2021, 1, 1)));
        timeline = new TimelineView(state);
        stage.setScene(new Scene(timeline, 1000, 400));
        stage.show();
    }

    private static long day(int y, int m, int d) {
        return java.time.LocalDate.of(y, m, d).toEpochDay() * DAY;
    }

    private static int[] pixels(FxRobot robot, Canvas canvas) {
        int[][] argb = new int[1][];
        robot.interact(() -> {
            WritableImage image = canvas.snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            argb[0] = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb[0], 0, w);
        });
        return argb[0];
    }

    /** Lets a few pulses pass, so that a repaint the old skin had scheduled would have happened. */
    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterDisposeChangesToTheViewStateNoLongerReachTheOldSkinAndItsPlayerStops(FxRobot robot) throws Exception {
        TimelineSkin old = (TimelineSkin) timeline.getSkin();
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        long start = day(2020, 2, 1);
        robot.interact(() -> {
            state.setCursor(start);
            timeline.setPlaySpeed(PlaySpeed.WEEK);
            timeline.setPlaying(true);
        });
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> state.getCursor() > start);

        robot.interact(() -> timeline.setSkin(null));
        settle();
        long stoppedAt = state.getCursor();
        settle();
        assertEquals(stoppedAt, state.getCursor(), "the old skin's player stopped with it");

        Lanes lanes = old.lanes();
        int[] before = pixels(robot, canvas);
        robot.interact(() -> {
            timeline.setPlaying(false);
            state.setWindow(new TimeWindow(day(2020, 4, 1), day(2020, 6, 1)));
            state.setCursor(day(2020, 5, 5));
            state.select(Selection.event("second"));
            state.setFilter(state.getFilter().withEventKinds(Set.of("parade")));
            timeline.setLaneMode(LaneMode.ACTOR);
            state.show(IndexedDataset.of(new Dataset("Other", null, List.of(), List.of(),
                    List.of(TimelineViewTest.event("x", "1999-01-01")), List.of(), Extras.NONE)));
        });
        settle();

        assertTrue(errors.isEmpty(), () -> "nothing reached the disposed skin: " + errors);
        assertSame(lanes, old.lanes(), "its lanes were not rebuilt");
        assertArrayEquals(before, pixels(robot, canvas), "its canvas was not repainted");
    }

    @Test
    void aLaneBuildInFlightWhenTheSkinIsDisposedIsDropped(FxRobot robot) throws Exception {
        List<Runnable> queued = new ArrayList<>();
        TimelineSkin[] skin = new TimelineSkin[1];
        robot.interact(() -> {
            skin[0] = new TimelineSkin(timeline, new LatestJob<>(queued::add, Runnable::run));
            timeline.setSkin(skin[0]);
        });
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 100_001; i++) {
            events.add(TimelineViewTest.event("e" + i, java.time.LocalDate.of(2000, 1, 1).plusDays(i % 3650).toString()));
        }
        Dataset large = new Dataset("Large", null, List.of(), List.of(), events, List.of(), Extras.NONE);
        Lanes shown = skin[0].lanes();
        robot.interact(() -> state.show(IndexedDataset.of(large)));
        assertEquals(1, queued.size(), "a dataset this large has its lanes built in the background");

        robot.interact(() -> {
            timeline.setSkin(null);
            queued.forEach(Runnable::run);
        });
        settle();

        assertTrue(errors.isEmpty(), () -> "the build's result did not reach the disposed skin: " + errors);
        assertSame(shown, skin[0].lanes(), "the build was dropped, not shown");
    }
}
