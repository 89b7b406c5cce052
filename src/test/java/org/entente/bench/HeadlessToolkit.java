package org.entente.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.testfx.api.FxToolkit;

/** JavaFX for benchmarks that draw: headless (Monocle) with software rendering, as on CI. */
public final class HeadlessToolkit {
    private HeadlessToolkit() {
    }

    /** Starts the toolkit unless a test harness has started it already. */
    public static void start() throws InterruptedException {
        System.getProperties().putIfAbsent("glass.platform", "Monocle");
        System.getProperties().putIfAbsent("monocle.platform", "Headless");
        System.getProperties().putIfAbsent("prism.order", "sw");
        // Through TestFX, as its UI tests start it, so that a UI test running after this one in the same JVM
        // finds the toolkit as it would have started it (started by Platform.startup, its menus did not open).
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    /** Runs on the FX thread and waits for the result. */
    public static <T> T call(Supplier<T> work) throws InterruptedException {
        Object[] result = new Object[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            result[0] = work.get();
            done.countDown();
        });
        done.await();
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
