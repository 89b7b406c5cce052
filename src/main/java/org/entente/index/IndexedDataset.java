package org.entente.index;

import org.entente.model.Dataset;
import org.entente.model.DatasetStats;

/**
 * A dataset with what is worth computing once, off the UI thread, when it is loaded: the time index over
 * its events and its counts. Every view reads from this.
 */
public record IndexedDataset(Dataset dataset, TimeIndex time, DatasetStats stats) {

    public static IndexedDataset of(Dataset dataset) {
        return new IndexedDataset(dataset, TimeIndex.of(dataset.events()), DatasetStats.of(dataset));
    }
}
