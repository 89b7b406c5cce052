package org.entente.app;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.entente.io.LoadMode;
import org.entente.state.ViewState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test of the main window as a user meets it: the window on the test's stage, 1,400 by 900, with
 * preferences of its own, removed when each test ends, and the seed dataset to open in it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SeedWindowTest {
    static final Path SEED = Path.of("data/dprk-china-russia-2025.json");

    final ViewState state = new ViewState();
    final Preferences preferences = TestWindows.scratchPreferences();
    MainWindow window;

    /** Shows the window; each test class calls it from a {@code @Start} method of its own, where TestFX looks. */
    void show(Stage stage) {
        window = TestWindows.show(stage, state, preferences, 1400, 900);
    }

    /** Opens the seed as File ▸ Open does, strictly, and waits until it shows. */
    void loadSeed(FxRobot robot) throws TimeoutException {
        TestWindows.load(robot, window, state, LoadTask.file(SEED), LoadMode.STRICT);
    }

    @AfterEach
    void forgetPreferences() throws BackingStoreException {
        preferences.removeNode();
    }
}
