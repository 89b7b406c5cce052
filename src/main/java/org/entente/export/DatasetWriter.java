package org.entente.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.entente.query.Filter;

/**
 * Writes a dataset as an {@code entente/1} file that the loader reads back to the same records, unknown
 * fields included. It streams record by record, so a million events never exist as JSON in memory. The
 * file has one record a line. Absent optional fields are left out rather than written as null.
 */
public final class DatasetWriter {
    public static final String FORMAT = "entente/1";

    private final JsonGenerator g;
    private final RecordWriter records;

    private DatasetWriter(JsonGenerator g) {
        this.g = g;
        this.records = new RecordWriter(g);
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
        try (JsonGenerator g = RecordWriter.open(out)) {
            new DatasetWriter(g).dataset(dataset, filter);
            g.writeRaw('\n');
        }
        out.flush();
    }

    private void dataset(Dataset dataset, Filter filter) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeStringField("title", dataset.title() == null ? "" : dataset.title());
        if (dataset.description() != null) {
            g.writeStringField("description", dataset.description());
        }

        g.writeArrayFieldStart("sources");
        for (Source source : dataset.sources()) {
            records.source(source);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("actors");
        for (Actor actor : dataset.actors()) {
            records.actor(actor);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("events");
        boolean everything = filter.isEmpty();
        for (Event event : dataset.events()) {
            if (everything || filter.matches(event, dataset)) {
                records.event(event);
            }
        }
        g.writeEndArray();

        g.writeArrayFieldStart("relations");
        for (Relation relation : dataset.relations()) {
            records.relation(relation);
        }
        g.writeEndArray();

        // Only when there are some, so that datasets without periods are written as before.
        if (!dataset.periods().isEmpty()) {
            g.writeArrayFieldStart("periods");
            for (Period period : dataset.periods()) {
                records.period(period);
            }
            g.writeEndArray();
        }

        PendingExtras.of(dataset.extras()).writeTo(g);
        g.writeEndObject();
    }

}
