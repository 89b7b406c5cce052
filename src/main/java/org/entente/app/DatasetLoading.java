package org.entente.app;

import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.entente.io.LoadMode;
import org.entente.state.ViewState;
import org.entente.work.Workers;

/**
 * Runs one load at a time in the background and hands a successful result to the view state. A failed,
 * refused or cancelled load changes nothing that is on screen.
 */
public final class DatasetLoading {
    private final ExecutorService worker = Workers.single("entente-loader");
    private final ViewState state;
    private final ReadOnlyObjectWrapper<LoadTask> running = new ReadOnlyObjectWrapper<>(this, "running");
    private final Consumer<LoadTask.Outcome> onOutcome;

    /** {@code onOutcome} hears about every finished load, loaded or not, on the UI thread. */
    public DatasetLoading(ViewState state, Consumer<LoadTask.Outcome> onOutcome) {
        this.state = state;
        this.onOutcome = onOutcome;
    }

    public LoadTask load(LoadTask.Origin origin, LoadMode mode) {
        cancel();
        LoadTask task = new LoadTask(origin, mode);
        task.setOnSucceeded(e -> {
            finish(task);
            LoadTask.Outcome outcome = task.getValue();
            if (outcome.store() != null) {
                state.show(outcome.store(), outcome.indexed().dataset());
            } else if (outcome.loaded()) {
                state.show(outcome.indexed());
            }
            onOutcome.accept(outcome);
        });
        task.setOnFailed(e -> finish(task));
        task.setOnCancelled(e -> finish(task));
        running.set(task);
        worker.execute(task);
        return task;
    }

    public void cancel() {
        LoadTask task = running.get();
        if (task != null) {
            task.cancel(false);
        }
    }

    private void finish(LoadTask task) {
        if (running.get() == task) {
            running.set(null);
        }
    }

    /** The load in progress, or null; the status bar binds its progress and Cancel button to it. */
    public ReadOnlyObjectProperty<LoadTask> runningProperty() {
        return running.getReadOnlyProperty();
    }
}
