package org.entente.work;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The latest of a stream of background jobs, such as rebuilding a view's index each time the filter
 * changes: starting a job cancels the one before, and only the job still current hands its result (or
 * its failure) to the UI thread. A job overtaken while it runs is told through its {@code cancelled}
 * flag and its result is dropped, so a slow old answer never replaces a newer one.
 *
 * <p>Both executors are injected: the app runs work on a {@link Workers} thread and hands results over
 * with {@code Platform::runLater}; tests pass {@code Runnable::run} for both to run jobs synchronously.
 * Use it from one thread only (the UI thread).
 */
public final class LatestJob<T> {
    private final Executor worker;
    private final Executor ui;
    private AtomicBoolean current;

    public LatestJob(Executor worker, Executor ui) {
        this.worker = Objects.requireNonNull(worker);
        this.ui = Objects.requireNonNull(ui);
    }

    /** A job on a named background thread of its own whose results reach the JavaFX application thread. */
    public static <T> LatestJob<T> onFxThread(String threadName) {
        return new LatestJob<>(Workers.single(threadName), javafx.application.Platform::runLater);
    }

    /** Cancels the job in flight, if any, and starts this one; a failure is dropped. */
    public void run(Work<T> work, Consumer<? super T> onResult) {
        run(work, onResult, error -> { });
    }

    /** Cancels the job in flight, if any, and starts this one; its result or failure reaches the UI thread if it is still current. */
    public void run(Work<T> work, Consumer<? super T> onResult, Consumer<? super Exception> onFailure) {
        cancel();
        AtomicBoolean mine = new AtomicBoolean(true);
        current = mine;
        worker.execute(() -> {
            if (!mine.get()) {
                return;
            }
            try {
                T result = work.run(() -> !mine.get());
                ui.execute(() -> finish(mine, () -> onResult.accept(result)));
            } catch (Exception e) {
                ui.execute(() -> finish(mine, () -> onFailure.accept(e)));
            }
        });
    }

    private void finish(AtomicBoolean job, Runnable delivery) {
        if (job.get() && job == current) {
            current = null;
            job.set(false);
            delivery.run();
        }
    }

    /** Drops the job in flight: it is told to stop, and whatever it produces is ignored. */
    public void cancel() {
        if (current != null) {
            current.set(false);
            current = null;
        }
    }

    /** Whether a job has started and not yet delivered, failed or been cancelled. */
    public boolean isRunning() {
        return current != null;
    }
}
