package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.store.TrinoConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Connect as a user meets it: what is typed is refused in one line until it is a connection, the
 * names are remembered and the password is not, and a server that does not answer is one problem naming it.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {
    private final Preferences preferences = TestWindows.scratchPreferences();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void aBadServerIsRefusedInOneLineAndTheNamesAreRememberedButNotThePassword(FxRobot robot) throws Exception {
        ConnectDialog[] dialog = new ConnectDialog[1];
        robot.interact(() -> {
            dialog[0] = new ConnectDialog(stage, preferences);
            dialog[0].show();
        });
        Button connect = (Button) dialog[0].getDialogPane().lookupButton(ButtonType.OK);
        assertTrue(connect.isDisabled(), "nothing to connect to yet");
        fill(robot, ".connect-server", "trino example org");
        fill(robot, ".connect-catalog", "Hive");
        fill(robot, ".connect-schema", "gdelt");
        fill(robot, ".connect-user", "analyst");
        fill(robot, ".connect-password", "s3cret-words");
        robot.clickOn(connect);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog[0].isShowing(), "a bad URL keeps the dialog open");
        String said = robot.lookup(".connect-problem").queryAs(Label.class).getText();
        assertTrue(said.contains("trino example org") && !said.contains("\n"), said);

        fill(robot, ".connect-server", "https://trino.example.org:8443");
        robot.clickOn(connect);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(dialog[0].isShowing());
        TrinoConnection made = dialog[0].getResult();
        assertEquals("hive", made.catalog(), "folded as Trino folds unquoted names");
        assertEquals("analyst", made.user());
        assertEquals(8443, made.server().getPort());
        assertFalse(made.toString().contains("s3cret"), made.toString());
        for (String key : preferences.keys()) {
            assertFalse(preferences.get(key, "").contains("s3cret"), key);
        }
        assertEquals("https://trino.example.org:8443", preferences.get("trino.server", null));
        robot.interact(() -> {
            ConnectDialog again = new ConnectDialog(stage, preferences);
            again.show();
            assertEquals("gdelt", robot.lookup(".connect-schema").queryAs(TextField.class).getText(), "remembered");
            assertEquals("", robot.lookup(".connect-password").queryAs(TextField.class).getText(), "not remembered");
            again.close();
        });
    }

    @Test
    void aServerThatDoesNotAnswerIsOneProblemNamingItAndThePasswordIsCleared() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        char[] password = "s3cret".toCharArray();
        TrinoConnection where = TrinoConnection.of("https://127.0.0.1:" + port, "hive", "gdelt", "analyst", password);
        LoadTask.Outcome outcome = LoadTask.connected(where).load(LoadMonitor.NONE, LoadMode.LENIENT);
        assertFalse(outcome.loaded());
        assertNull(outcome.store());
        String problem = outcome.result().problems().get(0).format();
        assertTrue(problem.startsWith("https://127.0.0.1:" + port) && !problem.contains("\n"), problem);
        assertFalse(problem.contains("s3cret"), problem);
        char[] cleared = new char[password.length];
        assertTrue(Arrays.equals(cleared, password), "the password's characters are cleared once used");
    }

    private static void fill(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(text);
    }
}
