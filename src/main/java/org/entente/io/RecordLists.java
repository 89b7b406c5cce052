package org.entente.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.io.DatasetSink.RecordKind;
import org.entente.io.PendingReference.Target;
import org.entente.model.Actor;
import org.entente.model.ActorKind;
import org.entente.model.Citation;
import org.entente.model.Code;
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
 * The five lists of a dataset, and how the fields of each one's records are read: into one holder per
 * list, reused for every record of it, so that reading a million events allocates only what they keep,
 * and how each list's records are given to a {@link DatasetSink}.
 */
final class RecordLists {
    private final JsonCursor in;
    private final References refs;
    private final RecordParts parts;
    final RecordList<Source> sources;
    final ActorList actors;
    final RecordList<Event> events;
    final RecordList<Relation> relations;
    final RecordList<Period> periods;

    RecordLists(JsonCursor in, References refs) {
        this.in = in;
        this.refs = refs;
        this.parts = new RecordParts(in, refs);
        this.sources = new SourceList();
        this.actors = new ActorList();
        this.events = new EventList();
        this.relations = new RelationList();
        this.periods = new PeriodList();
    }

    /**
     * One list of the dataset, such as its events: the fields of the record being read, in one holder
     * reused for every record of the list, and how many records were given to the sink.
     */
    abstract class RecordList<T> extends ObjectFields {
        final RecordKind kind;
        final String array;
        final String element;
        final IdClaims ids;
        /** References of given records to records not read yet, checked at the end of the file. */
        final List<PendingReference> pending = new ArrayList<>();
        /** Records given to the sink, and of those, withdrawn at the end of the file. */
        int given;
        int withdrawn;
        private final String noun;
        private final String idWhat;
        /** Actor and source ids are shared with the references to them; the others are unique anyway. */
        private final boolean referenced;
        String id;

        RecordList(RecordKind kind, Shape shape, String list, String noun, IdClaims ids) {
            super(shape);
            this.kind = kind;
            this.array = "an array of " + list;
            this.element = shape.what() + " object";
            this.ids = ids;
            this.noun = noun;
            this.idWhat = "the " + noun + "'s id";
            this.referenced = ids == refs.actors || ids == refs.sources;
        }

        /** The record from the fields just read. */
        abstract T build(Extras extras);

        /** Hands the record to the sink method for its kind. */
        abstract void give(DatasetSink sink, T record);

        /** The record given at {@code position} names a record not read yet, and waits for the end of the file. */
        void awaitEnd(int position, T record) {
        }

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
            super(RecordKind.SOURCE, Shape.SOURCE, "sources", "source", refs.sources);
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

        @Override
        void give(DatasetSink sink, Source record) {
            sink.source(record);
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

    /**
     * The actors, of which those whose membership names an actor not read yet are held until the end of the
     * file, to be given again without the membership if that actor never comes; actors are a short list.
     */
    final class ActorList extends RecordList<Actor> {
        final Map<Integer, Actor> awaiting = new HashMap<>();
        private String name;
        private ActorKind kind;
        private List<String> aliases;
        private String country;
        private String description;
        private List<Membership> memberships;

        ActorList() {
            super(RecordKind.ACTOR, Shape.ACTOR, "actors", "actor", refs.actors);
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

        @Override
        void give(DatasetSink sink, Actor record) {
            sink.actor(record);
        }

        @Override
        void awaitEnd(int position, Actor record) {
            awaiting.put(position, record);
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
            super(RecordKind.EVENT, Shape.EVENT, "events", "event", new HashedIds());
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

        @Override
        void give(DatasetSink sink, Event record) {
            sink.event(record);
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
            super(RecordKind.RELATION, Shape.RELATION, "relations", "relation", new HashedIds());
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
                in.log().warning(start, in.path(), "relation \"" + id + "\" links actor \"" + from + "\" to itself");
            }
        }

        @Override
        Relation build(Extras extras) {
            return new Relation(id, from, to, kind, directed, when, tone, summary, citations, extras);
        }

        @Override
        void give(DatasetSink sink, Relation record) {
            sink.relation(record);
        }
    }

    private final class PeriodList extends RecordList<Period> {
        private String title;
        private When when;

        PeriodList() {
            super(RecordKind.PERIOD, Shape.PERIOD, "periods", "period", new HashedIds());
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

        @Override
        void give(DatasetSink sink, Period record) {
            sink.period(record);
        }
    }
}
