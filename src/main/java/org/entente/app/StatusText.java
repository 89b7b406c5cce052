package org.entente.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.entente.index.IndexedDataset;
import org.entente.index.TimeIndex;
import org.entente.lanes.Lanes;
import org.entente.query.Filter;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.entente.store.EventStore;
import org.entente.time.DayFormat;
import org.entente.work.LatestJob;
import org.entente.work.Workers;

/**
 * The status bar's left side: how many events the filter leaves in view out of all, and the window's
 * dates. Counting in view asks a time index of the events that pass the filter, which costs a lookup
 * per frame; that index is built in the background when the filter changes, a scan of every event that
 * a million events would make felt on the UI thread, and until it is ready the count reads "counting…".
 * A store counts in view by a question in the background once the window or filter has stopped changing
 * for a moment, and not again when only the records it fetched change; the last count stays until the next
 * arrives.
 */
final class StatusText {
    /**
     * How long a store's count waits for the window to stop moving: asked at once, at every step of a zoom
     * or a pan, it took the two cores from the records and the counts the views were waiting for (12 to 90
     * ms a question at a hundred million events, asked twice for every day set in the timeline).
     */
    private static final long STORE_COUNT_AFTER_MILLIS = 200;

    /** What a store's count in view answers: the same again asks nothing. */
    private record StoreQuestion(EventStore store, Filter filter, TimeWindow window) {
    }

    private final ViewState state;
    private final Label label = new Label();
    private final LatestJob<TimeIndex> counting = LatestJob.onFxThread("entente-status-count");
    private final LatestJob<Integer> storeCounting = new LatestJob<>(CompletableFuture.delayedExecutor(
            STORE_COUNT_AFTER_MILLIS, TimeUnit.MILLISECONDS, Workers.single("entente-status-store-count")),
            Platform::runLater);
    private TimeIndex shown;
    private String storeInView = "counting\u2026";
    private StoreQuestion storeAsked;

    StatusText(ViewState state, StatusBar status) {
        this.state = state;
        label.getStyleClass().add("events-in-view");
        status.getLeftItems().add(label);
        for (Observable o : new Observable[] {state.datasetProperty(), state.filterProperty()}) {
            o.addListener(x -> index());
        }
        state.storeProperty().addListener(x -> {
            storeInView = "counting\u2026";
            storeAsked = null;
        });
        state.windowProperty().addListener(x -> update());
        index();
    }

    private void index() {
        counting.cancel();
        IndexedDataset dataset = state.getDataset();
        Filter filter = state.getFilter();
        shown = null;
        if (dataset != null && filter.isEmpty()) {
            shown = dataset.time();
        } else if (dataset != null) {
            counting.run(cancelled -> Lanes.shown(dataset, filter), built -> {
                shown = built;
                update();
            });
        }
        update();
    }

    private void update() {
        IndexedDataset dataset = state.getDataset();
        if (dataset == null) {
            label.setText("");
            return;
        }
        TimeWindow window = state.getWindow();
        EventStore store = state.getStore();
        if (store != null) {
            StoreQuestion question = new StoreQuestion(store, state.getFilter(), window);
            if (!question.equals(storeAsked)) {
                storeAsked = question;
                storeCounting.run(cancelled -> store.unlessCancelled(cancelled, () -> store.count(question.filter(), window)),
                        n -> {
                            storeInView = String.format("%,d", n);
                            show(storeInView, store.extent().events(), window);
                        }, failure -> storeAsked = null);
            }
            show(storeInView, store.extent().events(), window);
            return;
        }
        String inView = shown == null ? "counting\u2026"
                : String.format("%,d", shown.countOverlapping(window.start(), window.end()));
        show(inView, dataset.dataset().events().size(), window);
    }

    private void show(String inView, int all, TimeWindow window) {
        label.setText(String.format("%s of %,d events in view \u00B7 %s to %s", inView, all, DayFormat.day(window.start()),
                DayFormat.day(window.end() - 1)));
    }
}
