package org.entente.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.StatusBar;
import org.entente.convert.ImportFormat;
import org.entente.detail.DetailView;
import org.entente.filter.FilterChips;
import org.entente.filter.FilterPanel;
import org.entente.graph.ActorGraphView;
import org.entente.io.LoadMode;
import org.entente.map.MapView;
import org.entente.shortcuts.Shortcut;
import org.entente.state.StoreLens;
import org.entente.state.ViewState;
import org.entente.table.EventTableView;
import org.entente.timeline.TimelineView;
import org.entente.workspace.PaneLayout;
import org.entente.workspace.Workspace;
import org.entente.work.Workers;

/**
 * The analyst's workspace: menus and a toolbar (history, search, filters) above the timeline, with the
 * actor graph and the detail pane below it, the loader's problems, and a status bar. The views never
 * talk to each other; all of them follow the one view state.
 */
public final class MainWindow extends BorderPane {
    private final ViewState state;
    private final DatasetLoading loading;
    private final ProblemsPane problems = new ProblemsPane();
    private final StatusBar status = new StatusBar();
    private final ReadOnlyObjectWrapper<Path> loadedFile = new ReadOnlyObjectWrapper<>(this, "loadedFile");
    private final TimelineView timeline;
    private final ActorGraphView graph;
    private final MapView map;
    private final GraphAndMap graphAndMap;
    private final DetailView detail;
    private final EventTableView table;
    private final FilterPanel filterPanel;
    private final ToggleButton filtersButton = new ToggleButton("Filters");
    private final SplitPane views;
    private final SplitPane lower;
    private final RecentFiles recent;
    private final WindowPreferences windowPreferences;
    private final Exports exports;
    private final SearchBox search;
    private LoadTask.Origin lastOrigin;
    /** Where the dataset on show came from, for a workspace to say. */
    private LoadTask.Origin shownOrigin;
    private final Preferences preferences;
    private final TabPane sides;
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final Workspaces workspaces;

    public MainWindow(ViewState state) {
        this(state, Preferences.userNodeForPackage(MainWindow.class));
    }

    public MainWindow(ViewState state, Preferences preferences) {
        this.state = state;
        this.preferences = preferences;
        this.loading = new DatasetLoading(state, this::showOutcome);
        Executor records = Workers.single("entente-records");
        new StoreLens(state, records, StoreLens.afterTheFrame(records), Platform::runLater, StoreLens.LIMIT,
                StoreLens.FIRST);
        this.recent = new RecentFiles(preferences);
        this.windowPreferences = new WindowPreferences(preferences);
        getStyleClass().add("main-window");
        timeline = new TimelineView(state);
        graph = new ActorGraphView(state);
        map = new MapView(state);
        detail = new DetailView(state);
        filterPanel = new FilterPanel(state);
        exports = new Exports(this, state);
        search = new SearchBox(state);
        table = new EventTableView(state);
        Tab details = new Tab("Details", detail);
        // The table and the filter panel join the scene when first shown: styling them for a first frame that
        // does not show them costs the start a quarter of a second.
        Tab events = new Tab("Events");
        events.selectedProperty().addListener((obs, was, on) -> {
            if (on) {
                events.setContent(table);
            }
        });
        sides = new TabPane(details, events);
        sides.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sides.getStyleClass().add("side-tabs");
        graphAndMap = new GraphAndMap(graph, map, preferences, windowPreferences);
        lower = new SplitPane(graphAndMap, sides);
        views = new SplitPane(timeline, lower);
        views.setOrientation(Orientation.VERTICAL);
        windowPreferences.restore(lower, "lower", 0.6);
        windowPreferences.restore(views, "views", 0.46);
        VBox.setVgrow(views, Priority.ALWAYS);
        filterPanel.visibleProperty().bind(filtersButton.selectedProperty());
        filterPanel.managedProperty().bind(filterPanel.visibleProperty());
        VBox top = new VBox(new AppMenus(this, state, recent).bar(), toolbar(), new FilterChips(state));
        filtersButton.selectedProperty().addListener((obs, was, on) -> {
            if (on && filterPanel.getParent() == null) {
                top.getChildren().add(2, filterPanel);
            }
        });
        top.getStyleClass().add("workspace-top");
        setTop(top);
        setCenter(new VBox(views, problems));
        setBottom(status);
        problems.setOnLoadAnyway(() -> {
            if (lastOrigin != null) {
                open(lastOrigin, LoadMode.LENIENT);
            }
        });
        new StatusText(state, status);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                applyTheme(darkTheme.get());
                Platform.runLater(timeline::requestFocus);
            }
        });
        bindProgress();
        acceptDroppedFiles();
        darkTheme.addListener((obs, was, on) -> applyTheme(on));
        workspaces = new Workspaces(this, state);
    }

    private ToolBar toolbar() {
        Button back = new Button("\u25C0");
        back.getStyleClass().add("back-button");
        back.setTooltip(Shortcut.BACK.tooltip("Back to the previous selection"));
        back.disableProperty().bind(state.history().canGoBackProperty().not());
        back.setOnAction(e -> state.goBack());
        Button forward = new Button("\u25B6");
        forward.getStyleClass().add("forward-button");
        forward.setTooltip(Shortcut.FORWARD.tooltip("Forward again"));
        forward.disableProperty().bind(state.history().canGoForwardProperty().not());
        forward.setOnAction(e -> state.goForward());
        filtersButton.getStyleClass().add("filters-button");
        filtersButton.setTooltip(Shortcut.FILTERS.tooltip("Filter every view by actor kind, event kind, tag, source, tone and date"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToolBar bar = new ToolBar(back, forward, search, filtersButton, gap, viewChoice());
        bar.getStyleClass().add("workspace-toolbar");
        return bar;
    }

    /** Graph, map or both: buttons at the right of the toolbar, where the choice is always in sight. */
    private SegmentedButton viewChoice() {
        SegmentedButton buttons = new SegmentedButton();
        Map<ViewChoice, Shortcut> keys = Map.of(ViewChoice.GRAPH, Shortcut.SHOW_GRAPH, ViewChoice.MAP, Shortcut.SHOW_MAP,
                ViewChoice.BOTH, Shortcut.SHOW_GRAPH_AND_MAP);
        for (ViewChoice choice : ViewChoice.values()) {
            ToggleButton button = new ToggleButton(choice.label());
            button.getStyleClass().add("view-choice-" + choice.name().toLowerCase(Locale.ROOT));
            button.setTooltip(keys.get(choice).tooltip());
            button.setUserData(choice);
            button.setSelected(graphAndMap.choiceProperty().get() == choice);
            button.setOnAction(e -> {
                // A segmented button lets a click unselect the button that is on; the choice stays made.
                button.setSelected(true);
                graphAndMap.choiceProperty().set(choice);
            });
            buttons.getButtons().add(button);
        }
        graphAndMap.choiceProperty().addListener((obs, old, now) -> buttons.getButtons()
                .forEach(b -> b.setSelected(b.getUserData() == now)));
        buttons.getStyleClass().add("view-choice");
        return buttons;
    }

    /** Shows the graph, the map or both (View menu). */
    void showViews(ViewChoice choice) {
        graphAndMap.choiceProperty().set(choice);
    }

    ViewChoice shownViews() {
        return graphAndMap.choiceProperty().get();
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(this::dropped);
    }

    private void dropped(DragEvent e) {
        boolean opened = false;
        if (e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty()) {
            openFile(e.getDragboard().getFiles().get(0).toPath());
            opened = true;
        }
        e.setDropCompleted(opened);
        e.consume();
    }

    public void open(LoadTask.Origin origin, LoadMode mode) {
        lastOrigin = origin;
        loading.load(origin, mode);
    }

    /** Opens a dataset, a store or a workspace, by the file's name. */
    void openFile(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().endsWith(Workspace.EXTENSION)) {
            workspaces.open(file);
        } else {
            open(LoadTask.file(file), LoadMode.STRICT);
        }
    }

    /** The file of the dataset on show, or null when it came from inside the app. */
    public ReadOnlyObjectProperty<Path> loadedFileProperty() {
        return loadedFile.getReadOnlyProperty();
    }

    public DatasetLoading loading() {
        return loading;
    }

    /** Where source links go; the app passes the system browser. */
    public void setOnOpenLink(Consumer<String> opener) {
        detail.setOnOpenLink(opener);
    }

    void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a dataset");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Entente datasets, stores and workspaces (*.json, *.json.gz, *.duckdb,"
                        + " *" + Workspace.EXTENSION + ")", "*.json", "*.json.gz", "*.duckdb", "*" + Workspace.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(owner());
        if (file != null) {
            openFile(file.toPath());
        }
    }

    /** File ▸ Import: files of another format, converted and loaded in the background; File ▸ Export saves the result. */
    void chooseImport(ImportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import " + format.title());
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(format.title(), format.patterns()),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner());
        if (files != null && !files.isEmpty()) {
            open(LoadTask.imported(format, files.stream().map(File::toPath).toList()), LoadMode.LENIENT);
        }
    }

    /**
     * File ▸ Import ▸ Into a store: files of another format streamed into a store the user names, built in
     * the background with its progress in the status bar; Cancel leaves no store. The store then opens.
     */
    void chooseImportToStore(ImportFormat format) {
        FileChooser inputs = new FileChooser();
        inputs.setTitle("Import " + format.title() + " into a store");
        inputs.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(format.title(), format.patterns()),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = inputs.showOpenMultipleDialog(owner());
        if (files == null || files.isEmpty()) {
            return;
        }
        FileChooser target = new FileChooser();
        target.setTitle("Save the store as");
        target.setInitialDirectory(files.get(0).getAbsoluteFile().getParentFile());
        target.setInitialFileName(storeName(files.get(0).getName()));
        target.getExtensionFilters().add(new FileChooser.ExtensionFilter("Entente stores (*.duckdb)", "*.duckdb"));
        File out = target.showSaveDialog(owner());
        if (out != null) {
            open(LoadTask.importedToStore(format, files.stream().map(File::toPath).toList(), out.toPath()), LoadMode.LENIENT);
        }
    }

    /** File ▸ Connect: a store's tables on a Trino server, opened as a store file is. */
    void chooseConnection() {
        ConnectDialog.ask(owner(), preferences).ifPresent(where -> open(LoadTask.connected(where), LoadMode.LENIENT));
    }

    /** A store's name from its first input's: "20180101.export.CSV.zip" gives "20180101.duckdb". */
    static String storeName(String input) {
        int dot = input.indexOf('.');
        return (dot > 0 ? input.substring(0, dot) : input) + ".duckdb";
    }

    Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    void toggleFilters() {
        filtersButton.setSelected(!filtersButton.isSelected());
    }

    void focusSearch() {
        search.focus();
    }

    /**
     * The theme goes on the scene, not on this pane: dialogs owned by the window take its scene's
     * stylesheets, and popups copy them, so they follow the theme too.
     */
    private void applyTheme(boolean on) {
        String sheet = MainWindow.class.getResource("/org/entente/theme/dark.css").toExternalForm();
        if (getScene() == null) {
            return;
        }
        if (on) {
            if (!getScene().getStylesheets().contains(sheet)) {
                getScene().getStylesheets().add(sheet);
            }
        } else {
            getScene().getStylesheets().remove(sheet);
        }
    }

    /** Whether the dark theme is on (View ▸ Dark theme, or a workspace's). */
    BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** How the panes are laid out now, for a workspace. */
    PaneLayout paneLayout() {
        return new PaneLayout(views.getDividerPositions()[0], lower.getDividerPositions()[0], graphAndMap.divider(),
                shownViews().name(), sides.getSelectionModel().getSelectedItem().getText(), filtersButton.isSelected(),
                darkTheme.get());
    }

    /** Lays the panes out as a workspace saved them; a divider it does not say stays where it is. */
    void layOut(PaneLayout layout) {
        if (!Double.isNaN(layout.views())) {
            views.setDividerPositions(layout.views());
        }
        if (!Double.isNaN(layout.lower())) {
            lower.setDividerPositions(layout.lower());
        }
        if (!Double.isNaN(layout.graphAndMap())) {
            graphAndMap.setDivider(layout.graphAndMap());
        }
        showViews(ViewChoice.valueOf(layout.shown()));
        sides.getTabs().stream().filter(tab -> tab.getText().equals(layout.sideTab())).findFirst()
                .ifPresent(tab -> sides.getSelectionModel().select(tab));
        filtersButton.setSelected(layout.filters());
        darkTheme.set(layout.dark());
    }

    /** Where the dataset on show came from; null before one is shown. */
    LoadTask.Origin shownOrigin() {
        return shownOrigin;
    }

    Workspaces workspaces() {
        return workspaces;
    }

    Preferences preferences() {
        return preferences;
    }

    ViewState viewState() {
        return state;
    }

    /** A short message in the status bar, such as where an export went. */
    void say(String message) {
        status.setText(message);
    }

    Exports exports() {
        return exports;
    }

    Node timeline() {
        return timeline;
    }

    TimelineView timelineView() {
        return timeline;
    }

    ActorGraphView graph() {
        return graph;
    }

    MapView map() {
        return map;
    }

    Node detail() {
        return detail;
    }

    /** Saves the dividers; the app calls this, with the window's bounds, when the window closes. */
    void saveLayout() {
        windowPreferences.save(lower, "lower");
        windowPreferences.save(views, "views");
        graphAndMap.saveLayout(windowPreferences);
    }

    WindowPreferences windowPreferences() {
        return windowPreferences;
    }

    private void showOutcome(LoadTask.Outcome outcome) {
        var result = outcome.result();
        problems.show(outcome.name(), result.problems(), result.errorCount(), result.warningCount(), !outcome.loaded());
        if (outcome.loaded()) {
            shownOrigin = outcome.origin();
            workspaces.shown(outcome.origin());
            loadedFile.set(outcome.origin().file().orElse(null));
            outcome.origin().file().ifPresent(recent::opened);
            status.setText("Loaded " + outcome.name() + ": " + Cli.plural(outcome.events(), "event")
                    + (result.skippedRecords() > 0 ? ", " + Cli.plural(result.skippedRecords(), "record") + " skipped" : ""));
        } else {
            workspaces.notShown(outcome.origin());
            status.setText(outcome.name() + " was not loaded: " + Cli.plural(result.errorCount(), "error"));
        }
    }

    private void bindProgress() {
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

    FilterPanel filterPanel() {
        return filterPanel;
    }
}
