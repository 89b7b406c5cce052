package org.entente.detail;

import java.util.function.Consumer;
import org.entente.index.ActorEvents;
import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;
import org.entente.query.Filter;
import org.entente.state.Selection;
import org.entente.state.ViewState;

/** What the sections of the pane draw on: the dataset, its actors' events, the filter, and where links go. */
record DetailContext(IndexedDataset indexed, ActorEvents actorEvents, Filter filter, ViewState state,
                     Consumer<String> openLink, StoreEvents storeEvents) {

    Dataset dataset() {
        return indexed.dataset();
    }

    void select(Selection selection) {
        state.select(selection);
    }
}
