package org.entente.app;

import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Window;

/** Help ▸ Keyboard shortcuts: every key the app answers to, in one table. */
final class ShortcutsDialog {
    private static final String[][] SHORTCUTS = {
        {"Everywhere", "Ctrl+O", "Open a dataset"},
        {"Everywhere", "Ctrl+F", "Search actors, events and tags"},
        {"Everywhere", "Alt+Left / Alt+Right", "Back / forward through the selection history"},
        {"Everywhere", "Ctrl+Shift+F", "Show or hide the filters"},
        {"Everywhere", "Ctrl+Shift+X", "Clear all filters"},
        {"Everywhere", "Ctrl+E", "Export the filtered dataset as entente/1 JSON"},
        {"Everywhere", "Ctrl+Shift+E", "Export the filtered events as CSV"},
        {"Everywhere", "Ctrl+P", "Save the window as PNG"},
        {"Everywhere", "Ctrl+Shift+D", "Dark theme"},
        {"Everywhere", "F1", "This list"},
        {"Everywhere", "Ctrl+Q", "Quit"},
        {"Timeline", "Wheel, pinch, + / -", "Zoom around the pointer"},
        {"Timeline", "Drag, Shift+wheel, Shift+Left/Right", "Pan"},
        {"Timeline", "Drag on the axis", "Scrub the cursor"},
        {"Timeline", ", / .", "Cursor to the previous / next event"},
        {"Timeline", "Space", "Play or pause"},
        {"Timeline", "Left / Right, Enter", "Move the focus between events, select"},
        {"Timeline", "Home", "Fit all"},
        {"Timeline", "Z", "Zoom to the selection"},
        {"Timeline", "Up / Down, Alt+wheel", "Scroll the lanes"},
        {"Graph", "Click a node / an edge", "Select the actor / the pair"},
        {"Graph", "Double-click a node", "Its ego network; + / - widen or narrow, Esc leaves"},
        {"Graph", "Drag a node", "Move and pin it (right-click to unpin)"},
        {"Graph", "Wheel, + / -, arrows", "Zoom and pan"},
        {"Graph", "F", "Fit the graph"},
        {"Graph", "R", "Re-layout"},
        {"Graph", "M", "Memberships as edges"},
        {"Graph", "/", "Find an actor"},
        {"Details", "Click a link", "Go to that event, actor or pair"},
        {"Details", "Enter in a list", "Go to the event"}};

    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        TableView<String[]> table = new TableView<>();
        table.getStyleClass().add("shortcuts-table");
        table.getColumns().add(column("Where", 0, 90));
        table.getColumns().add(column("Keys", 1, 230));
        table.getColumns().add(column("Does", 2, 320));
        table.getItems().setAll(SHORTCUTS);
        table.setPrefSize(660, 520);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        alert.show();
    }

    private static TableColumn<String[], String> column(String title, int index, double width) {
        TableColumn<String[], String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()[index]));
        column.setPrefWidth(width);
        return column;
    }
}
