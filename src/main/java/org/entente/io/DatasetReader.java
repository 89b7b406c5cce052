package org.entente.io;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.entente.io.RecordLists.RecordList;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Extras;
import org.entente.model.Membership;

/**
 * Reads one {@code entente/1} document from a streaming parser, checking every value against the format
 * as it goes. A record with an error is left out and counted; the caller decides whether the rest is
 * loaded (lenient) or the whole file refused (strict).
 */
final class DatasetReader {
    static final String FORMAT = "entente/1";

    private final JsonCursor in;
    private final ProblemLog log;
    private final References refs;
    private final RecordLists lists;
    private final DatasetFields dataset = new DatasetFields();
    private int skipped;

    DatasetReader(JsonCursor in) {
        this.in = in;
        this.log = in.log();
        this.refs = new References(in);
        this.lists = new RecordLists(in, refs);
    }

    int skippedRecords() {
        return skipped;
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
     * Reads the record at the cursor, and keeps it only if it has no error and refers to no skipped record;
     * its references to records not read yet wait, with its position, for the end of the file.
     */
    private <T> void readRecord(RecordList<T> list) throws IOException {
        int errorsBefore = log.errorCount();
        list.read(in);
        Extras extras = list.extras.take();
        if (refs.recordIsValid(errorsBefore)) {
            list.kept.add(list.build(extras));
            list.ids.accept(list.id);
            refs.keep(list.pending, list.kept.size() - 1);
        } else {
            refs.discard();
            skipped++;
        }
    }

    /** Checks the forward references and builds the dataset from the records that are valid. */
    Dataset finish() {
        BitSet badActors = new BitSet();
        List<int[]> badMemberships = new ArrayList<>();
        for (PendingReference p : lists.actors.pending) {
            if (!refs.resolves(p)) {
                badMemberships.add(new int[] {p.recordPosition(), p.memberIndex()});
                badActors.set(p.recordPosition());
            }
        }
        List<Actor> keptActors = new ArrayList<>(lists.actors.kept);
        for (int position = badActors.nextSetBit(0); position >= 0; position = badActors.nextSetBit(position + 1)) {
            keptActors.set(position, withoutBadMemberships(lists.actors.kept.get(position), position, badMemberships));
        }
        return new Dataset(dataset.title == null ? "" : dataset.title, dataset.description, lists.sources.kept,
                keptActors, withoutUnresolved(lists.events), withoutUnresolved(lists.relations), lists.periods.kept,
                dataset.extras.take());
    }

    private static Actor withoutBadMemberships(Actor actor, int position, List<int[]> bad) {
        List<Membership> kept = new ArrayList<>();
        for (int i = 0; i < actor.memberships().size(); i++) {
            int index = i;
            if (bad.stream().noneMatch(b -> b[0] == position && b[1] == index)) {
                kept.add(actor.memberships().get(i));
            }
        }
        return new Actor(actor.id(), actor.name(), actor.kind(), actor.aliases(), actor.country(),
                actor.description(), List.copyOf(kept), actor.extras());
    }

    /** The kept records of {@code list} less those with a reference that does not resolve, each counted as skipped. */
    private <T> List<T> withoutUnresolved(RecordList<T> list) {
        BitSet bad = new BitSet();
        for (PendingReference p : list.pending) {
            if (!refs.resolves(p) && !bad.get(p.recordPosition())) {
                bad.set(p.recordPosition());
                skipped++;
            }
        }
        if (bad.isEmpty()) {
            return list.kept;
        }
        List<T> kept = new ArrayList<>(list.kept.size() - bad.cardinality());
        for (int i = 0; i < list.kept.size(); i++) {
            if (!bad.get(i)) {
                kept.add(list.kept.get(i));
            }
        }
        return kept;
    }
}
