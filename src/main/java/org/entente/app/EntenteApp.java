package org.entente.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.entente.files.TempFiles;
import org.entente.io.LoadMode;
import org.entente.state.ViewState;

/**
 * The desktop application: one window on one view state, opened on a file or workspace named on the command
 * line, else the workspace on show when it last closed, else the last file, else the seed dataset.
 */
public final class EntenteApp extends Application {
    public static final String BUNDLED_DATASET = "/org/entente/data/dprk-china-russia-2025.json";
    private static final String LAST_FILE = "lastFile";
    private static final int ICON_SIZE = 64;

    private final ViewState state = new ViewState();

    /** A run killed earlier may have left temporary files; this run removes them before making its own. */
    @Override
    public void init() {
        TempFiles.sweep();
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(state, preferences());
        window.setOnOpenLink(url -> getHostServices().showDocument(url));
        Scene scene = new Scene(window);
        scene.getStylesheets().add(EntenteApp.class.getResource("entente.css").toExternalForm());
        stage.setScene(scene);
        // The icon is read and scaled to a window manager's size in the background: on the UI thread, scaling
        // the installers' 256-pixel icon held up the first frame by some 30 ms.
        String icon = EntenteApp.class.getResource("entente.png").toExternalForm();
        CompletableFuture.supplyAsync(() -> new Image(icon, ICON_SIZE, ICON_SIZE, true, true))
                .thenAcceptAsync(image -> stage.getIcons().add(image), Platform::runLater);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> state.getDataset() == null ? "Entente" : state.getDataset().dataset().title() + " \u2014 Entente",
                state.datasetProperty()));
        window.loadedFileProperty().addListener((obs, old, file) -> {
            if (file != null) {
                preferences().put(LAST_FILE, file.toAbsolutePath().toString());
            }
        });
        StartupProbe.attachIfRequested(scene, state, window.timelineView());
        window.windowPreferences().restore(stage);
        stage.setOnHiding(e -> {
            window.windowPreferences().save(stage);
            window.saveLayout();
            window.workspaces().keepForNextStart();
        });
        // The dataset loads in the background while the window's controls are built and styled for their first
        // showing, which takes the UI thread most of a second: by then the seed is read and indexed.
        List<String> arguments = getParameters().getUnnamed();
        if (!arguments.isEmpty()) {
            // Absolute, so that whatever was typed ("", ".") the window and its problems name a file.
            window.openFile(Path.of(arguments.get(0)).toAbsolutePath());
        } else if (!window.workspaces().reopenLast()) {
            window.open(initialOrigin(), LoadMode.STRICT);
        }
        stage.show();
    }

    /** With no file named and no workspace kept: the last file opened, else the dataset that ships with the app. */
    private static LoadTask.Origin initialOrigin() {
        String last = preferences().get(LAST_FILE, null);
        if (last != null && Files.isReadable(Path.of(last))) {
            return LoadTask.file(Path.of(last));
        }
        return LoadTask.bundled(BUNDLED_DATASET);
    }

    private static Preferences preferences() {
        return Preferences.userNodeForPackage(EntenteApp.class);
    }
}
