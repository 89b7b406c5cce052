package org.entente.store;

import java.io.IOException;
import java.nio.file.Path;

/** The top pairs and scrub steps of the store on Trino are the memory's, in Trino's dialect ({@code mvn verify -Ptrino}). */
class TrinoPairsIT extends StorePairsMatchMemory {
    @Override
    protected SqlStore open(Path store) throws IOException {
        return TrinoServer.shared().open(store);
    }
}
