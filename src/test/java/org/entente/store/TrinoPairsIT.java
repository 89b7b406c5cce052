package org.entente.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** The top pairs and scrub steps of the store on Trino are the memory's, in Trino's dialect ({@code mvn verify -Ptrino}). */
class TrinoPairsIT extends StorePairsMatchMemory {
    @Override
    protected SqlStore open(Path store) throws IOException {
        try {
            return TrinoServer.shared().connect(TrinoServer.shared().load(store));
        } catch (SQLException e) {
            throw new IOException("could not load the store into Trino: " + e.getMessage(), e);
        }
    }
}
