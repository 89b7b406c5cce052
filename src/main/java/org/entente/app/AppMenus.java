package org.entente.app;

import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.entente.convert.ImportFormat;
import org.entente.query.Filter;
import org.entente.state.Selection;
import org.entente.state.ViewState;

/** The menu bar: File (open, recent, export), Go (history, search), View (filters, theme) and Help. */
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
        MenuItem open = item("Open\u2026", "Shortcut+O", window::chooseFile);
        recent.files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        Exports exports = window.exports();
        Menu export = new Menu("Export", null,
                item("Filtered dataset as entente/1 JSON\u2026", "Shortcut+E", exports::exportDataset),
                item("Filtered events as CSV\u2026", "Shortcut+Shift+E", exports::exportCsv),
                new SeparatorMenuItem(),
                item("Window as PNG\u2026", "Shortcut+P", () -> exports.savePng(window, "entente-window.png")),
                item("Timeline as PNG\u2026", null, () -> exports.savePng(window.timeline(), "timeline.png")),
                item("Graph as PNG\u2026", null, () -> exports.savePng(window.graph(), "actor-graph.png")),
                item("Details as PNG\u2026", null, () -> exports.savePng(window.detail(), "details.png")));
        MenuItem quit = item("Quit", "Shortcut+Q", () -> window.getScene().getWindow().hide());
        Menu importMenu = new Menu("Import");
        for (ImportFormat format : ImportFormat.values()) {
            importMenu.getItems().add(item(format.title() + "\u2026", null, () -> window.chooseImport(format)));
        }
        return new Menu("File", null, open, recentMenu, importMenu, new SeparatorMenuItem(), export, new SeparatorMenuItem(), quit);
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
        MenuItem back = item("Back", "Alt+Left", state::goBack);
        back.disableProperty().bind(state.history().canGoBackProperty().not());
        MenuItem forward = item("Forward", "Alt+Right", state::goForward);
        forward.disableProperty().bind(state.history().canGoForwardProperty().not());
        MenuItem search = item("Search\u2026", "Shortcut+F", window::focusSearch);
        MenuItem clear = item("Select nothing", null, () -> state.select(Selection.NOTHING));
        return new Menu("Go", null, back, forward, new SeparatorMenuItem(), search, clear);
    }

    private Menu view() {
        MenuItem filters = item("Filters", "Shortcut+Shift+F", window::toggleFilters);
        MenuItem clearFilters = item("Clear all filters", "Shortcut+Shift+X", () -> state.setFilter(Filter.NONE));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().addListener((obs, was, on) -> window.setDarkTheme(on));
        return new Menu("View", null, filters, clearFilters, new SeparatorMenuItem(), dark);
    }

    private Menu help() {
        MenuItem shortcuts = item("Keyboard shortcuts", "F1", () -> ShortcutsDialog.show(window.owner()));
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

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
