package org.entente.store;

import java.io.IOException;
import java.nio.file.Path;

/** The top pairs and scrub steps of the store in DuckDB are the memory's. */
class DuckStorePairsTest extends StorePairsMatchMemory {
    @Override
    protected SqlStore open(Path store) throws IOException {
        return DuckStore.open(store);
    }
}
