package org.entente.io;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.entente.io.PendingReference.Target;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Membership;
import org.entente.model.Participant;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Reliability;
import org.entente.model.Source;
import org.entente.time.EdtfDate;
import org.entente.time.When;

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
    private final RecordParts parts;
    private final DatasetFields dataset = new DatasetFields();
    private final RecordList<Source> sources;
    private final RecordList<Actor> actors;
    private final RecordList<Event> events;
    private final RecordList<Relation> relations;
    private final RecordList<Period> periods;
    private int skipped;

    DatasetReader(JsonCursor in) {
        this.in = in;
        this.log = in.log();
        this.refs = new References(in);
        this.parts = new RecordParts(in, refs);
        this.sources = new SourceList();
        this.actors = new ActorList();
        this.events = new EventList();
        this.relations = new RelationList();
        this.periods = new PeriodList();
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
                case "sources" -> readList(sources);
                case "actors" -> readList(actors);
                case "events" -> readList(events);
                case "relations" -> readList(relations);
                case "periods" -> readList(periods);
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

    /**
     * One list of the dataset, such as its events: the fields of the record being read, in one holder
     * reused for every record of the list, and the records kept so far.
     */
    private abstract class RecordList<T> extends ObjectFields {
        final String array;
        final String element;
        final RecordIds ids;
        final List<T> kept = new ArrayList<>();
        /** References of kept records to records not read yet, checked at the end of the file. */
        final List<PendingReference> pending = new ArrayList<>();
        private final String noun;
        private final String idWhat;
        /** Actor and source ids are shared with the references to them; the others are unique anyway. */
        private final boolean referenced;
        String id;

        RecordList(Shape shape, String list, String noun, RecordIds ids) {
            super(shape);
            this.array = "an array of " + list;
            this.element = shape.what() + " object";
            this.ids = ids;
            this.noun = noun;
            this.idWhat = "the " + noun + "'s id";
            this.referenced = ids == refs.actors || ids == refs.sources;
        }

        /** The record from the fields just read. */
        abstract T build(Extras extras);

        /** The record's id, unless it is invalid or an earlier record of the list has it. */
        String claimId() throws IOException {
            String claimed = referenced ? in.id(idWhat) : in.uniqueId(idWhat);
            if (claimed != null && !ids.claim(claimed)) {
                in.error("duplicate id \"" + claimed + "\": an earlier " + noun
                        + " has it; ids must be unique within their list");
                return null;
            }
            return claimed;
        }
    }

    private final class SourceList extends RecordList<Source> {
        private String title;
        private String publisher;
        private EdtfDate published;
        private String url;
        private Reliability reliability;

        SourceList() {
            super(Shape.SOURCE, "sources", "source", refs.sources);
        }

        @Override
        void clear() {
            id = null;
            title = null;
            publisher = null;
            published = null;
            url = null;
            reliability = null;
        }

        @Override
        boolean field(String name) throws IOException {
            switch (name) {
                case "id" -> id = claimId();
                case "title" -> title = in.string("a string for the source's title");
                case "publisher" -> publisher = in.sharedString("a string for the publisher");
                case "published" -> published = in.date("the publication date");
                case "url" -> url = readUrl();
                case "reliability" -> reliability = readReliability();
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        Source build(Extras extras) {
            return new Source(id, title, publisher, published, url, reliability, extras);
        }
    }

    private String readUrl() throws IOException {
        String url = in.string("a string for the URL");
        if (url != null) {
            String lower = url.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
                in.warning("the URL \"" + url + "\" is not an http or https address: it is shown but never opened");
            }
        }
        return url;
    }

    private Reliability readReliability() throws IOException {
        String code = in.string("a reliability letter A..F");
        if (code == null) {
            return null;
        }
        return Reliability.fromCode(code).orElseGet(() -> {
            in.error("value out of range: reliability \"" + code + "\", expected a letter A (completely reliable)"
                    + " to F (cannot be judged)");
            return null;
        });
    }

    private final class ActorList extends RecordList<Actor> {
        private String name;
        private ActorKind kind;
        private List<String> aliases;
        private String country;
        private String description;
        private List<Membership> memberships;

        ActorList() {
            super(Shape.ACTOR, "actors", "actor", refs.actors);
        }

        @Override
        void clear() {
            id = null;
            name = null;
            kind = null;
            aliases = List.of();
            country = null;
            description = null;
            memberships = List.of();
        }

        @Override
        boolean field(String fieldName) throws IOException {
            switch (fieldName) {
                case "id" -> id = claimId();
                case "name" -> name = in.string("a string for the actor's name");
                case "kind" -> kind = readActorKind();
                case "aliases" -> aliases = in.strings("aliases");
                case "country" -> country = parts.readCountry();
                case "description" -> description = in.string("a string for the description");
                case "memberships" -> memberships = parts.readMemberships(extras);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        Actor build(Extras extras) {
            return new Actor(id, name, kind, aliases, country, description, memberships, extras);
        }
    }

    private ActorKind readActorKind() throws IOException {
        String kind = in.sharedString("an actor kind");
        if (kind == null) {
            return null;
        }
        return ActorKind.fromId(kind).orElseGet(() -> {
            in.error("value out of range: actor kind \"" + kind
                    + "\", expected one of person, state, organization, group, other");
            return null;
        });
    }

    private final class EventList extends RecordList<Event> {
        private String title;
        private When when;
        private String kind;
        private String summary;
        private Location location;
        private List<Participant> participants;
        private double tone;
        private List<Code> codes;
        private List<String> tags;
        private List<Citation> citations;

        EventList() {
            super(Shape.EVENT, "events", "event", new RecordIds());
        }

        @Override
        void clear() {
            id = null;
            title = null;
            when = null;
            kind = null;
            summary = null;
            location = null;
            participants = null;
            tone = Double.NaN;
            codes = List.of();
            tags = List.of();
            citations = List.of();
        }

        @Override
        boolean field(String name) throws IOException {
            switch (name) {
                case "id" -> id = claimId();
                case "title" -> title = in.string("a string for the event's title");
                case "when" -> when = in.when("the event");
                case "kind" -> kind = in.sharedString("a string for the event kind");
                case "summary" -> summary = in.string("a string for the summary");
                case "location" -> location = parts.readLocation(extras);
                case "participants" -> participants = parts.readParticipants(extras);
                case "tone" -> tone = in.number("tone", -10, 10);
                case "codes" -> codes = parts.readCodes(extras);
                case "tags" -> tags = in.strings("tags");
                case "citations" -> citations = parts.readCitations(extras);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        Event build(Extras extras) {
            return new Event(id, title, when, kind, summary, location, participants, tone, codes, tags, citations,
                    extras);
        }
    }

    private final class RelationList extends RecordList<Relation> {
        private String from;
        private String to;
        private String kind;
        private boolean directed;
        private When when;
        private double tone;
        private String summary;
        private List<Citation> citations;

        RelationList() {
            super(Shape.RELATION, "relations", "relation", new RecordIds());
        }

        @Override
        void clear() {
            id = null;
            from = null;
            to = null;
            kind = null;
            directed = false;
            when = null;
            tone = Double.NaN;
            summary = null;
            citations = List.of();
        }

        @Override
        boolean field(String name) throws IOException {
            switch (name) {
                case "id" -> id = claimId();
                case "from" -> from = refs.read(Target.ACTOR, "the actor id the relation starts from", -1);
                case "to" -> to = refs.read(Target.ACTOR, "the actor id the relation goes to", -1);
                case "kind" -> kind = in.sharedString("a string for the relation kind");
                case "directed" -> directed = Boolean.TRUE.equals(in.bool("directed"));
                case "when" -> when = in.when("the relation");
                case "tone" -> tone = in.number("tone", -10, 10);
                case "summary" -> summary = in.string("a string for the summary");
                case "citations" -> citations = parts.readCitations(extras);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        void checkTogether(long start) {
            if (from != null && from.equals(to)) {
                log.warning(start, in.path(), "relation \"" + id + "\" links actor \"" + from + "\" to itself");
            }
        }

        @Override
        Relation build(Extras extras) {
            return new Relation(id, from, to, kind, directed, when, tone, summary, citations, extras);
        }
    }

    private final class PeriodList extends RecordList<Period> {
        private String title;
        private When when;

        PeriodList() {
            super(Shape.PERIOD, "periods", "period", new RecordIds());
        }

        @Override
        void clear() {
            id = null;
            title = null;
            when = null;
        }

        @Override
        boolean field(String name) throws IOException {
            switch (name) {
                case "id" -> id = claimId();
                case "title" -> title = in.string("a string for the period's title");
                case "when" -> when = in.when("the period");
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        Period build(Extras extras) {
            return new Period(id, title, when, extras);
        }
    }

    /** Checks the forward references and builds the dataset from the records that are valid. */
    Dataset finish() {
        BitSet badActors = new BitSet();
        List<int[]> badMemberships = new ArrayList<>();
        for (PendingReference p : actors.pending) {
            if (!refs.resolves(p)) {
                badMemberships.add(new int[] {p.recordPosition(), p.memberIndex()});
                badActors.set(p.recordPosition());
            }
        }
        List<Actor> keptActors = new ArrayList<>(actors.kept);
        for (int position = badActors.nextSetBit(0); position >= 0; position = badActors.nextSetBit(position + 1)) {
            keptActors.set(position, withoutBadMemberships(actors.kept.get(position), position, badMemberships));
        }
        return new Dataset(dataset.title == null ? "" : dataset.title, dataset.description, sources.kept,
                keptActors, withoutUnresolved(events), withoutUnresolved(relations), periods.kept,
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
