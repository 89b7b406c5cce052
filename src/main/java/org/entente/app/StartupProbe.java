package org.entente.app;

import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.entente.state.ViewState;
import org.entente.timeline.TimelineView;

/**
 * Measures the time from {@code main} to the first frame that shows a dataset, for the startup
 * benchmark: for a store, the first frame that draws the store's counts of what it shows. It is active
 * only when the system property {@value #PROPERTY} is set; it then prints {@code first-frame-ms=N}, the
 * time until the picture is still, {@code still-ms=N} (for a store, when no finer counts or records are
 * coming), and the heap then in use after a collection, {@code heap-used-mb=N}, and quits.
 */
final class StartupProbe {
    static final String PROPERTY = "entente.startupProbe";

    private static boolean reported;
    private static long firstFrame = -1;

    private StartupProbe() {
    }

    private static long sinceMain() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - Launcher.STARTED_NANOS);
    }

    static void attachIfRequested(Scene scene, ViewState state, TimelineView timeline) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        state.datasetProperty().addListener((obs, old, shown) -> scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                if (firstFrame < 0 && (state.getStore() == null || timeline.isStoreCountsShown())) {
                    firstFrame = sinceMain();
                }
                if (state.getStore() != null && !timeline.isStoreCountsDrawn()) {
                    scene.addPostLayoutPulseListener(this);
                    return;
                }
                if (reported) {
                    return;
                }
                reported = true;
                System.out.println("first-frame-ms=" + firstFrame);
                System.out.println("still-ms=" + sinceMain());
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                System.out.println("heap-used-mb=" + (runtime.totalMemory() - runtime.freeMemory()) / (1 << 20));
                Platform.exit();
            }
        }));
    }
}
