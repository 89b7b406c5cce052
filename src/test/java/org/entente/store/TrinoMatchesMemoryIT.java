package org.entente.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The store on Trino answers as the store in memory does: every part of the filter, every lane and sort,
 * search and pairs of windows cutting months, in Trino's dialect ({@code mvn verify -Ptrino}).
 */
class TrinoMatchesMemoryIT extends StoreMatchesMemory {
    @Override
    protected EventStore open(Path store) throws IOException {
        return TrinoServer.shared().open(store);
    }
}
