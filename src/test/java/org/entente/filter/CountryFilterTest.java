package org.entente.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.entente.index.IndexedDataset;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.model.Dataset;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.entente.table.EventTableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The country filter on the seed, as a user meets it: the filter panel, its chips and the event table,
 * over a window that holds every event.
 */
@ExtendWith(ApplicationExtension.class)
class CountryFilterTest {
    private static final long DAY = 86_400_000L;

    private final ViewState state = new ViewState();
    private EventTableView table;
    private Dataset seed;

    @Start
    void start(Stage stage) {
        table = new EventTableView(state);
        VBox.setVgrow(table, Priority.ALWAYS);
        stage.setScene(new Scene(new VBox(new FilterPanel(state), new FilterChips(state), table), 1200, 700));
        stage.show();
    }

    @BeforeEach
    void showTheSeedWholly(FxRobot robot) throws IOException, TimeoutException {
        seed = new DatasetLoader(LoadMode.STRICT).load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow();
        robot.interact(() -> {
            state.show(IndexedDataset.of(seed));
            state.setWindow(new TimeWindow(LocalDate.of(1900, 1, 1).toEpochDay() * DAY,
                    LocalDate.of(2100, 1, 1).toEpochDay() * DAY));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !countries(robot).getItems().isEmpty());
        rowsBecome(seed.events().size());
    }

    @Test
    void theCountriesAreListedByNameWithTheirEventsMostFirst(FxRobot robot) {
        robot.clickOn(countries(robot));
        assertEquals(List.of("North Korea (16)", "China (13)", "United States (6)", "Russia (5)", "Japan (1)", "Ukraine (1)"),
                shownValues(robot), "by where they took place, or by their participants where that is not known");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void tickingACountryKeepsItsEventsAndShowsAChipWhoseCrossTakesItAway(FxRobot robot) throws TimeoutException {
        tick(robot, "Japan (1)");
        assertEquals(Set.of("JPN"), state.getFilter().countries(), "the filter holds the code, not the name");
        rowsBecome(1);
        assertEquals(List.of("ev-japan-defeat-1945"), table.getRowEventIds(),
                "Japan's surrender, placed nowhere; not the Beijing parade, where Japan took part but which was held in China");
        assertEquals(List.of("Country: Japan", "Clear all"), chips(robot));

        tick(robot, "Ukraine (1)");
        rowsBecome(2);
        assertEquals(List.of("Country: Japan or Ukraine", "Clear all"), chips(robot));

        robot.clickOn(".remove-filter");
        rowsBecome(seed.events().size());
        assertEquals(List.of(), chips(robot));
        assertEquals(List.of(), countries(robot).getCheckModel().getCheckedItems(), "unticked in the panel too");
    }

    @Test
    void undoTakesBackACountryThatLeftNothing(FxRobot robot) throws TimeoutException {
        robot.interact(() -> state.setFilter(state.getFilter().withEventKinds(Set.of("official-visit"))));
        rowsBecome(1);
        tick(robot, "Japan (1)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".no-match-notice").query().isVisible());
        assertEquals(List.of("No events match these filters", "Kind: official-visit", "and", "Country: Japan", "Clear all"),
                chips(robot));

        robot.clickOn(".undo-filter");
        rowsBecome(1);
        assertEquals(List.of("ev-li-qiang-visit-2025"), table.getRowEventIds());
        assertEquals(Set.of(), state.getFilter().countries());
        assertEquals(List.of(), countries(robot).getCheckModel().getCheckedItems(), "unticked in the panel");
        assertEquals(List.of("Kind: official-visit", "Clear all"), chips(robot));
    }

    /** Waits until the table, which sorts its rows in the background, shows this many. */
    private void rowsBecome(int count) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return table.getRowCount() == count;
        });
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<String> countries(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof CheckComboBox<?> c && "Countries".equals(c.getTitle()))
                .queryAs(CheckComboBox.class);
    }

    /** Opens the list of countries, clicks the row that reads so, and closes it. */
    private static void tick(FxRobot robot, String row) {
        robot.clickOn(countries(robot));
        robot.clickOn(shownRows(robot).stream().filter(cell -> row.equals(cell.getText())).findFirst().orElseThrow());
        robot.type(KeyCode.ESCAPE);
    }

    /** The texts of the open list's rows, top to bottom. */
    private static List<String> shownValues(FxRobot robot) {
        return shownRows(robot).stream().map(ListCell::getText).toList();
    }

    private static List<ListCell<?>> shownRows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(cell -> cell.getScene().getWindow() instanceof PopupWindow && cell.isVisible()
                        && cell.getText() != null && !cell.getText().isEmpty())
                .sorted((a, b) -> Double.compare(a.localToScreen(0, 0).getY(), b.localToScreen(0, 0).getY()))
                .toList();
    }

    /** What the bar of chips says, left to right; nothing while it is hidden. */
    private static List<String> chips(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        FlowPane bar = robot.lookup(".filter-chips").queryAs(FlowPane.class);
        if (!bar.isVisible()) {
            return List.of();
        }
        return bar.getChildren().stream().filter(Node::isVisible)
                .map(node -> node instanceof Labeled labeled ? labeled : (Labeled) ((Parent) node).getChildrenUnmodifiable().get(0))
                .map(Labeled::getText).toList();
    }
}
