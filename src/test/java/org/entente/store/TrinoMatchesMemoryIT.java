package org.entente.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The store on Trino answers as the store in memory does: every part of the filter, every lane and sort,
 * search and pairs of windows cutting months, in Trino's dialect ({@code mvn verify -Ptrino}).
 */
class TrinoMatchesMemoryIT extends StoreMatchesMemory {
    @Override
    protected EventStore open(Path store) throws IOException {
        try {
            return TrinoServer.shared().connect(TrinoServer.shared().load(store));
        } catch (SQLException e) {
            throw new IOException("could not load the store into Trino: " + e.getMessage(), e);
        }
    }
}
