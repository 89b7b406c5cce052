package org.entente.app;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.entente.convert.ImportFormat;
import org.entente.io.LoadMode;
import org.entente.query.Filter;
import org.entente.shortcuts.Shortcut;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.view.CompareMenu;

/** The menu bar: File (open, recent, samples, import, export), Go (history, search), View (filters, theme) and Help. */
final class AppMenus {
    private final MainWindow window;
    private final ViewState state;
    private final RecentFiles recent;
    private final Menu recentMenu = new Menu("Open Recent");

    AppMenus(MainWindow window, ViewState state, RecentFiles recent) {
        this.window = window;
        this.state = state;
        this.recent = recent;
    }

    MenuBar bar() {
        return new MenuBar(file(), go(), view(), help());
    }

    private Menu file() {
        MenuItem open = item("Open\u2026", Shortcut.OPEN, window::chooseFile);
        recent.files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        Exports exports = window.exports();
        Menu export = new Menu("Export", null,
                item("Filtered dataset as entente/1 JSON\u2026", Shortcut.EXPORT_DATASET, exports::exportDataset),
                item("Filtered events as CSV\u2026", Shortcut.EXPORT_CSV, exports::exportCsv),
                new SeparatorMenuItem(),
                item("Window as PNG\u2026", Shortcut.SAVE_WINDOW_PNG, () -> exports.savePng(window, "entente-window.png")),
                item("Timeline as PNG\u2026", null, () -> exports.savePng(window.timeline(), "timeline.png")),
                item("Graph as PNG\u2026", null, () -> exports.savePng(window.graph(), "actor-graph.png")),
                item("Graph as GEXF (Gephi)\u2026", null, exports::exportGexf),
                item("Graph as GraphML\u2026", null, exports::exportGraphMl),
                item("Details as PNG\u2026", null, () -> exports.savePng(window.detail(), "details.png")),
                new SeparatorMenuItem(),
                item("Briefing (HTML)\u2026", null, exports::exportBriefing));
        MenuItem quit = item("Quit", Shortcut.QUIT, () -> window.getScene().getWindow().hide());
        // A workspace is what the analyst built on a dataset: the dataset's place, the views' state, the layout.
        MenuItem newWorkspace = item("New workspace", Shortcut.NEW_WORKSPACE, () -> window.workspaces().startClean());
        MenuItem openWorkspace = item("Open workspace\u2026", null, () -> window.workspaces().chooseAndOpen());
        MenuItem saveWorkspace = item("Save workspace", Shortcut.SAVE_WORKSPACE, () -> window.workspaces().save());
        MenuItem saveWorkspaceAs = item("Save workspace as\u2026", Shortcut.SAVE_WORKSPACE_AS, () -> window.workspaces().saveAs());
        Menu importMenu = new Menu("Import");
        for (ImportFormat format : ImportFormat.values()) {
            importMenu.getItems().add(item(format.title() + "\u2026", null, () -> window.chooseImport(format)));
        }
        // Exports too large for memory go into a store on disk, which the app then opens.
        Menu toStore = new Menu("Into a store (larger than memory)");
        for (ImportFormat format : ImportFormat.values()) {
            toStore.getItems().add(item(format.title() + "\u2026", null, () -> window.chooseImportToStore(format)));
        }
        importMenu.getItems().addAll(new SeparatorMenuItem(), toStore);
        Menu samples = new Menu("Open sample");
        for (SampleDatasets.Sample sample : SampleDatasets.ALL) {
            samples.getItems().add(item(sample.title(), null,
                    () -> window.open(LoadTask.bundled(sample.resource()), LoadMode.STRICT)));
        }
        MenuItem connect = item("Connect to a store on Trino\u2026", null, window::chooseConnection);
        return new Menu("File", null, newWorkspace, openWorkspace, saveWorkspace, saveWorkspaceAs, new SeparatorMenuItem(),
                open, recentMenu, samples, importMenu, connect, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path file : recent.files()) {
            MenuItem item = new MenuItem(file.getFileName() + "  \u2014  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> window.openFile(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recent.files().isEmpty());
    }

    private Menu go() {
        MenuItem back = item("Back", Shortcut.BACK, state::goBack);
        back.disableProperty().bind(state.history().canGoBackProperty().not());
        MenuItem forward = item("Forward", Shortcut.FORWARD, state::goForward);
        forward.disableProperty().bind(state.history().canGoForwardProperty().not());
        MenuItem search = item("Search\u2026", Shortcut.SEARCH, window::focusSearch);
        MenuItem clear = item("Select nothing", null, () -> state.select(Selection.NOTHING));
        return new Menu("Go", null, back, forward, new SeparatorMenuItem(), search, clear);
    }

    private Menu view() {
        MenuItem filters = item("Filters", Shortcut.FILTERS, window::toggleFilters);
        MenuItem clearFilters = item("Clear all filters", Shortcut.CLEAR_FILTERS, () -> state.setFilter(Filter.NONE));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(Shortcut.DARK_THEME.accelerator());
        dark.selectedProperty().bindBidirectional(window.darkThemeProperty());
        List<MenuItem> comparing = CompareMenu.items(state);
        Menu compare = new Menu("Compare two periods", null, comparing.toArray(MenuItem[]::new));
        compare.setOnShowing(e -> CompareMenu.refresh(comparing, state));
        MenuItem graph = item("Actor graph", Shortcut.SHOW_GRAPH, () -> window.showViews(ViewChoice.GRAPH));
        MenuItem map = item("Map", Shortcut.SHOW_MAP, () -> window.showViews(ViewChoice.MAP));
        MenuItem both = item("Graph and map", Shortcut.SHOW_GRAPH_AND_MAP, () -> window.showViews(ViewChoice.BOTH));
        return new Menu("View", null, graph, map, both, new SeparatorMenuItem(), filters, clearFilters,
                new SeparatorMenuItem(), compare, new SeparatorMenuItem(), dark);
    }

    private Menu help() {
        MenuItem shortcuts = item("Keyboard shortcuts", Shortcut.SHORTCUTS, () -> ShortcutsDialog.show(window.owner()));
        MenuItem about = item("About Entente", null, this::about);
        return new Menu("Help", null, shortcuts, about);
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window.owner());
        alert.setTitle("About Entente");
        alert.setHeaderText("Entente");
        alert.setContentText("Explore who met whom, when, where, and on what source: a timeline, an actor graph and"
                + " detail panes that tie every claim to its source. Open source.");
        alert.show();
    }

    private static MenuItem item(String text, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (shortcut != null) {
            item.setAccelerator(shortcut.accelerator());
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
