package org.entente.app;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size, place and dividers between runs. */
final class WindowPreferences {
    private final Preferences preferences;

    WindowPreferences(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Restores the window's bounds when they still fit on a screen, so a window never opens out of sight. */
    void restore(Stage stage) {
        double w = preferences.getDouble("window.width", 1400);
        double h = preferences.getDouble("window.height", 900);
        double x = preferences.getDouble("window.x", Double.NaN);
        double y = preferences.getDouble("window.y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 200), 40)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(preferences.getBoolean("window.maximized", false));
    }

    void save(Stage stage) {
        preferences.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            preferences.putDouble("window.width", stage.getWidth());
            preferences.putDouble("window.height", stage.getHeight());
            preferences.putDouble("window.x", stage.getX());
            preferences.putDouble("window.y", stage.getY());
        }
    }

    void restore(SplitPane split, String name, double fallback) {
        split.setDividerPositions(divider(name, fallback));
    }

    void save(SplitPane split, String name) {
        saveDivider(name, split.getDividerPositions()[0]);
    }

    /** A divider's saved position, for a split pane that gets its items later. */
    double divider(String name, double fallback) {
        return preferences.getDouble("divider." + name, fallback);
    }

    void saveDivider(String name, double position) {
        preferences.putDouble("divider." + name, position);
    }
}
