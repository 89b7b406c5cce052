package org.entente.filter;

import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.query.Filter;
import org.entente.state.ViewState;
import org.entente.work.LatestJob;

/**
 * "No events match these filters", shown while the filter leaves no event of the dataset, with a button
 * that undoes the last change of the filter. Whether anything matches is found in the background: on a
 * million events a filter that matches nothing means reading them all.
 */
final class NoMatchNotice extends HBox {
    /** How many events to read between two looks at whether the answer is still wanted. */
    private static final int STRIDE = 4096;

    private final ViewState state;
    private final FilterUndo undo = new FilterUndo();
    private final LatestJob<Boolean> matching = LatestJob.onFxThread("entente-filter-matches");
    private final Button back = new Button("Undo last change");
    private boolean undoing;

    NoMatchNotice(ViewState state) {
        super(8);
        this.state = state;
        getStyleClass().add("no-match-notice");
        back.getStyleClass().add("undo-filter");
        back.setTooltip(new Tooltip("Go back to the filter before the last change"));
        back.setOnAction(e -> undoLast());
        getChildren().addAll(new Label("No events match these filters"), back);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        state.filterProperty().addListener((obs, old, now) -> {
            if (!undoing) {
                undo.changed(old);
            }
            check();
        });
        state.datasetProperty().addListener((obs, old, now) -> {
            undo.clear();
            check();
        });
    }

    private void undoLast() {
        Filter before = undo.undo();
        if (before == null) {
            return;
        }
        undoing = true;
        try {
            state.setFilter(before);
        } finally {
            undoing = false;
        }
    }

    /** Shows the notice once the filter is known to leave nothing; it keeps its last answer until then, so it does not flicker. */
    private void check() {
        back.setDisable(!undo.canUndo());
        Filter filter = state.getFilter();
        IndexedDataset dataset = state.getDataset();
        if (dataset == null || filter.isEmpty()) {
            matching.cancel();
            setVisible(false);
            return;
        }
        Dataset records = dataset.dataset();
        matching.run(cancelled -> matchesNone(filter, records, cancelled), this::setVisible);
    }

    private static boolean matchesNone(Filter filter, Dataset dataset, BooleanSupplier cancelled) {
        List<Event> events = dataset.events();
        for (int i = 0; i < events.size(); i++) {
            if (i % STRIDE == 0 && cancelled.getAsBoolean()) {
                return false;
            }
            if (filter.matches(events.get(i), dataset)) {
                return false;
            }
        }
        return true;
    }
}
