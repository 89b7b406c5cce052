package org.entente.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.entente.io.DatasetSink.RecordKind;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.query.Filter;

/**
 * Writes a dataset as an {@code entente/1} file that the loader reads back to the same records, unknown
 * fields included. It streams record by record through a {@link JsonDatasetSink}, so a million events never
 * exist as JSON in memory. The file has one record a line. Absent optional fields are left out rather than
 * written as null.
 */
public final class DatasetWriter {
    public static final String FORMAT = "entente/1";
    private static final List<RecordKind> LISTS = List.of(RecordKind.SOURCE, RecordKind.ACTOR, RecordKind.EVENT,
            RecordKind.RELATION);
    private static final List<RecordKind> PERIODS_TOO = List.of(RecordKind.SOURCE, RecordKind.ACTOR,
            RecordKind.EVENT, RecordKind.RELATION, RecordKind.PERIOD);

    private DatasetWriter() {
    }

    /**
     * Writes the events that {@code filter} lets through (all of them when it is empty) to {@code target},
     * atomically: the target is replaced only once the whole file is on disk. Sources, actors and relations
     * are written whole, whatever the filter, so that every reference in the file stays valid.
     */
    public static void write(Dataset dataset, Filter filter, Path target) throws IOException {
        AtomicFile.write(target, out -> write(dataset, filter, out));
    }

    /** As {@link #write(Dataset, Filter, Path)}, to a stream that is flushed but left open. */
    public static void write(Dataset dataset, Filter filter, OutputStream out) throws IOException {
        String title = dataset.title() == null ? "" : dataset.title();
        // Periods only when there are some, so that datasets without periods are written as before.
        List<RecordKind> lists = dataset.periods().isEmpty() ? LISTS : PERIODS_TOO;
        JsonDatasetSink.write(out, title, dataset.description(), lists, sink -> {
            dataset.sources().forEach(sink::source);
            dataset.actors().forEach(sink::actor);
            boolean everything = filter.isEmpty();
            for (Event event : dataset.events()) {
                if (everything || filter.matches(event, dataset)) {
                    sink.event(event);
                }
            }
            dataset.relations().forEach(sink::relation);
            dataset.periods().forEach(sink::period);
            sink.end(title, dataset.description(), dataset.extras());
        });
    }
}
