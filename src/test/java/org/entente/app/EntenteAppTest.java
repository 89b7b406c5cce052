package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.application.Application;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
import org.entente.query.Filter;
import org.entente.workspace.DatasetPlace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class EntenteAppTest {
    private static final String TITLE = "North Korea, China and Russia, September\u2013October 2025 \u2014 Entente";

    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        Files.deleteIfExists(Workspaces.lastWorkspaceFile());
    }

    @Test
    void theWorkspaceOnShowWhenTheAppClosesReopensAtTheNextStart() throws Exception {
        Files.deleteIfExists(Workspaces.lastWorkspaceFile());
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(EntenteApp.class, "data/dprk-china-russia-2025.json");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TITLE.equals(stage.getTitle()));
        Filter summits = Filter.NONE.withEventKinds(Set.of("summit", "parade"));
        FxToolkit.setupFixture(() -> window(stage).viewState().setFilter(summits));
        FxToolkit.cleanupApplication(app);
        FxToolkit.setupFixture(stage::hide);
        assertTrue(Files.isRegularFile(Workspaces.lastWorkspaceFile()), "kept at close");

        app = FxToolkit.setupApplication(EntenteApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TITLE.equals(stage.getTitle())
                && summits.equals(window(stage).viewState().getFilter()));
        assertEquals(new DatasetPlace.File(Path.of("data/dprk-china-russia-2025.json").toAbsolutePath()),
                window(stage).workspaces().capture().dataset());
    }

    @Test
    void aLastWorkspaceWhoseDatasetHasGoneGivesWayToTheLastFileOrTheSeedWithoutAsking() throws Exception {
        Files.createDirectories(Workspaces.lastWorkspaceFile().getParent());
        Files.writeString(Workspaces.lastWorkspaceFile(), "{\"format\": \"entente-workspace/1\", \"dataset\": {\"file\":"
                + " \"/nowhere/gone.json\"}, \"window\": {\"start\": \"2025-09-01T00:00:00Z\", \"end\": \"2025-09-05T00:00:00Z\"}}");
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(EntenteApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TITLE.equals(stage.getTitle()));
        assertNotEquals(new DatasetPlace.File(Path.of("/nowhere/gone.json")), window(stage).workspaces().capture().dataset());
        assertTrue(window(stage).workspaces().file() == null, "no workspace file is on show");
    }

    private static MainWindow window(Stage stage) {
        return (MainWindow) stage.getScene().getRoot();
    }

    @Test
    void theAppOpensTheFileItIsGivenInAWindowTitledAfterTheDataset() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(EntenteApp.class, "data/dprk-china-russia-2025.json");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> TITLE.equals(stage.getTitle()));
        assertTrue(stage.isShowing());
    }

    @Test
    void theBundledDatasetIsTheSeedDataset() throws Exception {
        LoadTask.Outcome outcome = LoadTask.bundled(EntenteApp.BUNDLED_DATASET)
                .load(LoadMonitor.NONE, LoadMode.STRICT);

        assertTrue(outcome.loaded(), () -> outcome.result().problems().toString());
        assertEquals(23, outcome.indexed().dataset().events().size(),
                "the jar carries data/dprk-china-russia-2025.json");
    }
}
