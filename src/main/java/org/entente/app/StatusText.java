package org.entente.app;

import javafx.beans.Observable;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;
import org.entente.index.IndexedDataset;
import org.entente.query.TimeWindow;
import org.entente.state.ViewState;
import org.entente.time.DayFormat;

/** The status bar's left side: how many events lie in view out of all, and the window's dates. */
final class StatusText {
    private final ViewState state;
    private final Label label = new Label();

    StatusText(ViewState state, StatusBar status) {
        this.state = state;
        label.getStyleClass().add("events-in-view");
        status.getLeftItems().add(label);
        for (Observable o : new Observable[] {state.datasetProperty(), state.windowProperty()}) {
            o.addListener(x -> update());
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
        int inView = dataset.time().countOverlapping(window.start(), window.end());
        label.setText(String.format("%,d of %,d events in view \u00B7 %s to %s", inView, dataset.dataset().events().size(),
                DayFormat.day(window.start()), DayFormat.day(window.end() - 1)));
    }

}
