package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.entente.io.LoadMode;
import org.entente.state.ViewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Dark theme reaches beyond the main window's panes: its dialogs and its status bar turn dark too. */
@ExtendWith(ApplicationExtension.class)
class DarkThemeTest {
    private final Preferences preferences = TestWindows.scratchPreferences();
    private final ViewState state = new ViewState();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, state, preferences, 1200, 800);
    }

    @AfterEach
    void closeDialogsAndForgetPreferences(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.owner()).toList().forEach(Window::hide));
        preferences.removeNode();
    }

    private void chooseDarkTheme(FxRobot robot) {
        CheckMenuItem dark = (CheckMenuItem) TestWindows.menuItem(robot, "Dark theme");
        robot.interact(() -> dark.setSelected(true));
    }

    /** The dialog on screen whose header says {@code header}. */
    private static Window dialog(String header) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> find(header) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return find(header);
    }

    private static Window find(String header) {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene().getRoot().lookup(".dialog-pane") instanceof DialogPane pane
                    && header.equals(pane.getHeaderText())) {
                return window;
            }
        }
        return null;
    }

    /** The colour that covers most of a window: its background, whatever is drawn on it. */
    private static Color mostCommonColour(FxRobot robot, Window window) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.getScene().snapshot(null));
        PixelReader pixels = image[0].getPixelReader();
        Map<Color, Integer> counts = new HashMap<>();
        for (int y = 0; y < image[0].getHeight(); y += 2) {
            for (int x = 0; x < image[0].getWidth(); x += 2) {
                counts.merge(pixels.getColor(x, y), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void theKeyboardShortcutsAreDarkInTheDarkTheme(FxRobot robot) throws TimeoutException {
        chooseDarkTheme(robot);
        MenuItem shortcuts = TestWindows.menuItem(robot, "Keyboard shortcuts");
        robot.interact(shortcuts::fire);

        Color background = mostCommonColour(robot, dialog("Keyboard shortcuts"));

        assertTrue(background.getBrightness() < 0.3, "the shortcuts dialog is dark: " + background);
    }

    @Test
    void anExportErrorIsDarkInTheDarkTheme(FxRobot robot, @TempDir Path dir) throws IOException, TimeoutException {
        Path file = Files.copy(Path.of("data/dprk-china-russia-2025.json"), dir.resolve("seed.json"));
        robot.interact(() -> window.open(LoadTask.file(file), LoadMode.STRICT));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.loadedFileProperty().get() != null);
        chooseDarkTheme(robot);

        robot.interact(() -> window.exports().exportDataset(file));  // the file on show: refused, with an error

        Color background = mostCommonColour(robot, dialog("Export failed"));

        assertTrue(background.getBrightness() < 0.3, "the export error is dark: " + background);
    }

    @Test
    void theStatusBarIsDarkInTheDarkTheme(FxRobot robot) {
        chooseDarkTheme(robot);
        WaitForAsyncUtils.waitForFxEvents();

        StatusBar status = robot.lookup(".status-bar").queryAs(StatusBar.class);
        for (BackgroundFill fill : status.getBackground().getFills()) {
            assertTrue(!(fill.getFill() instanceof Color colour) || colour.getBrightness() < 0.4,
                    "every fill of the status bar, its frame too, is dark: " + fill.getFill());
        }
    }
}
