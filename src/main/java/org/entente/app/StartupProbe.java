package org.entente.app;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.entente.state.ViewState;

/**
 * Measures the time from {@code main} to the first frame that shows a dataset, for the startup
 * benchmark. It is active only when the system property {@value #PROPERTY} is set; it then prints one
 * line, {@code first-frame-ms=N}, and quits.
 */
final class StartupProbe {
    static final String PROPERTY = "entente.startupProbe";

    private StartupProbe() {
    }

    static void attachIfRequested(Scene scene, ViewState state) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        state.datasetProperty().addListener((obs, old, shown) -> scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - Launcher.STARTED_NANOS);
                System.out.println("first-frame-ms=" + elapsed);
                Platform.exit();
            }
        }));
    }
}
