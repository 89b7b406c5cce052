package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.entente.graph.ActorGraphView;
import org.entente.network.GraphSpan;
import org.entente.network.GraphTimeMode;
import org.entente.notes.NoteTarget;
import org.entente.query.TimeWindow;
import org.entente.timeline.TimelineView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stretch of time the actor graph shows, marked on the timeline, in the main window on the seed
 * dataset: the analyst picks the graph's time in its toolbar and sees the band move with the cursor.
 */
class GraphWindowBandTest extends SeedWindowTest {
    private static final long DAY = 86_400_000L;
    private static final TimeWindow YEAR_2025 = new TimeWindow(day(2025, 1, 1), day(2026, 1, 1));
    private static final long JUNE_FIRST = day(2025, 6, 1) + DAY / 2;
    /** The body of the timeline's canvas lies between its axis and its overview strip. */
    private static final int AXIS_HEIGHT = 46;
    private static final int OVERVIEW_HEIGHT = 44;
    /** How far a drawn edge may sit from where its instant maps: rounding, and the line's own pixel. */
    private static final int SLACK = 2;
    /** The note token's light colour (tokens.css), which the timeline's note markers are drawn in. */
    private static final Color NOTE = Color.web("#e67700");

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openTheSeedOn2025WithTheCursorInJune(FxRobot robot) throws TimeoutException {
        loadSeed(robot);
        robot.interact(() -> {
            state.setWindow(YEAR_2025);
            state.setCursor(JUNE_FIRST);
        });
    }

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * DAY;
    }

    @Test
    void aroundTheCursorTheBandCoversTheCursorPlusOrMinusTheSpanAndMovesWithIt(FxRobot robot) throws Exception {
        choose(robot, 0, GraphTimeMode.AROUND_CURSOR);
        choose(robot, 1, GraphSpan.MONTH);

        Band band = band(robot);
        assertAt(band, JUNE_FIRST - 30 * DAY, JUNE_FIRST + 30 * DAY);
        assertTrue(band.towards(graphWindowColour(robot)), "the band is tinted in the graph's colour");

        long august = day(2025, 8, 15);
        robot.interact(() -> state.setCursor(august));
        assertAt(band(robot), august - 30 * DAY, august + 30 * DAY);
    }

    @Test
    void theGraphsWindowInTheViewStateFollowsItsTimeMode(FxRobot robot) throws Exception {
        long eighth = YEAR_2025.span() / 8;
        assertEquals(new TimeWindow(JUNE_FIRST - eighth, JUNE_FIRST + eighth), state.getGraphWindow(),
                "at first the graph follows the cursor over a quarter of the view");
        TimeWindow later = new TimeWindow(day(2025, 3, 1), day(2025, 9, 1));
        robot.interact(() -> state.setWindow(later));
        assertEquals(new TimeWindow(JUNE_FIRST - later.span() / 8, JUNE_FIRST + later.span() / 8), state.getGraphWindow(),
                "which zooms with the timeline");

        choose(robot, 0, GraphTimeMode.VISIBLE_RANGE);
        assertEquals(later, state.getGraphWindow(), "the visible range is the window");

        choose(robot, 0, GraphTimeMode.AROUND_CURSOR);
        choose(robot, 1, GraphSpan.QUARTER);
        assertEquals(new TimeWindow(JUNE_FIRST - 91 * DAY, JUNE_FIRST + 91 * DAY), state.getGraphWindow());

        choose(robot, 0, GraphTimeMode.UP_TO_CURSOR);
        assertEquals(new TimeWindow(state.getDataset().time().minStart(), JUNE_FIRST + 1), state.getGraphWindow(),
                "up to the cursor, from the first event rather than from the beginning of time");

    }

    /**
     * A note on a span of time draws its bracket along the top of the lanes, beneath the graph's band: the
     * band's tab, where the bracket crosses it, stays the band's colour, so it reads and can be grabbed.
     */
    @Test
    void aNoteOnTheTimeLiesBeneathTheBandsTab(FxRobot robot) throws Exception {
        choose(robot, 0, GraphTimeMode.AROUND_CURSOR);
        choose(robot, 1, GraphSpan.MONTH);
        Band band = band(robot);
        robot.interact(() -> state.setNotes(state.getNotes().adding(new NoteTarget.Span(YEAR_2025), "The year", 0)));
        PixelReader pixels = snapshot(robot).getPixelReader();
        // The bracket's rows, three pixels below the top of the lanes; the tab's right end has no text.
        int y = AXIS_HEIGHT + 4;
        Color outside = pixels.getColor(band.first() / 2, y);
        Color tab = pixels.getColor(band.last() - 2, y);
        assertTrue(Band.distance(outside, NOTE) < 0.1, "the note's bracket runs along the lanes: " + outside);
        assertTrue(Band.distance(tab, graphWindowColour(robot)) < Band.distance(tab, NOTE),
                "the band's tab is drawn over the bracket: " + tab);
    }

    // ---- the graph's toolbar ----

    /**
     * Picks a value in the graph toolbar's {@code index}th choice box, as a click in its list does. It
     * selects in the box's model rather than clicking: a click on an item of the opened list (which opens
     * with the current value under the pointer) picked the wrong item headless.
     */
    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, int index, T value) {
        ChoiceBox<T> box = robot.lookup(".graph-toolbar .choice-box").nth(index).queryAs(ChoiceBox.class);
        robot.interact(() -> box.getSelectionModel().select(value));
        assertEquals(value, box.getValue(), "chose " + value);
    }

    // ---- the timeline's pixels ----

    /** The timeline's canvas once it has redrawn, which it does on the next pulse. */
    private WritableImage snapshot(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup(".timeline-surface").query().snapshot(null, null));
        return image[0];
    }

    /** The timeline as it is with the graph following the visible range, which tints none of it. */
    private WritableImage bandless(FxRobot robot) throws TimeoutException {
        GraphTimeMode mode = robot.lookup(".actor-graph-view").queryAs(ActorGraphView.class).getTimeMode();
        choose(robot, 0, GraphTimeMode.VISIBLE_RANGE);
        WritableImage plain = snapshot(robot);
        choose(robot, 0, mode);
        return plain;
    }

    /** Where the band is drawn now: the timeline against itself without the band. */
    private Band band(FxRobot robot) throws TimeoutException {
        WritableImage withBand = snapshot(robot);
        return new Band(withBand, bandless(robot));
    }

    /** Asserts that the band runs from {@code from} to {@code to}; the lanes are ungrouped, so the window spans the canvas. */
    private void assertAt(Band band, long from, long to) {
        TimeWindow shown = state.getWindow();
        double x0 = (double) (from - shown.start()) / shown.span() * band.width();
        double x1 = (double) (to - shown.start()) / shown.span() * band.width();
        assertTrue(Math.abs(band.first() - x0) <= SLACK && Math.abs(band.last() - x1) <= SLACK,
                "the band spans x " + band.first() + " to " + band.last() + ", expected " + x0 + " to " + x1);
        assertTrue(band.changed() >= 0.95 * (band.last() - band.first() + 1), "and tints every column between: "
                + band.changed() + " of " + (band.last() - band.first() + 1));
    }

    private Color graphWindowColour(FxRobot robot) {
        TimelineView timeline = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        for (CssMetaData<? extends Styleable, ?> data : TimelineView.getClassCssMetaData()) {
            if (data.getProperty().equals("-entente-timeline-graph-window")) {
                @SuppressWarnings("unchecked")
                CssMetaData<TimelineView, Color> colour = (CssMetaData<TimelineView, Color>) data;
                return colour.getStyleableProperty(timeline).getValue();
            }
        }
        throw new AssertionError("the timeline has no graph window colour");
    }

    /**
     * The columns of the timeline's body where two pictures differ, leaving out the outermost two, where
     * the visible range's own edges lie.
     */
    private static final class Band {
        private final PixelReader with;
        private final PixelReader without;
        private final int bottom;
        private final double width;
        private int first = -1;
        private int last = -1;
        private int changed;

        Band(WritableImage with, WritableImage without) {
            this.with = with.getPixelReader();
            this.without = without.getPixelReader();
            this.bottom = (int) with.getHeight() - OVERVIEW_HEIGHT;
            this.width = with.getWidth();
            for (int x = 2; x < with.getWidth() - 2; x++) {
                if (differs(x)) {
                    first = first < 0 ? x : first;
                    last = x;
                    changed++;
                }
            }
        }

        private boolean differs(int x) {
            for (int y = AXIS_HEIGHT; y < bottom; y++) {
                if (!with.getColor(x, y).equals(without.getColor(x, y))) {
                    return true;
                }
            }
            return false;
        }

        double width() {
            return width;
        }

        int first() {
            return first;
        }

        int last() {
            return last;
        }

        int changed() {
            return changed;
        }

        /**
         * Whether the band, a quarter of the way in (clear of the cursor in its middle) and near the body's
         * bottom (clear of events), is nearer {@code colour} with the band than without.
         */
        boolean towards(Color colour) {
            int x = first + (last - first) / 4;
            int y = bottom - 3;
            return distance(with.getColor(x, y), colour) < distance(without.getColor(x, y), colour) - 0.01;
        }

        private static double distance(Color a, Color b) {
            return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                    + Math.abs(a.getBlue() - b.getBlue());
        }
    }
}
