package org.entente.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.entente.store.MemoryStore;
import org.entente.strata.Strata;
import org.entente.timescale.TimeScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A store too large to hold, as a user meets it on the timeline: the window is drawn from the store's
 * counts, by kind, where its events are and nowhere else, and a click on the counts zooms in to them.
 * No records are fetched here (there is no lens), so everything drawn comes from the store's answers.
 */
@ExtendWith(ApplicationExtension.class)
class StoreTimelineTest {
    private final ViewState state = new ViewState();
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        timeline = TimelineStage.show(stage, state);
    }

    /** Three thousand events from January to April 2020, three in four talks, and one in December that ends the extent. */
    private static MemoryStore store() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String day = LocalDate.of(2020, 1, 1).plusDays(i % 120).toString();
            events.add(DenseTimelineTest.event("e" + i, day, i % 4 == 0 ? "fight" : "talk", "a", "b"));
        }
        events.add(DenseTimelineTest.event("last", "2020-12-20", "talk", "a", "b"));
        return new MemoryStore(IndexedDataset.of(new Dataset("Stored", null, List.of(), List.of(), events, List.of(),
                Extras.NONE)));
    }

    private void open(FxRobot robot, MemoryStore store) {
        TimeWindow all = new TimeWindow(store.extent().minStart(), store.extent().maxEnd());
        robot.interact(() -> state.show(store, store.records(all, 0).dataset()));
    }

    /** Renders until the store's counts have arrived and are drawn (they come from a background thread). */
    private PixelReader renderAnswered(FxRobot robot, Color colour, int x, int y) {
        PixelReader pixels = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            pixels = TimelineStage.render(robot, timeline).getPixelReader();
            if (pixelsNear(pixels, colour, x, y) > 0) {
                break;
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        return pixels;
    }

    /** How many pixels of a colour lie within a few pixels of (x, y): columns leave thin gaps between them. */
    private static int pixelsNear(PixelReader pixels, Color colour, int x, int y) {
        int n = 0;
        for (int dx = -6; dx <= 6; dx++) {
            for (int dy = -20; dy <= 0; dy++) {
                n += near(pixels.getColor(x + dx, y + dy), colour) ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.06 && Math.abs(a.getGreen() - b.getGreen()) < 0.06
                && Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }

    private int x(long t) {
        TimeWindow window = state.getWindow();
        return (int) new TimeScale(window.start(), window.end(), canvas().getWidth()).x(t);
    }

    private Canvas canvas() {
        return timeline.lookup(".timeline-canvas") instanceof Canvas c ? c : null;
    }

    /** The colour of the store's most frequent kind, talks, as the legend and the columns show it. */
    private Color talkColour() {
        Strata strata = ((TimelineSkin) timeline.getSkin()).lanes().strata();
        return timeline.palette().group(strata, strata.kindGroups().get("talk"));
    }

    /** A row just above the overview, where every column of counts has its foot. */
    private int bottom() {
        return (int) (canvas().getHeight() - TimelineFrame.OVERVIEW_HEIGHT - 8);
    }

    private static long day(String date) {
        return Instant.parse(date + "T12:00:00Z").toEpochMilli();
    }

    @Test
    void theWindowIsDrawnFromTheStoresCountsWhereItsEventsAre(FxRobot robot) {
        open(robot, store());
        Color talk = talkColour();
        int bottom = bottom();
        PixelReader pixels = renderAnswered(robot, talk, x(day("2020-02-15")), bottom);
        assertTrue(pixelsNear(pixels, talk, x(day("2020-02-15")), bottom) > 100, "February's talks are counted");
        assertTrue(pixelsNear(pixels, timeline.palette().background(), x(day("2020-08-15")), bottom) > 250,
                "August has no events");
        assertTrue(pixelsNear(pixels, talk, x(day("2020-08-15")), bottom) == 0, "August has no events");
    }

    @Test
    void clickingTheCountsZoomsInToThem(FxRobot robot) {
        open(robot, store());
        int bottom = bottom();
        int february = x(day("2020-02-15"));
        renderAnswered(robot, talkColour(), february, bottom);
        TimeWindow before = state.getWindow();
        robot.moveTo(canvas(), Pos.TOP_LEFT, new Point2D(february, bottom), Motion.DIRECT).clickOn(MouseButton.PRIMARY);
        for (int attempt = 0; attempt < 40 && state.getWindow().equals(before); attempt++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow after = state.getWindow();
        assertTrue(after.span() < before.span() / 5, "zoomed in: " + before + " to " + after);
        assertTrue(after.contains(day("2020-02-15")) || after.start() < day("2020-03-01") && after.end() > day("2020-01-20"),
                "to February: " + after);
    }

    @Test
    void playMovesTheCursorThroughTheStoresTimeNotJustTheRecordsHeld(FxRobot robot) {
        MemoryStore store = store();
        open(robot, store);
        long start = day("2020-03-01");
        robot.interact(() -> {
            state.setCursor(start);
            timeline.setPlaySpeed(PlaySpeed.MONTH);
            timeline.setPlaying(true);
        });
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        robot.interact(() -> timeline.setPlaying(false));
        long cursor = state.getCursor();
        assertTrue(cursor > start && cursor < day("2020-06-01"), "played on from March at a month a second: "
                + Instant.ofEpochMilli(cursor));
    }
}
