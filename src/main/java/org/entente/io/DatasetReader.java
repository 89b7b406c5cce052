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
    private final ExtraFields datasetExtras = new ExtraFields("the dataset");
    private final ExtraFields sourceExtras = new ExtraFields("a source");
    private final ExtraFields actorExtras = new ExtraFields("an actor");
    private final ExtraFields membershipExtras = new ExtraFields("a membership");
    private final ExtraFields eventExtras = new ExtraFields("an event");
    private final ExtraFields relationExtras = new ExtraFields("a relation");
    private final ExtraFields periodExtras = new ExtraFields("a period");

    private final RecordIds eventIds = new RecordIds();
    private final RecordIds relationIds = new RecordIds();
    private final RecordIds periodIds = new RecordIds();
    private final List<Source> sources = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Period> periods = new ArrayList<>();
    private final List<PendingReference> actorPending = new ArrayList<>();
    private final List<PendingReference> eventPending = new ArrayList<>();
    private final List<PendingReference> relationPending = new ArrayList<>();

    private String format;
    private String title;
    private String description;
    private int skipped;

    DatasetReader(JsonCursor in) {
        this.in = in;
        this.log = in.log();
        this.refs = new References(in);
        this.parts = new RecordParts(in, refs);
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
        long start = in.mark();
        List<String> seen = in.readFields(name -> switch (name) {
            case "format" -> {
                readFormat();
                yield true;
            }
            case "title" -> {
                title = in.string("a string for the dataset's title");
                yield true;
            }
            case "description" -> {
                description = in.string("a string for the dataset's description");
                yield true;
            }
            case "sources" -> list("sources", "a source object", this::readSource);
            case "actors" -> list("actors", "an actor object", this::readActor);
            case "events" -> list("events", "an event object", this::readEvent);
            case "relations" -> list("relations", "a relation object", this::readRelation);
            case "periods" -> list("periods", "a period object", this::readPeriod);
            default -> false;
        }, datasetExtras);
        Shape.DATASET.check(in, start, seen);
        if (in.next() != null) {
            in.error("unexpected content after the dataset's closing brace: expected the end of the file");
        }
    }

    private void readFormat() throws IOException {
        format = in.string("the format name \"" + FORMAT + "\"");
        if (format != null && !format.equals(FORMAT)) {
            in.error("unknown format version \"" + format + "\": this version of Entente reads \"" + FORMAT + "\"");
        }
    }

    private interface ElementReader {
        void read() throws IOException;
    }

    private boolean list(String name, String element, ElementReader reader) throws IOException {
        if (!in.expectArray("an array of " + name)) {
            return true;
        }
        while (in.next() != JsonToken.END_ARRAY) {
            if (in.expectObject(element)) {
                reader.read();
            } else {
                skipped++;
            }
        }
        return true;
    }

    // ---- sources ----

    private static final class SourceFields {
        String id;
        String title;
        String publisher;
        EdtfDate published;
        String url;
        Reliability reliability;
    }

    private void readSource() throws IOException {
        long start = in.mark();
        int errorsBefore = log.errorCount();
        SourceFields s = new SourceFields();
        List<String> seen = in.readFields(name -> switch (name) {
            case "id" -> {
                s.id = claimId(refs.sources, "source");
                yield true;
            }
            case "title" -> {
                s.title = in.string("a string for the source's title");
                yield true;
            }
            case "publisher" -> {
                s.publisher = in.sharedString("a string for the publisher");
                yield true;
            }
            case "published" -> {
                s.published = in.date("the publication date");
                yield true;
            }
            case "url" -> {
                s.url = readUrl();
                yield true;
            }
            case "reliability" -> {
                s.reliability = readReliability();
                yield true;
            }
            default -> false;
        }, sourceExtras);
        Shape.SOURCE.check(in, start, seen);
        Extras extras = sourceExtras.take();
        if (refs.recordIsValid(errorsBefore)) {
            sources.add(new Source(s.id, s.title, s.publisher, s.published, s.url, s.reliability, extras));
            refs.sources.accept(s.id);
        } else {
            skipped++;
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

    // ---- actors ----

    private static final class ActorFields {
        String id;
        String name;
        ActorKind kind;
        List<String> aliases = List.of();
        String country;
        String description;
        List<Membership> memberships = List.of();
    }

    private void readActor() throws IOException {
        long start = in.mark();
        int errorsBefore = log.errorCount();
        ActorFields a = new ActorFields();
        List<String> seen = in.readFields(name -> switch (name) {
            case "id" -> {
                a.id = claimId(refs.actors, "actor");
                yield true;
            }
            case "name" -> {
                a.name = in.string("a string for the actor's name");
                yield true;
            }
            case "kind" -> {
                a.kind = readActorKind();
                yield true;
            }
            case "aliases" -> {
                a.aliases = in.strings("aliases");
                yield true;
            }
            case "country" -> {
                a.country = parts.readCountry();
                yield true;
            }
            case "description" -> {
                a.description = in.string("a string for the description");
                yield true;
            }
            case "memberships" -> {
                a.memberships = readMemberships(actorExtras);
                yield true;
            }
            default -> false;
        }, actorExtras);
        Shape.ACTOR.check(in, start, seen);
        Extras extras = actorExtras.take();
        if (refs.recordIsValid(errorsBefore)) {
            actors.add(new Actor(a.id, a.name, a.kind, a.aliases, a.country, a.description, a.memberships, extras));
            refs.actors.accept(a.id);
            refs.keep(actorPending, actors.size() - 1);
        } else {
            refs.discard();
            skipped++;
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

    private List<Membership> readMemberships(ExtraFields record) throws IOException {
        if (!in.expectArray("an array of memberships")) {
            return List.of();
        }
        List<Membership> memberships = new ArrayList<>(2);
        while (in.next() != JsonToken.END_ARRAY) {
            if (!in.expectObject("a membership object")) {
                continue;
            }
            long start = in.mark();
            String[] organization = new String[1];
            String[] role = new String[1];
            When[] when = new When[1];
            int memberIndex = memberships.size();
            List<String> seen = in.readFields(name -> switch (name) {
                case "organization" -> {
                    organization[0] = refs.read(Target.ACTOR, "the organization's actor id", memberIndex);
                    yield true;
                }
                case "role" -> {
                    role[0] = in.sharedString("a string for the role");
                    yield true;
                }
                case "when" -> {
                    when[0] = in.when("the membership");
                    yield true;
                }
                default -> false;
            }, membershipExtras);
            membershipExtras.moveTo(record, "memberships", memberIndex);
            Shape.MEMBERSHIP.check(in, start, seen);
            memberships.add(new Membership(organization[0], role[0], when[0]));
        }
        return List.copyOf(memberships);
    }

    // ---- events ----

    private static final class EventFields {
        String id;
        String title;
        When when;
        String kind;
        String summary;
        Location location;
        List<Participant> participants;
        double tone = Double.NaN;
        List<Code> codes = List.of();
        List<String> tags = List.of();
        List<Citation> citations = List.of();

        void reset() {
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
    }

    /** One event's fields at a time, in one reused builder, so that reading an event allocates only what it keeps. */
    private final EventFields eventFields = new EventFields();
    private final JsonCursor.FieldReader eventFieldReader = this::eventField;

    private boolean eventField(String name) throws IOException {
        EventFields e = eventFields;
        return switch (name) {
            case "id" -> {
                e.id = claimId(eventIds, "event");
                yield true;
            }
            case "title" -> {
                e.title = in.string("a string for the event's title");
                yield true;
            }
            case "when" -> {
                e.when = in.when("the event");
                yield true;
            }
            case "kind" -> {
                e.kind = in.sharedString("a string for the event kind");
                yield true;
            }
            case "summary" -> {
                e.summary = in.string("a string for the summary");
                yield true;
            }
            case "location" -> {
                e.location = parts.readLocation(eventExtras);
                yield true;
            }
            case "participants" -> {
                e.participants = parts.readParticipants(eventExtras);
                yield true;
            }
            case "tone" -> {
                e.tone = in.number("tone", -10, 10);
                yield true;
            }
            case "codes" -> {
                e.codes = parts.readCodes(eventExtras);
                yield true;
            }
            case "tags" -> {
                e.tags = in.strings("tags");
                yield true;
            }
            case "citations" -> {
                e.citations = parts.readCitations(eventExtras);
                yield true;
            }
            default -> false;
        };
    }

    private void readEvent() throws IOException {
        long start = in.mark();
        int errorsBefore = log.errorCount();
        EventFields e = eventFields;
        e.reset();
        List<String> seen = in.readFields(eventFieldReader, eventExtras);
        Shape.EVENT.check(in, start, seen);
        Extras extras = eventExtras.take();
        if (refs.recordIsValid(errorsBefore)) {
            events.add(new Event(e.id, e.title, e.when, e.kind, e.summary, e.location, e.participants, e.tone,
                    e.codes, e.tags, e.citations, extras));
            eventIds.accept(e.id);
            refs.keep(eventPending, events.size() - 1);
        } else {
            refs.discard();
            skipped++;
        }
    }

    // ---- relations ----

    private static final class RelationFields {
        String id;
        String from;
        String to;
        String kind;
        boolean directed;
        When when;
        double tone = Double.NaN;
        String summary;
        List<Citation> citations = List.of();
    }

    private void readRelation() throws IOException {
        long start = in.mark();
        int errorsBefore = log.errorCount();
        RelationFields r = new RelationFields();
        List<String> seen = in.readFields(name -> switch (name) {
            case "id" -> {
                r.id = claimId(relationIds, "relation");
                yield true;
            }
            case "from" -> {
                r.from = refs.read(Target.ACTOR, "the actor id the relation starts from", -1);
                yield true;
            }
            case "to" -> {
                r.to = refs.read(Target.ACTOR, "the actor id the relation goes to", -1);
                yield true;
            }
            case "kind" -> {
                r.kind = in.sharedString("a string for the relation kind");
                yield true;
            }
            case "directed" -> {
                Boolean directed = in.bool("directed");
                r.directed = directed != null && directed;
                yield true;
            }
            case "when" -> {
                r.when = in.when("the relation");
                yield true;
            }
            case "tone" -> {
                r.tone = in.number("tone", -10, 10);
                yield true;
            }
            case "summary" -> {
                r.summary = in.string("a string for the summary");
                yield true;
            }
            case "citations" -> {
                r.citations = parts.readCitations(relationExtras);
                yield true;
            }
            default -> false;
        }, relationExtras);
        Shape.RELATION.check(in, start, seen);
        if (r.from != null && r.from.equals(r.to)) {
            log.warning(start, in.path(), "relation \"" + r.id + "\" links actor \"" + r.from + "\" to itself");
        }
        Extras extras = relationExtras.take();
        if (refs.recordIsValid(errorsBefore)) {
            relations.add(new Relation(r.id, r.from, r.to, r.kind, r.directed, r.when, r.tone, r.summary,
                    r.citations, extras));
            relationIds.accept(r.id);
            refs.keep(relationPending, relations.size() - 1);
        } else {
            refs.discard();
            skipped++;
        }
    }

    // ---- periods ----

    private void readPeriod() throws IOException {
        long start = in.mark();
        int errorsBefore = log.errorCount();
        String[] id = new String[1];
        String[] title = new String[1];
        When[] when = new When[1];
        List<String> seen = in.readFields(name -> switch (name) {
            case "id" -> {
                id[0] = claimId(periodIds, "period");
                yield true;
            }
            case "title" -> {
                title[0] = in.string("a string for the period's title");
                yield true;
            }
            case "when" -> {
                when[0] = in.when("the period");
                yield true;
            }
            default -> false;
        }, periodExtras);
        Shape.PERIOD.check(in, start, seen);
        Extras extras = periodExtras.take();
        if (refs.recordIsValid(errorsBefore)) {
            periods.add(new Period(id[0], title[0], when[0], extras));
            periodIds.accept(id[0]);
        } else {
            skipped++;
        }
    }

    // ---- ids, references, required fields ----

    /** Actor and source ids are shared with the references to them; event and relation ids are unique anyway. */
    private String claimId(RecordIds ids, String noun) throws IOException {
        boolean referenced = ids == refs.actors || ids == refs.sources;
        String id = referenced ? in.id("the " + noun + "'s id") : in.uniqueId("the " + noun + "'s id");
        if (id != null && !ids.claim(id)) {
            in.error("duplicate id \"" + id + "\": an earlier " + noun + " has it; ids must be unique within their list");
            return null;
        }
        return id;
    }

    // ---- the end of the file ----

    /** Checks the forward references and builds the dataset from the records that are valid. */
    Dataset finish() {
        BitSet badActors = new BitSet();
        List<int[]> badMemberships = new ArrayList<>();
        for (PendingReference p : actorPending) {
            if (!refs.resolves(p)) {
                badMemberships.add(new int[] {p.recordPosition(), p.memberIndex()});
                badActors.set(p.recordPosition());
            }
        }
        List<Actor> keptActors = new ArrayList<>(actors);
        for (int position = badActors.nextSetBit(0); position >= 0; position = badActors.nextSetBit(position + 1)) {
            keptActors.set(position, withoutBadMemberships(actors.get(position), position, badMemberships));
        }
        return new Dataset(title == null ? "" : title, description, sources, keptActors,
                withoutUnresolved(events, eventPending), withoutUnresolved(relations, relationPending), periods, datasetExtras.take());
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

    private <T> List<T> withoutUnresolved(List<T> records, List<PendingReference> pending) {
        BitSet bad = new BitSet();
        for (PendingReference p : pending) {
            if (!refs.resolves(p) && !bad.get(p.recordPosition())) {
                bad.set(p.recordPosition());
                skipped++;
            }
        }
        if (bad.isEmpty()) {
            return records;
        }
        List<T> kept = new ArrayList<>(records.size() - bad.cardinality());
        for (int i = 0; i < records.size(); i++) {
            if (!bad.get(i)) {
                kept.add(records.get(i));
            }
        }
        return kept;
    }
}
