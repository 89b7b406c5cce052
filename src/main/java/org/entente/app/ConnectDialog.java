package org.entente.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.entente.store.TrinoConnection;

/**
 * File ▸ Connect: where a store's tables sit on a Trino server (server URL, catalog, schema, user and
 * password). What is typed is checked as a connection before the dialog closes, and refused in one line
 * under the fields. The server, catalog, schema and user are remembered for next time; the password never
 * is, and its characters are cleared once the connection has been made from them.
 */
final class ConnectDialog extends Dialog<TrinoConnection> {
    private static final String SERVER = "trino.server";
    private static final String CATALOG = "trino.catalog";
    private static final String SCHEMA = "trino.schema";
    private static final String USER = "trino.user";

    private final TextField server = new TextField();
    private final TextField catalog = new TextField();
    private final TextField schema = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();
    private TrinoConnection made;

    ConnectDialog(Window owner, Preferences preferences) {
        initOwner(owner);
        setTitle("Connect to a store on Trino");
        setHeaderText("A store's tables on a Trino server (see the README: export-parquet)");
        getDialogPane().getStyleClass().add("connect-dialog");
        server.setPromptText("https://trino.example.org:8443");
        server.setText(preferences.get(SERVER, ""));
        catalog.setPromptText("hive");
        catalog.setText(preferences.get(CATALOG, ""));
        schema.setPromptText("gdelt");
        schema.setText(preferences.get(SCHEMA, ""));
        user.setText(preferences.get(USER, System.getProperty("user.name", "")));
        password.setPromptText("sent only over TLS, never saved");
        problem.getStyleClass().add("connect-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        String[] labels = {"Server", "Catalog", "Schema", "User", "Password"};
        TextField[] inputs = {server, catalog, schema, user, password};
        for (int row = 0; row < inputs.length; row++) {
            inputs[row].setPrefColumnCount(28);
            inputs[row].getStyleClass().add("connect-" + labels[row].toLowerCase(Locale.ROOT));
            fields.addRow(row, new Label(labels[row]), inputs[row]);
        }
        fields.add(problem, 0, inputs.length, 2, 1);
        getDialogPane().setContent(fields);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Connect");
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> server.getText().isBlank()
                || catalog.getText().isBlank() || schema.getText().isBlank() || user.getText().isBlank(),
                server.textProperty(), catalog.textProperty(), schema.textProperty(), user.textProperty()));
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (!make()) {
                e.consume();
            }
        });
        setResultConverter(button -> {
            if (button != ButtonType.OK || made == null) {
                return null;
            }
            preferences.put(SERVER, server.getText().strip());
            preferences.put(CATALOG, made.catalog());
            preferences.put(SCHEMA, made.schema());
            preferences.put(USER, made.user());
            return made;
        });
        setOnHidden(e -> password.clear());
    }

    /** The connection typed, or a one-line reason under the fields why it is none. */
    private boolean make() {
        char[] secret = password.getText().toCharArray();
        try {
            made = TrinoConnection.of(server.getText(), catalog.getText(), schema.getText(), user.getText().strip(), secret);
            problem.setText("");
            return true;
        } catch (IllegalArgumentException e) {
            Arrays.fill(secret, '\0');
            problem.setText(e.getMessage());
            return false;
        }
    }

    /** Shows the dialog and waits; the connection typed, unless the user cancelled. */
    /** Fills the fields the dialog shows next time, as a workspace names its server; never a password. */
    static void remember(Preferences preferences, String server, String catalog, String schema, String user) {
        preferences.put(SERVER, server);
        preferences.put(CATALOG, catalog);
        preferences.put(SCHEMA, schema);
        preferences.put(USER, user);
    }

    static Optional<TrinoConnection> ask(Window owner, Preferences preferences) {
        return new ConnectDialog(owner, preferences).showAndWait();
    }
}
