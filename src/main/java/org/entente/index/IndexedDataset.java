package org.entente.index;

import org.entente.model.Dataset;

/** A dataset together with the time index built over its events; what every view reads from. */
public record IndexedDataset(Dataset dataset, TimeIndex time) {

    public static IndexedDataset of(Dataset dataset) {
        return new IndexedDataset(dataset, TimeIndex.of(dataset.events()));
    }
}
