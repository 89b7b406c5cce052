package org.entente.app;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.entente.graph.ActorGraphView;
import org.entente.io.LoadMode;
import org.entente.state.ViewState;
import org.entente.timeline.TimelineView;

/** The main window's content: menus, what was loaded, the loader's problems, and a status bar. */
public final class MainWindow extends BorderPane {
    private final ViewState state;
    private final DatasetLoading loading;
    private final ProblemsPane problems = new ProblemsPane();
    private final StatusBar status = new StatusBar();
    private final ReadOnlyObjectWrapper<Path> loadedFile = new ReadOnlyObjectWrapper<>(this, "loadedFile");
    private LoadTask.Origin lastOrigin;

    public MainWindow(ViewState state) {
        this.state = state;
        this.loading = new DatasetLoading(state, this::showOutcome);
        getStyleClass().add("main-window");
        setTop(menus());
        TimelineView timeline = new TimelineView(state);
        ActorGraphView graph = new ActorGraphView(state);
        DatasetOverview overview = new DatasetOverview(state);
        SplitPane lower = new SplitPane(graph, overview);
        lower.setDividerPositions(0.64);
        SplitPane views = new SplitPane(timeline, lower);
        views.setOrientation(Orientation.VERTICAL);
        views.setDividerPositions(0.45);
        VBox.setVgrow(views, Priority.ALWAYS);
        setCenter(new VBox(views, problems));
        setBottom(status);
        problems.setOnLoadAnyway(() -> {
            if (lastOrigin != null) {
                open(lastOrigin, LoadMode.LENIENT);
            }
        });
        bindStatus();
    }

    public void open(LoadTask.Origin origin, LoadMode mode) {
        lastOrigin = origin;
        loading.load(origin, mode);
    }

    /** The file of the dataset on show, or null when it came from inside the app. */
    public ReadOnlyObjectProperty<Path> loadedFileProperty() {
        return loadedFile.getReadOnlyProperty();
    }

    public DatasetLoading loading() {
        return loading;
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open\u2026");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFile());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> getScene().getWindow().hide());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().addListener((obs, was, on) -> {
            String sheet = MainWindow.class.getResource("dark.css").toExternalForm();
            if (on) {
                getStylesheets().add(sheet);
            } else {
                getStylesheets().remove(sheet);
            }
        });
        return new MenuBar(new Menu("File", null, open, quit), new Menu("View", null, dark));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a dataset");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Entente datasets (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Window owner = getScene() == null ? null : getScene().getWindow();
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            open(LoadTask.file(Path.of(file.getPath())), LoadMode.STRICT);
        }
    }

    private void showOutcome(LoadTask.Outcome outcome) {
        var result = outcome.result();
        problems.show(outcome.name(), result.problems(), result.errorCount(), result.warningCount(), !outcome.loaded());
        if (outcome.loaded()) {
            loadedFile.set(outcome.origin().file().orElse(null));
            status.setText("Loaded " + outcome.name() + ": " + Cli.plural(outcome.indexed().dataset().events().size(), "event")
                    + (result.skippedRecords() > 0 ? ", " + Cli.plural(result.skippedRecords(), "record") + " skipped" : ""));
        } else {
            status.setText(outcome.name() + " was not loaded: " + Cli.plural(result.errorCount(), "error"));
        }
    }

    private void bindStatus() {
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("cancel-load");
        cancel.setOnAction(e -> loading.cancel());
        cancel.visibleProperty().bind(loading.runningProperty().isNotNull());
        status.getRightItems().add(cancel);
        loading.runningProperty().addListener((obs, old, task) -> {
            status.progressProperty().unbind();
            if (task == null) {
                status.setProgress(0);
                return;
            }
            status.progressProperty().bind(task.progressProperty());
            status.textProperty().unbind();
            status.setText(task.getTitle());
            task.messageProperty().addListener((o, was, message) -> status.setText(message));
        });
    }
}
