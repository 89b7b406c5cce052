package org.entente.app;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.entente.shortcuts.Shortcut;

/** Help ▸ Keyboard shortcuts: every key the app answers to, read from the one table of {@link Shortcut}s. */
final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    static void show(Window owner) {
        TableView<Shortcut> table = new TableView<>();
        table.getStyleClass().add("shortcuts-table");
        table.getColumns().add(column("Where", s -> s.area().toString(), 90));
        table.getColumns().add(column("Keys", Shortcut::keys, 230));
        table.getColumns().add(column("Does", Shortcut::description, 320));
        table.getItems().setAll(Shortcut.values());
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

    private static TableColumn<Shortcut, String> column(String title, Function<Shortcut, String> text, double width) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
