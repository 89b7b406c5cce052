package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.application.Application;
import org.entente.io.LoadMode;
import org.entente.io.LoadMonitor;
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
