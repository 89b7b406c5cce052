package org.entente.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import org.entente.convert.ImportFormat;
import org.entente.graph.ActorGraphView;
import org.entente.graph.GraphViewport;
import org.entente.io.LoadMode;
import org.entente.map.MapView;
import org.entente.map.MapViewport;
import org.entente.state.ViewState;
import org.entente.work.Workers;
import org.entente.workspace.DatasetPlace;
import org.entente.workspace.GraphSettings;
import org.entente.workspace.MapSettings;
import org.entente.workspace.Viewport;
import org.entente.workspace.Workspace;
import org.entente.workspace.WorkspaceException;
import org.entente.workspace.WorkspaceReader;
import org.entente.workspace.WorkspaceWriter;

/**
 * File ▸ New, Open and Save workspace: what the analyst built, saved to a small file and restored from it
 * once its dataset is shown again. The workspace on show when the app closes is kept in a file of the app's
 * own, and reopens at the next start; a new workspace starts clean on the bundled dataset.
 */
final class Workspaces {
    private static final ExecutorService WRITER = Workers.single("entente-workspace");
    private static final String NOT_OPENED = "The workspace could not be opened";

    private final MainWindow window;
    private final ViewState state;
    /** The workspace file opened or saved last, which Save writes again; null for a workspace not yet saved. */
    private Path file;
    /** A workspace whose dataset is loading, restored once it is shown. */
    private Workspace pending;
    private LoadTask.Origin pendingOrigin;
    /** Asks where a dataset that moved is now, given where it was; null when the analyst gives up. */
    private UnaryOperator<Path> relocate = this::askWhere;

    Workspaces(MainWindow window, ViewState state) {
        this.window = window;
        this.state = state;
    }

    /** The file the workspace on show is kept in at close, to reopen at the next start. */
    static Path lastWorkspaceFile() {
        String home = System.getProperty("entente.home");
        Path folder = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".entente");
        return folder.resolve("last" + Workspace.EXTENSION);
    }

    /** Where the workspace on show is saved to by Save; null before it is saved or opened. */
    Path file() {
        return file;
    }

    /** For tests, which answer the question of where a dataset moved without a dialog. */
    void setRelocate(UnaryOperator<Path> relocate) {
        this.relocate = relocate;
    }

    /** What the analyst built on the dataset on show; null when none is shown. */
    Workspace capture() {
        LoadTask.Origin origin = window.shownOrigin();
        if (origin == null || state.getDataset() == null) {
            return null;
        }
        ActorGraphView graph = window.graph();
        List<GraphSettings.Pin> pins = graph.getPinnedActors().entrySet().stream()
                .map(pin -> new GraphSettings.Pin(pin.getKey(), pin.getValue().getX(), pin.getValue().getY()))
                .sorted(Comparator.comparing(GraphSettings.Pin::actor)).toList();
        MapView map = window.map();
        MapViewport look = map.getViewport();
        GraphViewport graphLook = graph.getViewport();
        return new Workspace(origin.place(), state.getWindow(), state.getCursor(), state.getFilter(), state.getSelection(),
                state.history().backTrail(), state.history().forwardTrail(), state.getColorMode(), state.getGraphTimeMode(),
                state.getGraphSpan(),
                new GraphSettings(graph.getLimits(), graph.getGroupBy(), graph.isShowMemberships(), graph.getNodeColoring(),
                        graph.getNodeSizing(), graph.getFocusActor(), graph.getFocusDepth(), pins,
                        graphLook == null ? null : new Viewport(graphLook.centerX(), graphLook.centerY(), graphLook.scale())),
                new MapSettings(map.getShading(), map.isShowFlows(), map.getMaxFlows(),
                        look == null ? null : new Viewport(look.centerX(), look.centerY(), look.scale())),
                window.paneLayout(), state.getNotes());
    }

    /** File ▸ Save workspace: to the file it came from or was saved to, else where the analyst says. */
    void save() {
        if (file == null) {
            saveAs();
        } else {
            write(file);
        }
    }

    /** File ▸ Save workspace as. */
    void saveAs() {
        FileChooser chooser = chooser("Save the workspace");
        chooser.setInitialFileName(file != null ? file.getFileName().toString() : "analysis" + Workspace.EXTENSION);
        File chosen = chooser.showSaveDialog(window.owner());
        if (chosen != null) {
            write(withExtension(chosen.toPath()));
        }
    }

    /** File ▸ Open workspace. */
    void chooseAndOpen() {
        File chosen = chooser("Open a workspace").showOpenDialog(window.owner());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Entente workspaces (*" + Workspace.EXTENSION + ")",
                "*" + Workspace.EXTENSION));
        if (file != null && file.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(file.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    private static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.endsWith(Workspace.EXTENSION) ? chosen : chosen.resolveSibling(name + Workspace.EXTENSION);
    }

    /** Writes the workspace on show in the background, atomically; where it went, or why not, shows in the status bar. */
    void write(Path target) {
        Workspace workspace = capture();
        if (workspace == null) {
            return;
        }
        file = target;
        WRITER.execute(() -> {
            try {
                WorkspaceWriter.write(workspace, target);
                Platform.runLater(() -> window.say("Saved the workspace to " + target));
            } catch (IOException e) {
                Platform.runLater(() -> fail("The workspace was not saved", "Could not save the workspace to " + target + ": "
                        + e.getMessage()));
            }
        });
    }

    /** Keeps the workspace on show for the next start, now: the app is closing. */
    void keepForNextStart() {
        Workspace workspace = capture();
        if (workspace == null) {
            return;
        }
        try {
            WorkspaceWriter.write(workspace, lastWorkspaceFile());
        } catch (IOException e) {
            // Closing goes on: the next start opens the last dataset instead, as before workspaces.
            System.err.println("Entente: could not keep the workspace for the next start: " + e.getMessage());
        }
    }

    /** Opens a workspace file: its dataset loads, then everything else is restored. A bad file says why and changes nothing. */
    void open(Path workspaceFile) {
        try {
            Workspace workspace = WorkspaceReader.read(workspaceFile);
            file = workspaceFile;
            restore(workspace);
        } catch (WorkspaceException e) {
            fail(NOT_OPENED, e.getMessage());
        } catch (IOException e) {
            fail(NOT_OPENED, "Could not read " + workspaceFile + ": " + e.getMessage());
        }
    }

    /**
     * The workspace kept at the last close, if there is one and its dataset is where it was: a start asks
     * nothing, so a file unreadable, bad or whose dataset has gone is said in the status bar and passed over.
     */
    boolean reopenLast() {
        Path last = lastWorkspaceFile();
        if (!Files.isRegularFile(last)) {
            return false;
        }
        try {
            Workspace workspace = WorkspaceReader.read(last);
            if (workspace.dataset() instanceof DatasetPlace.File gone && !Files.exists(gone.path())) {
                window.say("The last workspace was not reopened: its dataset " + gone.path() + " is no longer there");
                return false;
            }
            return restore(workspace);
        } catch (WorkspaceException | IOException e) {
            window.say("The last workspace could not be reopened: " + e.getMessage());
            return false;
        }
    }

    /** File ▸ New workspace: the bundled dataset, as a first start shows it, and no workspace file. */
    void startClean() {
        file = null;
        pending = null;
        window.open(LoadTask.bundled(EntenteApp.BUNDLED_DATASET), LoadMode.STRICT);
    }

    /** Loads the workspace's dataset, asking where it is if it moved; returns false when it cannot be loaded. */
    boolean restore(Workspace workspace) {
        Workspace found = located(workspace);
        if (found == null) {
            return false;
        }
        LoadTask.Origin origin = origin(found.dataset());
        if (origin == null) {
            return false;
        }
        pending = found;
        pendingOrigin = origin;
        window.open(origin, found.dataset() instanceof DatasetPlace.Imported ? LoadMode.LENIENT : LoadMode.STRICT);
        return true;
    }

    /** The workspace with its dataset where it is now: asked for when its file has moved; null if not found. */
    private Workspace located(Workspace workspace) {
        if (workspace.dataset() instanceof DatasetPlace.File moved && !Files.exists(moved.path())) {
            Path now = relocate.apply(moved.path());
            return now == null ? null : workspace.withDataset(new DatasetPlace.File(now.toAbsolutePath()));
        }
        return workspace;
    }

    private LoadTask.Origin origin(DatasetPlace place) {
        if (place instanceof DatasetPlace.File at) {
            return LoadTask.file(at.path());
        }
        if (place instanceof DatasetPlace.Sample sample) {
            return LoadTask.bundled(sample.resource());
        }
        if (place instanceof DatasetPlace.Imported imported) {
            try {
                return LoadTask.imported(ImportFormat.valueOf(imported.format()), imported.inputs());
            } catch (IllegalArgumentException unknown) {
                fail(NOT_OPENED, "The workspace's dataset was imported from a format this version does not know: "
                        + imported.format());
                return null;
            }
        }
        DatasetPlace.Trino trino = (DatasetPlace.Trino) place;
        ConnectDialog.remember(window.preferences(), trino.server(), trino.catalog(), trino.schema(), trino.user());
        return ConnectDialog.ask(window.owner(), window.preferences()).map(LoadTask::connected).orElse(null);
    }

    private Path askWhere(Path was) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Where is " + was.getFileName() + " now? The workspace's dataset is no longer at " + was);
        chooser.setInitialFileName(String.valueOf(was.getFileName()));
        File chosen = chooser.showOpenDialog(window.owner());
        return chosen == null ? null : chosen.toPath();
    }

    /** A dataset was shown: if it is the one a workspace waits for, the rest of the workspace is restored, else it gives up. */
    void shown(LoadTask.Origin origin) {
        Workspace workspace = origin == pendingOrigin ? pending : null;
        pending = null;
        pendingOrigin = null;
        if (workspace != null) {
            apply(workspace);
        }
    }

    /** A load ended without a dataset: the workspace waiting for it gives up. */
    void notShown(LoadTask.Origin origin) {
        if (origin == pendingOrigin) {
            pending = null;
            pendingOrigin = null;
        }
    }

    /** Puts back everything but the dataset, which is on show. */
    private void apply(Workspace w) {
        state.setFilter(w.filter());
        state.setColorMode(w.colors());
        state.setGraphTimeMode(w.graphTime());
        state.setGraphSpan(w.graphSpan());
        state.setWindow(w.window());
        state.setCursor(w.cursor());
        state.restoreSelection(w.selection(), w.back(), w.forward());
        state.setNotes(w.notes());
        ActorGraphView graph = window.graph();
        GraphSettings g = w.graph();
        graph.setLimits(g.limits());
        graph.setGroupBy(g.groupBy());
        graph.setShowMemberships(g.memberships());
        graph.setNodeColoring(g.coloring());
        graph.setNodeSizing(g.sizing());
        graph.setFocusActor(g.focusActor());
        graph.setFocusDepth(g.focusDepth());
        Map<String, Point2D> pins = new HashMap<>();
        g.pinned().forEach(pin -> pins.put(pin.actor(), new Point2D(pin.x(), pin.y())));
        graph.pinActors(pins);
        MapView map = window.map();
        map.setShading(w.map().shading());
        map.setShowFlows(w.map().flows());
        map.setMaxFlows(w.map().maxFlows());
        if (w.map().view() != null) {
            map.setViewport(new MapViewport(w.map().view().centerX(), w.map().view().centerY(), w.map().view().scale()));
        }
        window.layOut(w.layout());
        // Last: grouping and focus above ask the graph to fit what it shows, which would move it elsewhere.
        if (g.view() != null) {
            graph.setViewport(new GraphViewport(g.view().centerX(), g.view().centerY(), g.view().scale()));
        }
    }

    private void fail(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(window.owner());
        alert.setHeaderText(header);
        alert.show();
        window.say(message);
    }
}
