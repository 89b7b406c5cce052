package org.entente.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports GDELT 2.0 Events export files (tab-separated, no header, 61 columns) as one dataset; the mapping
 * is described in docs/IMPORT.md. Rows for the same day, actors and CAMEO event code become one event,
 * merged in bounded memory by {@link EventCollapser}, so that a file of millions of rows converts with a
 * heap that does not grow with it.
 */
public final class GdeltImporter implements Importer {
    /** Events held in memory before a sorted run is spilled to disk; with the map around them, under a kilobyte each. */
    static final int DEFAULT_BUFFER_EVENTS = 50_000;

    private final int bufferEvents;
    private final Path tempDir;

    public GdeltImporter() {
        this(DEFAULT_BUFFER_EVENTS, null);
    }

    /** {@code tempDir} null means the system's temporary folder. */
    GdeltImporter(int bufferEvents, Path tempDir) {
        this.bufferEvents = bufferEvents;
        this.tempDir = tempDir;
    }

    @Override
    public ImportReport convert(List<Path> inputs, OutputStream out, ImportProgress progress) throws IOException {
        try (GdeltConversion conversion = new GdeltConversion(bufferEvents, tempDir, progress)) {
            return conversion.run(inputs, out);
        }
    }
}
