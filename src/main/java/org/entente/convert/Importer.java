package org.entente.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.entente.io.DatasetSink;

/**
 * A format of event data that Entente imports. An importer maps its rows onto {@code entente/1}, keeps
 * everything that has a place in the model, and reports each row it cannot read, with its file and
 * line, instead of dropping it silently.
 */
public interface Importer {
    /**
     * Reads the input files as one dataset and writes it to {@code out} as {@code entente/1} JSON. The
     * stream is flushed but not closed. Never writes to the inputs.
     */
    ImportReport convert(List<Path> inputs, OutputStream out, ImportProgress progress) throws IOException;

    /**
     * Reads the input files as one dataset and gives its records to {@code sink}, ending with
     * {@link DatasetSink#end}: by default through the JSON this importer writes, streamed as it comes.
     */
    default ImportReport convert(List<Path> inputs, DatasetSink sink, ImportProgress progress) throws IOException {
        return JsonPipe.convert(this, inputs, sink, progress);
    }
}
