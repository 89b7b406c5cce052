package org.entente.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.entente.index.IndexedDataset;
import org.entente.query.Comparison;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Setting the two periods to compare from the timeline: its Compare menu, its right-click menu and the dates dialog. */
@ExtendWith(ApplicationExtension.class)
class CompareControlsTest {
    private static final long DAY = 86_400_000L;
    private final ViewState state = new ViewState();

    @Start
    void start(Stage stage) {
        TimelineStage.show(stage, state);
    }

    @BeforeEach
    void showThreeMeetings(FxRobot robot) {
        robot.interact(() -> state.show(IndexedDataset.of(TimelineViewTest.threeMeetings())));
    }

    private static TimeWindow year(int y) {
        return new TimeWindow(LocalDate.of(y, 1, 1).toEpochDay() * DAY, LocalDate.of(y + 1, 1, 1).toEpochDay() * DAY);
    }

    @Test
    void scrollingToOnePeriodAndSettingAThenToAnotherAndSettingBComparesThem(FxRobot robot) {
        robot.interact(() -> state.setWindow(year(2019)));
        robot.clickOn(".compare-menu").clickOn("Set A to the visible window");
        assertEquals(Comparison.ofA(year(2019)), state.getComparison());
        assertFalse(state.isComparing(), "B is still to be chosen");

        robot.interact(() -> state.setWindow(year(2020)));
        robot.rightClickOn(".timeline-canvas").clickOn("Set B to the visible window");

        assertEquals(new Comparison(year(2019), year(2020)), state.getComparison());
        assertTrue(state.isComparing());
        robot.clickOn(".compare-menu").clickOn("Stop comparing");
        assertNull(state.getComparison());
    }

    @Test
    void theDatesDialogSaysWhatIsWrongAndComparesOnceBothPeriodsAreGood(FxRobot robot) {
        robot.clickOn(".compare-menu").clickOn("Compare by dates\u2026");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".compare-dialog").queryAs(DialogPane.class);
        Button ok = (Button) dialog.lookupButton(ButtonType.OK);
        write(robot, "#from-a", "2019");
        write(robot, "#to-a", "2019");
        write(robot, "#from-b", "2021");
        write(robot, "#to-b", "2020");

        assertEquals("Period B ends before it starts.", robot.lookup(".compare-dialog-error").queryAs(Label.class).getText());
        assertTrue(ok.isDisabled());

        write(robot, "#from-b", "2020");
        assertFalse(ok.isDisabled());
        robot.clickOn(ok, MouseButton.PRIMARY);

        assertEquals(new Comparison(year(2019), year(2020)), state.getComparison());
    }

    private static void write(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).queryAs(TextField.class);
        robot.doubleClickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }
}
