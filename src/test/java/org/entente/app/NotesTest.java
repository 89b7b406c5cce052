package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.entente.notes.Note;
import org.entente.notes.NoteTarget;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.timeline.TimelineView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An analyst writes a note in the detail pane on the event, actor or time on show; it is listed there, marked on
 * the timeline, found by search, and kept apart from the dataset.
 */
class NotesTest extends SeedWindowTest {
    private static final String PARADE = "ev-beijing-parade-2025";
    /** The note token's light colour (tokens.css), which the timeline's marker is drawn in. */
    private static final Color NOTE = Color.web("#e67700");

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openTheSeed(FxRobot robot) throws Exception {
        loadSeed(robot);
    }

    @Test
    void aNoteWrittenOnAnEventIsListedMarkedOnTheTimelineAndFound(FxRobot robot) throws Exception {
        robot.interact(() -> {
            state.setWindow(new TimeWindow(Day.of(2025, 8, 20), Day.of(2025, 9, 20)));
            state.select(Selection.event(PARADE));
        });
        int before = notePixels(robot);
        byte[] dataset = Files.readAllBytes(SEED);
        write(robot, "Both sources put Kim on the rostrum beside Xi and Putin");
        assertArrayEquals(dataset, Files.readAllBytes(SEED), "the note is the workspace's, not the dataset's");
        List<Note> notes = state.getNotes().all();
        assertEquals(1, notes.size());
        assertEquals(new NoteTarget.Event(PARADE), notes.get(0).target());
        assertTrue(noteTexts(robot).contains("Both sources put Kim on the rostrum beside Xi and Putin"), noteTexts(robot)::toString);
        WaitForAsyncUtils.waitForFxEvents();
        int after = notePixels(robot);
        TestWindows.shoot(robot, window, "note-on-event");
        assertTrue(after > before + 20, "a marker in the note's colour on the timeline: " + before + " then " + after);

        robot.interact(() -> state.select(Selection.actor("donald-trump")));
        robot.clickOn(".search-box").write("rostrum");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".search-box").queryAs(javafx.scene.control.TextField.class)
                .getText().equals("rostrum"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Selection.event(PARADE).equals(state.getSelection()));
    }

    @Test
    void aNoteOnTheTimeOnShowIsOnThatSpanAndCanBeEditedAndRemoved(FxRobot robot) throws Exception {
        TimeWindow crisis = new TimeWindow(Day.of(2025, 9, 1), Day.of(2025, 9, 8));
        robot.interact(() -> {
            state.setWindow(crisis);
            state.select(Selection.NOTHING);
        });
        write(robot, "Parade week: every claim here comes from two articles");
        assertEquals(new NoteTarget.Span(crisis), state.getNotes().all().get(0).target());
        robot.clickOn(".note-edit");
        TextArea field = robot.lookup(".note .note-field").queryAs(TextArea.class);
        robot.interact(() -> field.setText("Parade week, edited"));
        robot.clickOn(".note .note-add");
        assertEquals("Parade week, edited", state.getNotes().all().get(0).text());
        assertEquals(new NoteTarget.Span(crisis), state.getNotes().all().get(0).target(), "an edit keeps what it is about");
        robot.interact(() -> state.setWindow(new TimeWindow(Day.of(2025, 1, 1), Day.of(2025, 12, 31))));
        robot.clickOn(".note-time");
        assertEquals(crisis, state.getWindow(), "the note's time link takes the timeline there");
        robot.clickOn(".note-remove");
        assertTrue(state.getNotes().isEmpty());
        assertTrue(noteTexts(robot).isEmpty());
    }

    /** Opens the detail pane's note field under the title, types a note and adds it with Ctrl+Enter. */
    private static void write(FxRobot robot, String text) {
        robot.clickOn(".detail-view .note-open");
        robot.write(text);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> noteTexts(FxRobot robot) {
        return robot.lookup(".detail-view .note-text").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** How many pixels of the timeline are in the note's colour. */
    private int notePixels(FxRobot robot) {
        TimelineView timeline = window.timelineView();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = timeline.snapshot(null, null));
        PixelReader pixels = image[0].getPixelReader();
        int count = 0;
        for (int y = 0; y < image[0].getHeight(); y++) {
            for (int x = 0; x < image[0].getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - NOTE.getRed()) < 0.06 && Math.abs(c.getGreen() - NOTE.getGreen()) < 0.06
                        && Math.abs(c.getBlue() - NOTE.getBlue()) < 0.06) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Midnight UTC of a day, in milliseconds. */
    private static final class Day {
        static long of(int year, int month, int day) {
            return java.time.LocalDate.of(year, month, day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        }
    }
}
