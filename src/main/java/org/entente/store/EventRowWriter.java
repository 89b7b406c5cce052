package org.entente.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.Event;
import org.entente.model.Participant;
import org.entente.query.EventCountries;
import org.entente.strata.Strata;
import org.entente.time.Precision;
import org.entente.time.When;

/**
 * Writes events as rows for the store, each with its citations in a table of their own and a note of what
 * the build needs besides (whether it is late, its title's words), and works out in memory what filters will
 * ask of each: its actors' countries and kinds (as {@link EventCountries} and {@link org.entente.query.Filter}
 * count them), and how many sources it cites. An event naming an actor not given yet is marked late instead.
 * An event starting more than a month before one given earlier is early: it goes to a staging table that the
 * build sorts, the others straight into the store ({@link StagingTable}). It also notes whether any claim is
 * graded weak.
 */
final class EventRowWriter {
    /**
     * Events a chunk file holds: some 150 MB of JSON, loaded while the next are written. Two of DuckDB's row
     * groups, so that chunks fill them whole.
     */
    private static final int CHUNK = 245_760;
    private static final int DOUBTFUL = 4;
    private static final int IMPROBABLE = 5;
    static final int OPEN_START = 1;
    static final int OPEN_END = 2;
    static final int RANGED = 4;
    static final int IMPRECISE = 8;

    private final StagingChunks chunks;
    private final StoreNames names;
    private final List<Actor> actors;
    private final Set<String> distinct = new HashSet<>();
    private final Set<Integer> countries = new LinkedHashSet<>();
    private StagingChunks.Chunk rows;
    private StagingChunks.Chunk earlyRows;
    private StagingChunks.Chunk notes;
    private StagingChunks.Chunk citations;
    private int count;
    /** The latest start so far: an event starting well before it is early, and kept apart to be sorted. */
    private long latestStart = Long.MIN_VALUE;
    private boolean anyEarly;
    private boolean anyLate;
    private boolean anyWeakClaim;

    EventRowWriter(StagingChunks chunks, StoreNames names, List<Actor> actors) {
        this.chunks = chunks;
        this.names = names;
        this.actors = actors;
    }

    void event(Event event) throws IOException {
        long start = event.when().start();
        boolean early = count > 0 && start < latestStart - StoreBuild.NEARLY_IN_ORDER;
        anyEarly |= early;
        latestStart = Math.max(latestStart, start);
        if (rows == null) {
            rows = chunks.open(StagingTable.EVENTS_IN_ORDER);
            earlyRows = chunks.open(StagingTable.EARLY_EVENTS);
            notes = chunks.open(StagingTable.EVENT_NOTES);
            citations = chunks.open(StagingTable.CITATIONS);
        }
        boolean late = row(count, event, (early ? earlyRows : rows).generator());
        note(count, event, late, notes.generator());
        cite(count, event, citations.generator());
        count++;
        if (count % CHUNK == 0) {
            flush();
        }
    }

    /** The events given so far. */
    int count() {
        return count;
    }

    /** Whether any event started more than {@link StoreBuild#NEARLY_IN_ORDER} before one given earlier. */
    boolean anyEarly() {
        return anyEarly;
    }

    boolean anyLate() {
        return anyLate;
    }

    boolean anyWeakClaim() {
        return anyWeakClaim;
    }

    /** Hands the rows written so far to the loader. */
    void flush() throws IOException {
        if (rows != null) {
            chunks.load(List.of(rows, earlyRows, notes, citations));
            rows = null;
        }
    }

    private static void cite(int position, Event event, JsonGenerator out) throws IOException {
        List<Citation> cited = event.citations();
        for (int i = 0; i < cited.size(); i++) {
            Citation citation = cited.get(i);
            out.writeStartObject();
            out.writeNumberField("file_pos", position);
            out.writeNumberField("ord", i);
            out.writeStringField("source", citation.source());
            text(out, "quote", citation.quote());
            text(out, "claimed", RecordJson.whenText(citation.claimedWhen()));
            out.writeNumberField("credibility", citation.credibility());
            out.writeEndObject();
        }
    }

    private static void note(int position, Event event, boolean late, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("file_pos", position);
        out.writeBooleanField("late", late);
        text(out, "title_words", TitleWords.of(event.title()));
        out.writeEndObject();
    }

    /** Writes the event's row; true when it names an actor not given yet. */
    private boolean row(int position, Event event, JsonGenerator out) throws IOException {
        When when = event.when();
        out.writeStartObject();
        out.writeNumberField("file_pos", position);
        out.writeStringField("id", event.id());
        out.writeNumberField("id_hash", IdHash.of(event.id()));
        out.writeStringField("title", event.title());
        out.writeStringField("when_text", when.text());
        out.writeNumberField("start_ms", when.start());
        out.writeNumberField("end_ms", Math.max(when.end(), when.start()));
        out.writeNumberField("flags", flags(when));
        out.writeNumberField("precision", when.precision().ordinal());
        if (event.kind() != null) {
            out.writeNumberField("kind", names.kinds().number(event.kind()));
        }
        out.writeNumberField("band", Strata.toneGroup(event.tone()));
        text(out, "summary", event.summary());
        String placeCountry = event.location() == null ? null : event.location().country();
        if (event.location() != null) {
            text(out, "place", event.location().name());
            if (placeCountry != null) {
                out.writeNumberField("place_country", names.countries().number(placeCountry));
            }
            number(out, "lat", event.location().lat());
            number(out, "lon", event.location().lon());
        }
        number(out, "tone", event.tone());
        text(out, "detail", RecordJson.detail(event.codes(), event.extras()));
        boolean late = people(event, placeCountry, out);
        out.writeArrayFieldStart("tags");
        for (String tag : event.tags()) {
            out.writeNumber(names.tags().number(tag));
        }
        out.writeEndArray();
        sources(event, out);
        out.writeEndObject();
        anyLate |= late;
        return late;
    }

    /** A field absent from a row is null to the reader, so absent values are left out. */
    private static void text(JsonGenerator out, String field, String value) throws IOException {
        if (value != null) {
            out.writeStringField(field, value);
        }
    }

    private static void number(JsonGenerator out, String field, double value) throws IOException {
        if (!Double.isNaN(value)) {
            out.writeNumberField(field, value);
        }
    }

    private static int flags(When when) {
        boolean imprecise = when.isUncertain() || when.isApproximate() || when.precision().compareTo(Precision.DAY) < 0;
        return (when.openStart() ? OPEN_START : 0) | (when.openEnd() ? OPEN_END : 0) | (when.interval() ? RANGED : 0)
                | (imprecise ? IMPRECISE : 0);
    }

    /** Appends the actors, roles, countries and actor kinds; true when an actor has not been given yet. */
    private boolean people(Event event, String placeCountry, JsonGenerator out) throws IOException {
        List<Participant> participants = event.participants();
        int[] numbers = new int[participants.size()];
        int[] roles = new int[participants.size()];
        boolean late = false;
        int kinds = 0;
        countries.clear();
        for (int i = 0; i < numbers.length; i++) {
            Participant participant = participants.get(i);
            numbers[i] = names.actors().number(participant.actor());
            roles[i] = participant.role() == null ? -1 : names.roles().number(participant.role());
            Actor actor = numbers[i] < actors.size() ? actors.get(numbers[i]) : null;
            if (actor == null) {
                late = true;
                continue;
            }
            if (actor.kind() != null) {
                kinds |= 1 << actor.kind().ordinal();
            }
            if (EventCountries.known(actor.country())) {
                countries.add(names.countries().number(actor.country()));
            }
        }
        out.writeFieldName("actors");
        out.writeArray(numbers, 0, numbers.length);
        out.writeFieldName("roles");
        out.writeArray(roles, 0, roles.length);
        out.writeArrayFieldStart("countries");
        if (EventCountries.known(placeCountry)) {
            out.writeNumber(names.countries().number(placeCountry));
        } else {
            for (int country : countries) {
                out.writeNumber(country);
            }
        }
        out.writeEndArray();
        out.writeNumberField("actor_kinds", kinds);
        return late;
    }

    /**
     * Writes how many distinct sources the event cites, and notes whether any claim is graded doubtful or
     * improbable. The best source grade and weakness need the sources' grades; the build works them out in
     * SQL when any grade exists, so that a store of millions of ungraded sources (GDELT's URLs) holds none
     * of them in memory.
     */
    private void sources(Event event, JsonGenerator out) throws IOException {
        distinct.clear();
        for (Citation citation : event.citations()) {
            distinct.add(citation.source());
            anyWeakClaim |= citation.credibility() == DOUBTFUL || citation.credibility() == IMPROBABLE;
        }
        out.writeNumberField("sources", distinct.size());
        out.writeBooleanField("weak", false);
    }

}
