package org.entente.io;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.io.RecordLists.RecordList;
import org.entente.model.Actor;
import org.entente.model.Extras;
import org.entente.model.Membership;

/**
 * Reads one {@code entente/1} document from a streaming parser, checking every value against the format
 * as it goes, and gives each valid record to a {@link DatasetSink} as soon as it is read. A record with an
 * error is left out and counted; the caller decides whether the rest is loaded (lenient) or the whole file
 * refused (strict). A record that names one further down the file is given at once all the same, and
 * withdrawn at the end of the file if that one never came.
 */
final class DatasetReader {
    static final String FORMAT = "entente/1";

    private final JsonCursor in;
    private final ProblemLog log;
    private final References refs;
    private final RecordLists lists;
    private final DatasetSink sink;
    private final DatasetFields dataset = new DatasetFields();
    private int skipped;

    DatasetReader(JsonCursor in, DatasetSink sink) {
        this.in = in;
        this.log = in.log();
        this.refs = new References(in);
        this.lists = new RecordLists(in, refs);
        this.sink = sink;
    }

    int skippedRecords() {
        return skipped;
    }

    /** The sources, actors, events and relations given to the sink and not withdrawn. */
    int keptRecords() {
        int kept = 0;
        for (RecordList<?> list : List.of(lists.sources, lists.actors, lists.events, lists.relations)) {
            kept += list.given - list.withdrawn;
        }
        return kept;
    }

    void read() throws IOException {
        if (in.next() == null) {
            log.error(in.here(), "", "the file is empty: expected a JSON object with \"format\": \"" + FORMAT + "\"");
            return;
        }
        if (!in.expectObject("a JSON object (an " + FORMAT + " dataset) at the top level")) {
            return;
        }
        dataset.read(in);
        if (in.next() != null) {
            in.error("unexpected content after the dataset's closing brace: expected the end of the file");
        }
    }

    /** The dataset's own fields; its lists are read record by record as they come. */
    private final class DatasetFields extends ObjectFields {
        private String title;
        private String description;

        DatasetFields() {
            super(Shape.DATASET);
        }

        @Override
        void clear() {
            title = null;
            description = null;
        }

        @Override
        boolean field(String name) throws IOException {
            switch (name) {
                case "format" -> readFormat();
                case "title" -> title = in.string("a string for the dataset's title");
                case "description" -> description = in.string("a string for the dataset's description");
                case "sources" -> readList(lists.sources);
                case "actors" -> readList(lists.actors);
                case "events" -> readList(lists.events);
                case "relations" -> readList(lists.relations);
                case "periods" -> readList(lists.periods);
                default -> {
                    return false;
                }
            }
            return true;
        }
    }

    private void readFormat() throws IOException {
        String format = in.string("the format name \"" + FORMAT + "\"");
        if (format != null && !format.equals(FORMAT)) {
            in.error("unknown format version \"" + format + "\": this version of Entente reads \"" + FORMAT + "\"");
        }
    }

    private void readList(RecordList<?> list) throws IOException {
        if (!in.expectArray(list.array)) {
            return;
        }
        while (in.next() != JsonToken.END_ARRAY) {
            if (in.expectObject(list.element)) {
                readRecord(list);
            } else {
                skipped++;
            }
        }
    }

    /**
     * Reads the record at the cursor, and gives it to the sink only if it has no error and refers to no
     * skipped record; its references to records not read yet wait, with its position, for the end of the file.
     */
    private <T> void readRecord(RecordList<T> list) throws IOException {
        int errorsBefore = log.errorCount();
        list.read(in);
        Extras extras = list.extras.take();
        if (refs.recordIsValid(errorsBefore)) {
            T record = list.build(extras);
            int position = list.given;
            boolean waits = refs.keep(list.pending, position);
            list.give(sink, record);
            list.given++;
            list.ids.accept(list.id);
            if (waits) {
                list.awaitEnd(position, record);
            }
        } else {
            refs.discard();
            skipped++;
        }
    }

    /**
     * Checks the references left for the end of the file, has the sink withdraw the records whose references
     * do not resolve (or, for an actor, take it again without the memberships that do not), and ends it.
     */
    void finish() {
        replaceBadMemberships();
        withdrawUnresolved(lists.events);
        withdrawUnresolved(lists.relations);
        sink.end(dataset.title == null ? "" : dataset.title, dataset.description, dataset.extras.take());
    }

    private void replaceBadMemberships() {
        Map<Integer, BitSet> badMembers = new TreeMap<>();
        for (PendingReference p : lists.actors.pending) {
            if (!refs.resolves(p)) {
                badMembers.computeIfAbsent(p.recordPosition(), position -> new BitSet()).set(p.memberIndex());
            }
        }
        badMembers.forEach((position, members) ->
                sink.replaceActor(position, withoutMemberships(lists.actors.awaiting.get(position), members)));
    }

    private static Actor withoutMemberships(Actor actor, BitSet bad) {
        List<Membership> kept = new ArrayList<>();
        for (int i = 0; i < actor.memberships().size(); i++) {
            if (!bad.get(i)) {
                kept.add(actor.memberships().get(i));
            }
        }
        return new Actor(actor.id(), actor.name(), actor.kind(), actor.aliases(), actor.country(),
                actor.description(), List.copyOf(kept), actor.extras());
    }

    /** Withdraws the given records of {@code list} with a reference that does not resolve, each counted as skipped. */
    private void withdrawUnresolved(RecordList<?> list) {
        BitSet bad = new BitSet();
        for (PendingReference p : list.pending) {
            if (!refs.resolves(p)) {
                bad.set(p.recordPosition());
            }
        }
        list.withdrawn = bad.cardinality();
        skipped += list.withdrawn;
        for (int position = bad.nextSetBit(0); position >= 0; position = bad.nextSetBit(position + 1)) {
            sink.withdraw(list.kind, position);
        }
    }
}
