package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.entente.graph.ActorGraphView;
import org.entente.map.MapView;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The graph, the map, or both: the toolbar's buttons and the View menu choose, and the next run remembers. */
class GraphAndMapTest extends SeedWindowTest {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static boolean showing(Node node) {
        return node.getScene() != null && node.isVisible();
    }

    @Test
    void theGraphShowsFirstAndTheMapButtonShowsTheMapInstead(FxRobot robot) throws Exception {
        loadSeed(robot);
        assertTrue(showing(window.graph()));
        assertFalse(showing(window.map()), "the map waits for its button");
        robot.clickOn(".view-choice-map");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showing(window.map()));
        assertFalse(showing(window.graph()));
        robot.clickOn(".view-choice-both");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(showing(window.map()) && showing(window.graph()), "both, side by side");
    }

    @Test
    void theMapAloneStillFollowsTheGraphsTime(FxRobot robot) throws Exception {
        loadSeed(robot);
        robot.clickOn(".view-choice-map");
        TimeWindow before = state.getGraphWindow();
        robot.interact(() -> state.setCursor(state.getCursor() - 30L * 86_400_000L));
        assertNotNull(before);
        assertEquals(before.span(), state.getGraphWindow().span());
        assertEquals(before.start() - 30L * 86_400_000L, state.getGraphWindow().start(),
                "the window the map shows moves with the cursor though the graph is not on show");
    }

    @Test
    void theGraphCatchesUpWhenItIsShownAgain(FxRobot robot) throws Exception {
        loadSeed(robot);
        ActorGraphView graph = (ActorGraphView) window.graph();
        robot.clickOn(".view-choice-map");
        robot.interact(() -> state.setCursor(LocalDate.of(1975, 6, 1).toEpochDay() * 86_400_000L));
        assertTrue(graph.locateActor("kim-il-sung").isEmpty(), "hidden, the graph has not moved to 1975");
        robot.clickOn(".view-choice-graph");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> graph.locateActor("kim-il-sung").isPresent());
    }

    @Test
    void theChoiceIsRememberedForTheNextRun(FxRobot robot) throws Exception {
        robot.interact(() -> window.showViews(ViewChoice.BOTH));
        MainWindow[] next = new MainWindow[1];
        robot.interact(() -> next[0] = new MainWindow(new ViewState(), preferences));
        assertEquals(ViewChoice.BOTH, next[0].shownViews());
        robot.interact(() -> window.showViews(ViewChoice.MAP));
        robot.interact(() -> next[0] = new MainWindow(new ViewState(), preferences));
        assertEquals(ViewChoice.MAP, next[0].shownViews());
    }

    @Test
    void ctrlTwoShowsTheMapFromAnyView(FxRobot robot) throws Exception {
        loadSeed(robot);
        robot.clickOn(robot.lookup(".timeline-view").queryAs(Node.class));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2)
                .release(KeyCode.CONTROL);
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        assertEquals(ViewChoice.MAP, window.shownViews());
        assertTrue(robot.lookup(".map-view").queryAs(MapView.class).getScene() != null);
        assertFalse(robot.lookup(".actor-graph-view").tryQueryAs(ActorGraphView.class).isPresent());
    }
}
