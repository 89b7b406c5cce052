package org.entente.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.entente.io.DatasetSink;
import org.entente.model.Actor;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * A sink that writes each record it is given to an {@code entente/1} file at once, one record a line. The
 * file's head comes first, so its title and description are given before any record, by a producer that
 * knows them (an exporter, an importer); the loader, which may meet them at the end of a file, cannot use
 * this sink. The file lists its arrays in the order the producer declares, each written even when empty,
 * and each kind's records must come together in that order. A record written cannot be taken back, so this
 * sink refuses withdrawals: only the loader withdraws, and it never writes JSON.
 */
public final class JsonDatasetSink implements DatasetSink {
    private final JsonGenerator g;
    private final RecordWriter records;
    private final String title;
    private final String description;
    private final List<RecordKind> lists;
    /** How many of the lists were started; the last one started is open until the next kind comes. */
    private int started;
    private boolean ended;

    private JsonDatasetSink(JsonGenerator g, String title, String description, List<RecordKind> lists)
            throws IOException {
        this.g = g;
        this.records = new RecordWriter(g);
        this.title = title;
        this.description = description;
        this.lists = List.copyOf(lists);
        g.writeStartObject();
        g.writeStringField("format", DatasetWriter.FORMAT);
        g.writeStringField("title", title);
        if (description != null) {
            g.writeStringField("description", description);
        }
    }

    /**
     * Writes to {@code out} the dataset that {@code fill} gives the sink, ending with {@link #end}; {@code out}
     * is flushed but left open. A failed write is thrown as the IOException it was, not as the unchecked
     * one the sink's methods must throw.
     */
    public static void write(OutputStream out, String title, String description, List<RecordKind> lists,
                             IOConsumer<DatasetSink> fill) throws IOException {
        try (JsonGenerator g = RecordWriter.open(out)) {
            JsonDatasetSink sink = new JsonDatasetSink(g, title, description, lists);
            fill.accept(sink);
            if (!sink.ended) {
                throw new IllegalStateException("the dataset was not ended: the file would be cut short");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    @Override
    public void source(Source source) {
        write(RecordKind.SOURCE, source, records::source);
    }

    @Override
    public void actor(Actor actor) {
        write(RecordKind.ACTOR, actor, records::actor);
    }

    @Override
    public void event(Event event) {
        write(RecordKind.EVENT, event, records::event);
    }

    @Override
    public void relation(Relation relation) {
        write(RecordKind.RELATION, relation, records::relation);
    }

    @Override
    public void period(Period period) {
        write(RecordKind.PERIOD, period, records::period);
    }

    @Override
    public void withdraw(RecordKind kind, int index) {
        throw new UnsupportedOperationException("a record written to the file cannot be taken back");
    }

    @Override
    public void replaceActor(int index, Actor actor) {
        throw new UnsupportedOperationException("an actor written to the file cannot be taken back");
    }

    @Override
    public void end(String title, String description, Extras extras) {
        if (!this.title.equals(title) || !Objects.equals(this.description, description)) {
            throw new IllegalArgumentException("the file's head has another title or description: \"" + this.title
                    + "\"; they are written before the records and cannot change at the end");
        }
        try {
            startList(lists.size());
            PendingExtras.of(extras).writeTo(g);
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ended = true;
    }

    private <T> void write(RecordKind kind, T record, IOConsumer<T> writer) {
        int list = lists.indexOf(kind);
        if (list < 0 || list < started - 1) {
            throw new IllegalStateException(kind + " records must come together, in the order " + lists);
        }
        try {
            if (list >= started) {
                startList(list);
            }
            writer.accept(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the open list, writes the lists before {@code list} that had no record, and opens {@code list}. */
    private void startList(int list) throws IOException {
        if (started > 0) {
            g.writeEndArray();
        }
        for (; started < list; started++) {
            g.writeArrayFieldStart(name(lists.get(started)));
            g.writeEndArray();
        }
        if (list < lists.size()) {
            g.writeArrayFieldStart(name(lists.get(list)));
            started = list + 1;
        }
    }

    private static String name(RecordKind kind) {
        return kind.name().toLowerCase(Locale.ROOT) + "s";
    }
}
