package org.entente.store;

import java.io.IOException;
import java.nio.file.Path;

/** The store in DuckDB answers as the store in memory does. */
class DuckStoreMatchesMemoryTest extends StoreMatchesMemory {
    @Override
    protected EventStore open(Path store) throws IOException {
        return DuckStore.open(store);
    }
}
