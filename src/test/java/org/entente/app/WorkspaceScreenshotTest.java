package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.entente.graph.ActorGraphView;
import org.entente.io.LoadMode;
import org.entente.model.Reliability;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renders the whole window on the seed dataset in both themes, for the README, and checks the themes differ as they should. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceScreenshotTest {
    private static final long DAY = 86_400_000L;
    private final ViewState state = new ViewState();
    private final Preferences preferences = TestWindows.scratchPreferences();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, state, preferences, 1400, 860);
    }

    private Color shoot(FxRobot robot, String name) throws Exception {
        return timelineBackground(robot, TestWindows.shoot(robot, window, name));
    }

    /** The most common colour along the top of the timeline's axis: its background, whatever is drawn on it. */
    private static Color timelineBackground(FxRobot robot, WritableImage image) {
        javafx.geometry.Bounds lanes = robot.lookup(".timeline-canvas").query().localToScene(
                robot.lookup(".timeline-canvas").query().getBoundsInLocal());
        java.util.Map<Color, Integer> counts = new java.util.HashMap<>();
        int y = (int) lanes.getMinY() + 3;
        for (int x = (int) lanes.getMinX() + 2; x < lanes.getMaxX() - 2; x += 3) {
            counts.merge(image.getPixelReader().getColor(x, y), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void theWorkspaceInLightAndDarkThemes(FxRobot robot) throws Exception {
        robot.interact(() -> window.open(LoadTask.file(Path.of("data/dprk-china-russia-2025.json")), LoadMode.STRICT));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.getDataset() != null);
        robot.interact(() -> {
            state.setWindow(new TimeWindow(java.time.LocalDate.of(2025, 8, 25).toEpochDay() * DAY,
                    java.time.LocalDate.of(2025, 10, 20).toEpochDay() * DAY));
            state.setCursor(java.time.LocalDate.of(2025, 10, 10).toEpochDay() * DAY);
        });
        Thread.sleep(500);
        // Fit as the F key does: at this width the graph's toolbar has moved its Fit button into its overflow menu.
        robot.interact(() -> robot.lookup(".actor-graph-view").queryAs(ActorGraphView.class).fit());
        Thread.sleep(400);
        Color light = shoot(robot, "workspace-light");
        robot.interact(() -> state.select(Selection.event("ev-beijing-parade-2025")));
        shoot(robot, "workspace-event");
        robot.interact(() -> state.select(Selection.pair("kim-jong-un", "xi-jinping")));
        shoot(robot, "workspace-pair");
        robot.interact(() -> {
            state.select(Selection.actor("kim-jong-un"));
            window.toggleFilters();
            state.setFilter(state.getFilter().withMinReliability(Reliability.F).withTone(-2, 10));
        });
        shoot(robot, "workspace-actor-filtered");
        robot.interact(() -> {
            window.toggleFilters();
            state.setFilter(Filter.NONE);
            state.select(Selection.event("ev-beijing-parade-2025"));
        });

        CheckMenuItem dark = (CheckMenuItem) TestWindows.menuItem(robot, "Dark theme");
        robot.interact(() -> dark.setSelected(true));
        Color darkColor = shoot(robot, "workspace-dark");

        assertTrue(light.getBrightness() > 0.9, "the light theme's timeline is light: " + light);
        assertTrue(darkColor.getBrightness() < 0.2, "the dark theme's timeline is dark: " + darkColor);
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }
}
