package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Filters on the seed dataset that explain themselves: counts beside each value, chips that say how they combine, and a way back from a filter that leaves nothing. */
class FilterExplanationTest extends SeedWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openSeed(FxRobot robot) throws TimeoutException {
        loadSeed(robot);
        robot.clickOn(".filters-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !box(robot, "Tags").getItems().isEmpty());
    }

    @Test
    void eachListShowsItsValuesWithTheirCountsMostFrequentFirst(FxRobot robot) {
        robot.clickOn(box(robot, "Event kinds"));
        assertEquals(List.of("statement (4)", "analysis (2)", "parade (2)", "anniversary (1)"),
                shownValues(robot).subList(0, 4), "kinds by count, ties by name");
        robot.clickOn(shownValue(robot, "official-visit (1)"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(Set.of("official-visit"), state.getFilter().eventKinds(), "the count is not part of the value");

        robot.clickOn(box(robot, "Tags"));
        assertEquals(List.of("china-north-korea (7)", "background (6)", "russia-north-korea (5)", "united-states (5)"),
                shownValues(robot).subList(0, 4));
        robot.type(KeyCode.ESCAPE);

        MenuButton actorKinds = robot.lookup((Node n) -> n instanceof MenuButton m
                && "Actor kinds".equals(m.getText())).queryAs(MenuButton.class);
        robot.clickOn(actorKinds);
        assertEquals(List.of("person (7)", "state (7)", "organization (4)"),
                actorKinds.getItems().stream().map(MenuItem::getText).toList(), "kinds of actor, by number of actors");
        robot.clickOn("state (7)");
        assertEquals(1, state.getFilter().actorKinds().size());
        assertEquals("state", state.getFilter().actorKinds().iterator().next().id());
    }

    @Test
    void theChipsSayThatValuesAreAlternativesAndFiltersNarrowEachOther(FxRobot robot) {
        check(robot, "Event kinds", "official-visit (1)", "parade (2)");
        check(robot, "Tags", "high-level-visit (3)");

        assertEquals(List.of("Kind: official-visit or parade", "and", "Tag: #high-level-visit", "Clear all"), chipsBar(robot));
    }

    @Test
    void aFilterThatLeavesNothingSaysSoAndOffersTheWayBack(FxRobot robot) throws TimeoutException {
        check(robot, "Event kinds", "official-visit (1)");
        check(robot, "Tags", "statement (4)");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".no-match-notice").query().isVisible());
        assertEquals(List.of("No events match these filters", "Kind: official-visit", "and", "Tag: #statement", "Clear all"),
                chipsBar(robot));

        robot.clickOn(".undo-filter");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".no-match-notice").query().isVisible());
        assertEquals(Set.of("official-visit"), state.getFilter().eventKinds(), "the kind stays");
        assertEquals(Set.of(), state.getFilter().tags(), "the tag that left nothing is gone");
        assertEquals(List.of(), box(robot, "Tags").getCheckModel().getCheckedItems(), "and unchecked in the panel");
        assertEquals(List.of("Kind: official-visit", "Clear all"), chipsBar(robot));
    }

    @Test
    void undoingAChangeOfDatesShowsTheEarlierDatesInTheFields(FxRobot robot) throws TimeoutException {
        check(robot, "Event kinds", "official-visit (1)");
        TextField from = robot.lookup((Node n) -> n instanceof TextField f && "from, e.g. 2019".equals(f.getPromptText()))
                .queryAs(TextField.class);
        TextField to = robot.lookup((Node n) -> n instanceof TextField f && "to, e.g. 2021-06".equals(f.getPromptText()))
                .queryAs(TextField.class);
        robot.clickOn(from).write("2025").type(KeyCode.ENTER);
        robot.clickOn(to).write("2025-09").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".no-match-notice").query().isVisible());

        robot.clickOn(".undo-filter");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".no-match-notice").query().isVisible());
        assertEquals(List.of("Kind: official-visit", "and", "Dates from 2025-01-01", "Clear all"), chipsBar(robot));
        assertEquals("", to.getText(), "the end typed last is undone in the field too");
    }

    /** Opens a list of the filter panel, clicks the rows that read so, and closes it. */
    private static void check(FxRobot robot, String list, String... rows) {
        robot.clickOn(box(robot, list));
        for (String row : rows) {
            robot.clickOn(shownValue(robot, row));
        }
        robot.type(KeyCode.ESCAPE);
    }

    /** What the bar of chips says, left to right: each chip's text, the words between them, and its links. */
    private static List<String> chipsBar(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        FlowPane bar = robot.lookup(".filter-chips").queryAs(FlowPane.class);
        return bar.getChildren().stream().filter(Node::isVisible).map(FilterExplanationTest::text).toList();
    }

    private static String text(Node node) {
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        return ((Parent) node).getChildrenUnmodifiable().stream().filter(Node::isVisible)
                .map(FilterExplanationTest::text).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<String> box(FxRobot robot, String title) {
        return robot.lookup((Node n) -> n instanceof CheckComboBox<?> c && title.equals(c.getTitle()))
                .queryAs(CheckComboBox.class);
    }

    /** The texts of the open list's rows, top to bottom. */
    private static List<String> shownValues(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return shownCells(robot).stream().map(ListCell::getText).toList();
    }

    private static Node shownValue(FxRobot robot, String text) {
        return shownCells(robot).stream().filter(cell -> text.equals(cell.getText())).findFirst().orElseThrow();
    }

    private static List<ListCell<?>> shownCells(FxRobot robot) {
        return robot.lookup(".list-cell").<ListCell<?>>queryAll().stream()
                .filter(cell -> cell.getScene().getWindow() instanceof PopupWindow && cell.isVisible()
                        && cell.getText() != null && !cell.getText().isEmpty())
                .sorted((a, b) -> Double.compare(a.localToScreen(0, 0).getY(), b.localToScreen(0, 0).getY()))
                .toList();
    }
}
