package org.entente.app;

import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.entente.state.ViewState;

/** The main window on a test's stage, with the app's stylesheet and preferences of its own. */
final class TestWindows {
    private TestWindows() {
    }

    /** Preferences that no other test, and no user, shares; remove the node when the test ends. */
    static Preferences scratchPreferences() {
        return Preferences.userRoot().node("entente-test-" + UUID.randomUUID());
    }

    static MainWindow show(Stage stage, ViewState state, Preferences preferences, double width, double height) {
        MainWindow window = new MainWindow(state, preferences);
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(EntenteApp.class.getResource("entente.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        return window;
    }
}
