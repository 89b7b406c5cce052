package org.entente.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.entente.export.JsonDatasetSink;
import org.entente.io.DatasetSink;
import org.entente.io.DatasetSink.RecordKind;

/**
 * Imports GDELT 2.0 Events export files (tab-separated, no header, 61 columns), plain or zipped as GDELT
 * serves them ({@code .export.CSV.zip}), several as one dataset; the mapping
 * is described in docs/IMPORT.md. Rows for the same day, actors and CAMEO event code become one event,
 * merged in bounded memory by {@link EventCollapser}, so that a file of millions of rows converts with a
 * heap that does not grow with it.
 */
public final class GdeltImporter implements Importer {
    /** Events held in memory before a sorted run is spilled to disk; with the map around them, under a kilobyte each. */
    static final int DEFAULT_BUFFER_EVENTS = 50_000;
    /** The order the JSON file lists its records in, as the sink is given them. */
    private static final List<RecordKind> LISTS = List.of(RecordKind.ACTOR, RecordKind.SOURCE, RecordKind.EVENT);

    private final int bufferEvents;
    private final Path tempDir;
    private final long minUnzipped;

    public GdeltImporter() {
        this(DEFAULT_BUFFER_EVENTS, null);
    }

    /** {@code tempDir} null means the system's temporary folder. */
    GdeltImporter(int bufferEvents, Path tempDir) {
        this(bufferEvents, tempDir, GdeltInput.MIN_UNZIPPED);
    }

    /** {@code minUnzipped}: how far any zip may expand, however small (see {@link GdeltInput}). */
    GdeltImporter(int bufferEvents, Path tempDir, long minUnzipped) {
        this.bufferEvents = bufferEvents;
        this.tempDir = tempDir;
        this.minUnzipped = minUnzipped;
    }

    @Override
    public ImportReport convert(List<Path> inputs, OutputStream out, ImportProgress progress) throws IOException {
        ImportReport[] report = new ImportReport[1];
        JsonDatasetSink.write(out, GdeltConversion.title(inputs), GdeltConversion.description(inputs), LISTS,
                sink -> report[0] = convert(inputs, sink, progress));
        return report[0];
    }

    /**
     * Reads the input files as one dataset and gives its records to {@code sink}: the actors, the sources,
     * then the events in day order, then {@link DatasetSink#end}. Nothing is withdrawn.
     */
    @Override
    public ImportReport convert(List<Path> inputs, DatasetSink sink, ImportProgress progress) throws IOException {
        try (GdeltConversion conversion = new GdeltConversion(bufferEvents, tempDir, minUnzipped, progress)) {
            return conversion.run(inputs, sink);
        }
    }
}
