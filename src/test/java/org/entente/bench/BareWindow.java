package org.entente.bench;

import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The least a JavaFX app does before its first frame: a window with a toolbar of three controls and a
 * label, timed as the app's own probe times it (from {@code main} to the first pulse that lays the window
 * out) and printed as {@code first-frame-ms=N}. What the app takes beyond this is its own; what this takes
 * is the toolkit's start, its default stylesheet and its first pulse, which no app can skip.
 */
public final class BareWindow {
    private static long started;

    private BareWindow() {
    }

    public static void main(String[] args) {
        started = System.nanoTime();
        // Launched through a nested class: a main class that is itself an Application is refused on the class path.
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            BorderPane root = new BorderPane(new Label("Entente"));
            root.setTop(new ToolBar(new Button("Open"), new Button("Filters"), new TextField()));
            Scene scene = new Scene(root, 1200, 800);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    System.out.println("first-frame-ms=" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                    Platform.exit();
                }
            });
            stage.setScene(scene);
            stage.show();
        }
    }
}
