package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.entente.query.Comparison;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Comparing two periods in the main window on the seed dataset, as an analyst does it: View ▸ Compare two
 * periods ▸ Compare by dates, September 2025 with October 2025; every view then shows the comparison.
 */
class CompareWorkspaceTest extends SeedWindowTest {
    private static final long DAY = 86_400_000L;

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openTheSeed(FxRobot robot) throws TimeoutException {
        loadSeed(robot);
        robot.interact(() -> {
            state.setWindow(new TimeWindow(day(2025, 1, 1), day(2026, 1, 1)));
            state.setCursor(day(2025, 10, 10));
        });
    }

    private static long day(int y, int m, int d) {
        return LocalDate.of(y, m, d).toEpochDay() * DAY;
    }

    private static void write(FxRobot robot, String query, String text) {
        robot.doubleClickOn(robot.lookup(query).queryAs(TextField.class))
                .press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    @Test
    void septemberComparedWithOctoberShowsInEveryView(FxRobot robot) throws Exception {
        Menu compare = (Menu) TestWindows.menuItem(robot, "Compare two periods");
        MenuItem byDates = compare.getItems().stream().filter(item -> "Compare by dates\u2026".equals(item.getText()))
                .findFirst().orElseThrow();
        // Later, not in interact: the dialog waits for its answer, and the test gives it.
        Platform.runLater(byDates::fire);
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, "#from-a", "2025-09");
        write(robot, "#to-a", "2025-09");
        write(robot, "#from-b", "2025-10");
        write(robot, "#to-b", "2025-10");
        robot.clickOn(robot.lookup(".compare-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        TimeWindow september = new TimeWindow(day(2025, 9, 1), day(2025, 10, 1));
        TimeWindow october = new TimeWindow(day(2025, 10, 1), day(2025, 11, 1));
        assertEquals(new Comparison(september, october), state.getComparison());
        assertEquals("1 Sep 2025 to 30 Sep 2025", robot.lookup(".compare-period-a").queryAs(Label.class).getText(),
                "the graph says which periods it compares");
        assertTrue(robot.lookup(".graph-toolbar .choice-box").queryAs(ChoiceBox.class).isDisabled(),
                "the graph's own choice of time is off while it compares");
        assertTrue(robot.lookup(".changes-table").tryQuery().isPresent(), "the detail pane lists the changes");
        TestWindows.shoot(robot, window, "workspace-compare");

        robot.clickOn("Kim Jong Un \u2013 Xi Jinping");

        assertEquals(Selection.pair("kim-jong-un", "xi-jinping"), state.getSelection());
        assertTrue(robot.lookup("They dealt with each other in A and not in B.").tryQuery().isPresent());

        CheckMenuItem dark = (CheckMenuItem) TestWindows.menuItem(robot, "Dark theme");
        robot.interact(() -> dark.setSelected(true));
        TestWindows.shoot(robot, window, "workspace-compare-dark");
    }
}
