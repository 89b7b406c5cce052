package org.entente.index;

import java.util.concurrent.CompletableFuture;
import org.entente.model.Dataset;
import org.entente.model.DatasetStats;

/**
 * A dataset with what is worth computing once, off the UI thread, when it is loaded: the time index over
 * its events and its counts. Every view reads from this.
 */
public record IndexedDataset(Dataset dataset, TimeIndex time, DatasetStats stats) {

    /** Counts on a second core while the index is built on this one: both are a pass over every event. */
    public static IndexedDataset of(Dataset dataset) {
        CompletableFuture<DatasetStats> stats = CompletableFuture.supplyAsync(() -> DatasetStats.of(dataset));
        TimeIndex time = TimeIndex.of(dataset.events());
        return new IndexedDataset(dataset, time, stats.join());
    }
}
