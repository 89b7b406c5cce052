package org.entente.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.entente.index.IndexedDataset;
import org.entente.io.LoadMode;
import org.entente.state.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a test's stage, with the app's stylesheet and preferences of its own. */
final class TestWindows {
    private TestWindows() {
    }

    /** Preferences that no other test, and no user, shares; remove the node when the test ends. */
    static Preferences scratchPreferences() {
        return Preferences.userRoot().node("entente-test-" + UUID.randomUUID());
    }

    static MainWindow show(Stage stage, ViewState state, Preferences preferences, double width, double height) {
        MainWindow window = new MainWindow(state, preferences);
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(EntenteApp.class.getResource("entente.css").toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
        return window;
    }

    /** Opens a file or an import in the window, as File ▸ Open does, and waits until it is the dataset on show. */
    static void load(FxRobot robot, MainWindow window, ViewState state, LoadTask.Origin origin, LoadMode mode)
            throws TimeoutException {
        IndexedDataset before = state.getDataset();
        robot.interact(() -> window.open(origin, mode));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> window.loading().runningProperty().get() == null && state.getDataset() != before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The item of the window's menus or their submenus that reads {@code text}, such as "Dark theme". */
    static MenuItem menuItem(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(TestWindows::itemsWithin)
                .filter(item -> text.equals(item.getText()))
                .findFirst().orElseThrow();
    }

    private static Stream<MenuItem> itemsWithin(Menu menu) {
        return menu.getItems().stream().flatMap(item -> item instanceof Menu sub
                ? Stream.concat(Stream.of(item), itemsWithin(sub)) : Stream.of(item));
    }

    /** The whole window as drawn once what is pending has settled, saved as target/screenshots/{name}.png to look at. */
    static WritableImage shoot(FxRobot robot, MainWindow window, String name) throws Exception {
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.getScene().snapshot(null));
        Path file = Path.of("target/screenshots/" + name + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        return image[0];
    }
}
