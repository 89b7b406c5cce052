package org.entente.store;

import org.entente.index.IndexedDataset;
import org.entente.model.Dataset;

/** The in-memory store keeps the contract every store keeps. */
class MemoryStoreTest extends EventStoreContract {
    @Override
    protected EventStore open(Dataset dataset) {
        return new MemoryStore(IndexedDataset.of(dataset));
    }
}
