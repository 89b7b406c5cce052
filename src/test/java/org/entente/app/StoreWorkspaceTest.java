package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.entente.io.LoadMode;
import org.entente.model.Event;
import org.entente.seed.Seed;
import org.entente.state.Selection;
import org.entente.store.StoreWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The seed as a store, opened in the window as a user opens any file: few enough events that the store
 * hands over all of them, so every view shows them as it shows the file's, and search asks the store.
 */
class StoreWorkspaceTest extends SeedWindowTest {
    /** Where the store is written, removed after the class. */
    @TempDir
    static Path dir;
    private static Path store;

    @BeforeAll
    static void writeStore() throws IOException {
        store = dir.resolve("seed.duckdb");
        StoreWriter.write(store, Seed.load());
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openStore(FxRobot robot) throws TimeoutException {
        TestWindows.load(robot, window, state, LoadTask.file(store), LoadMode.STRICT);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.holdsRecordsOf(state.getWindow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSmallStoreHandsOverEveryEventAndTheViewsShowThem(FxRobot robot) throws IOException {
        assertNotNull(state.getStore());
        assertEquals(23, state.getDataset().dataset().events().size(), "the seed's 23 events, fetched in full");
        assertEquals(Seed.load().title(), state.getDataset().dataset().title());
        assertTrue(robot.lookup(".graph-placeholder").tryQuery().map(node -> !node.isVisible()).orElse(true),
                "the graph shows its actors, with no notice over them");
        Event parade = state.getDataset().dataset().event("ev-beijing-parade-2025").orElseThrow();
        assertEquals(Set.of("art-a", "art-b"), Set.copyOf(parade.citations().stream().map(c -> c.source()).toList()),
                "its citations came with it");
    }

    @Test
    void theFiltersOfferTheStoresTagsAndCountries(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        CheckComboBox<?> hiddenTags = window.filterPanel().getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof CheckComboBox<?> c && "Tags".equals(c.getTitle())).map(node -> (CheckComboBox<?>) node).findFirst().orElseThrow();
        assertTrue(hiddenTags.getItems().isEmpty(), "a store's tags are counted once the filters are shown");
        robot.clickOn("Filters");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !combo(robot, "Tags").getItems().isEmpty());
        assertTrue(combo(robot, "Tags").getItems().contains("anniversary"), combo(robot, "Tags").getItems().toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !combo(robot, "Countries").getItems().isEmpty());
        assertTrue(combo(robot, "Countries").getItems().containsAll(Set.of("CHN", "PRK", "RUS")),
                combo(robot, "Countries").getItems().toString());
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<String> combo(FxRobot robot, String title) {
        return robot.lookup((Node n) -> n instanceof CheckComboBox<?> c && title.equals(c.getTitle())).queryAs(CheckComboBox.class);
    }

    @Test
    void searchFindsAnEventInTheStoreAndTakesTheWindowAndCursorToIt(FxRobot robot) throws TimeoutException {
        SearchBox search = robot.lookup(".search-box").queryAs(SearchBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, search::isReady);
        robot.clickOn(search).write("parade").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.getSelection() instanceof Selection.OfEvent);
        WaitForAsyncUtils.waitForFxEvents();
        String id = ((Selection.OfEvent) state.getSelection()).eventId();
        assertTrue(id.endsWith("parade-2025"), id);
        long start = state.getStore().event(id).orElseThrow().event().when().start();
        assertEquals(start, state.getCursor(), "the cursor is on the event found");
        assertTrue(state.getWindow().contains(start), "and so is the window: " + state.getWindow());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.getDataset().dataset().event(id).isPresent());
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".auto-complete-popup").tryQuery().map(Node::isVisible).orElse(false),
                "the suggestions do not reopen on the name of what was chosen");
    }
}
