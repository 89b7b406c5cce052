package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.entente.graph.ActorGraphView;
import org.entente.io.LoadMode;
import org.entente.query.Filter;
import org.entente.state.Selection;
import org.entente.state.ViewState;
import org.entente.workspace.DatasetPlace;
import org.entente.workspace.Workspace;
import org.entente.workspace.WorkspaceReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A workspace saved on the seed, with a filter, a node dragged and so pinned, an actor clicked and a note
 * written on it, both graph and map on show and the dark theme, reopens in a new window as it was left; one whose dataset moved asks
 * where it went; a bad one says where it is wrong and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class SavedWorkspaceTest {
    private static final Path SEED = Path.of("data/dprk-china-russia-2025.json");

    private final Preferences preferences = TestWindows.scratchPreferences();
    private final ViewState state = new ViewState();
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        window = TestWindows.show(stage, state, preferences, 1600, 1000);
    }

    @AfterEach
    void closeAndForget(FxRobot robot) throws BackingStoreException {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.owner()).toList().forEach(Window::hide));
        preferences.removeNode();
    }

    @Test
    void aWorkspaceSavedOnTheSeedReopensAsItWasLeft(FxRobot robot) throws Exception {
        Path dataset = Files.copy(SEED, dir.resolve("seed.json"));
        TestWindows.load(robot, window, state, LoadTask.file(dataset), LoadMode.STRICT);
        robot.interact(() -> state.setFilter(Filter.NONE.withEventKinds(Set.of("statement", "parade", "summit", "state-visit", "official-visit", "military-aid", "pledge", "letter"))));
        ActorGraphView graph = window.graph();
        Point2D kim = settledNode(robot, graph, "kim-jong-un");
        Point2D to = new Point2D(kim.getX() < 400 ? kim.getX() + 140 : kim.getX() - 140, kim.getY() < 300 ? kim.getY() + 90 : kim.getY() - 90);
        robot.drag(screen(graph, kim), MouseButton.PRIMARY).moveTo(screen(graph, kim.midpoint(to)))
                .moveTo(screen(graph, to)).release(MouseButton.PRIMARY);
        assertTrue(graph.getPinnedActors().containsKey("kim-jong-un"), "a node dragged is pinned");
        Point2D putin = settledNode(robot, graph, "vladimir-putin");
        robot.clickOn(screen(graph, putin), MouseButton.PRIMARY);
        assertEquals(new Selection.OfActor("vladimir-putin"), state.getSelection());
        robot.clickOn(".detail-view .note-open").write("Putin stood at Xi's left, Kim at his right");
        robot.clickOn(".detail-view .note-add");
        assertEquals(1, state.getNotes().all().size(), "a note written on Putin");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertEquals(ViewChoice.BOTH, window.shownViews(), "graph and map side by side");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(window.darkThemeProperty().get());
        Workspace saved = captured(robot);
        Path file = dir.resolve("parade" + Workspace.EXTENSION);
        robot.interact(() -> window.workspaces().write(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        assertEquals(saved, WorkspaceReader.read(file), "the file holds what was on show");

        ViewState reopened = new ViewState();
        MainWindow[] second = new MainWindow[1];
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            second[0] = TestWindows.show(stage[0], reopened, TestWindows.scratchPreferences(), 1600, 1000);
            second[0].openFile(file);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> reopened.getDataset() != null
                && second[0].loading().runningProperty().get() == null && reopened.getSelection().equals(saved.selection()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved.filter(), reopened.getFilter());
        assertEquals(saved.window(), reopened.getWindow());
        assertEquals(saved.cursor(), reopened.getCursor());
        assertEquals(saved.back(), reopened.history().backTrail(), "Back returns where it did");
        assertEquals(state.getNotes(), reopened.getNotes(), "the note, as it was written");
        assertTrue(robot.lookup(".note-text").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Putin stood at Xi's left, Kim at his right") && l.getScene() == second[0].getScene()),
                "shown in the reopened window's detail pane");
        assertTrue(reopened.history().canGoBack());
        assertEquals(ViewChoice.BOTH, second[0].shownViews());
        assertTrue(second[0].darkThemeProperty().get());
        assertTrue(second[0].getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("dark.css")));
        Point2D pinned = settledNode(robot, second[0].graph(), "kim-jong-un");
        Point2D before = graph.locateActor("kim-jong-un").orElseThrow();
        assertEquals(before.getX(), pinned.getX(), 3, "the pinned node is drawn where it was left");
        assertEquals(before.getY(), pinned.getY(), 3);
        Workspace again = captureOf(robot, second[0]);
        assertEquals(saved.withDataset(again.dataset()).graph(), again.graph(), "the graph's settings and pins");
        assertEquals(saved.map().shading(), again.map().shading());
        assertEquals(saved.layout().shown(), again.layout().shown());
        assertEquals(saved.layout().views(), again.layout().views(), 0.02, "the dividers");
        assertEquals(saved.dataset(), again.dataset());
        robot.interact(() -> stage[0].hide());
    }

    @Test
    void aWorkspaceWhoseDatasetMovedAsksWhereItIs(FxRobot robot) throws Exception {
        Path dataset = Files.copy(SEED, dir.resolve("seed.json"));
        TestWindows.load(robot, window, state, LoadTask.file(dataset), LoadMode.STRICT);
        robot.interact(() -> state.select(new Selection.OfActor("xi-jinping")));
        Path file = dir.resolve("moved" + Workspace.EXTENSION);
        robot.interact(() -> window.workspaces().write(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere")).resolve("seed.json");
        Files.move(dataset, elsewhere, StandardCopyOption.ATOMIC_MOVE);
        Path[] asked = new Path[1];
        robot.interact(() -> {
            state.select(Selection.NOTHING);
            window.workspaces().setRelocate(was -> {
                asked[0] = was;
                return elsewhere;
            });
            window.openFile(file);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> new Selection.OfActor("xi-jinping").equals(state.getSelection()));
        assertEquals(dataset.toAbsolutePath(), asked[0], "asked where the dataset it names went");
        assertEquals(new DatasetPlace.File(elsewhere.toAbsolutePath()), captured(robot).dataset());
    }

    @Test
    void aBadWorkspaceSaysWhereItIsWrongAndChangesNothing(FxRobot robot) throws Exception {
        TestWindows.load(robot, window, state, LoadTask.file(SEED), LoadMode.STRICT);
        Object shown = state.getDataset();
        Path file = dir.resolve("bad" + Workspace.EXTENSION);
        Files.writeString(file, "{\"format\": \"entente-workspace/1\",\n \"dataset\": {\"file\": \"/nowhere.json\"},\n"
                + " \"window\": {\"start\": \"2025-09-01T00:00:00Z\", \"end\": \"yesterday\"}}");
        robot.interact(() -> window.openFile(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> errorShown().isPresent());
        String said = errorShown().orElseThrow();
        assertTrue(said.startsWith(file + ":3:"), said);
        assertTrue(said.contains("(at /window/end)") && said.contains("expected an instant"), said);
        assertEquals(shown, state.getDataset(), "the dataset on show stays");
        Files.writeString(file, "{\"format\": \"entente-workspace/9\"}");
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.owner()).toList().forEach(Window::hide));
        robot.interact(() -> window.openFile(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> errorShown().isPresent());
        assertTrue(errorShown().orElseThrow().contains("written by a newer version of Entente"), errorShown().orElseThrow());
    }

    @Test
    void aNewWorkspaceStartsCleanOnTheBundledDataset(FxRobot robot) throws Exception {
        TestWindows.load(robot, window, state, LoadTask.file(SEED), LoadMode.STRICT);
        robot.interact(() -> {
            state.setFilter(Filter.NONE.withEventKinds(Set.of("meeting")));
            state.select(new Selection.OfActor("xi-jinping"));
        });
        Object before = state.getDataset();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state.getDataset() != before
                && window.loading().runningProperty().get() == null);
        assertEquals(Filter.NONE, state.getFilter());
        assertEquals(Selection.NOTHING, state.getSelection());
        assertFalse(state.history().canGoBack());
        assertEquals(new DatasetPlace.Sample(EntenteApp.BUNDLED_DATASET), captured(robot).dataset());
    }

    private Workspace captured(FxRobot robot) {
        return captureOf(robot, window);
    }

    private static Workspace captureOf(FxRobot robot, MainWindow of) {
        Workspace[] workspace = new Workspace[1];
        robot.interact(() -> workspace[0] = of.workspaces().capture());
        assertNotNull(workspace[0]);
        return workspace[0];
    }

    /** Where the graph draws an actor once its layout has had time to settle, in the graph's coordinates. */
    private static Point2D settledNode(FxRobot robot, ActorGraphView graph, String actor) throws Exception {
        Point2D last = null;
        for (int tries = 0; tries < 100; tries++) {
            Thread.sleep(100);
            WaitForAsyncUtils.waitForFxEvents();
            Point2D now = graph.locateActor(actor).orElse(null);
            if (now != null && last != null && now.distance(last) < 0.5) {
                return now;
            }
            last = now;
        }
        throw new AssertionError(actor + " is not drawn still: last at " + last);
    }

    private static Point2D screen(Node node, Point2D local) {
        return node.localToScreen(local);
    }

    /** The text of the error dialog on show, if any. */
    private static Optional<String> errorShown() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene().getRoot() instanceof DialogPane pane
                    && "The workspace could not be opened".equals(pane.getHeaderText())) {
                return Optional.of(pane.getContentText());
            }
        }
        return Optional.empty();
    }
}
