package org.entente.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.entente.model.Actor;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Location;
import org.entente.model.Membership;
import org.entente.model.Participant;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;
import org.entente.time.When;

/**
 * Writes single {@code entente/1} records to a generator, so that the dataset export and the importers,
 * which stream records as they become final, write every field the same way. Absent optional fields are
 * left out rather than written as null; unknown fields go back where the loader found them.
 */
public final class RecordWriter {
    // A failed write must not look complete: closing the generator after an error would otherwise add the
    // missing closing brackets and turn half a dataset into valid JSON.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();

    private final JsonGenerator g;

    public RecordWriter(JsonGenerator g) {
        this.g = g;
    }

    /** A UTF-8 generator that writes one record a line and never closes {@code out}. */
    public static JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new RecordPerLinePrinter());
        return g;
    }

    public void source(Source source) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", source.id());
        g.writeStringField("title", source.title());
        optional("publisher", source.publisher());
        if (source.published() != null) {
            g.writeStringField("published", source.published().text());
        }
        optional("url", source.url());
        if (source.reliability() != null) {
            g.writeStringField("reliability", source.reliability().name());
        }
        PendingExtras.of(source.extras()).writeTo(g);
        g.writeEndObject();
    }

    public void actor(Actor actor) throws IOException {
        PendingExtras extras = PendingExtras.of(actor.extras());
        g.writeStartObject();
        g.writeStringField("id", actor.id());
        g.writeStringField("name", actor.name());
        if (actor.kind() != null) {
            g.writeStringField("kind", actor.kind().id());
        }
        strings("aliases", actor.aliases());
        optional("country", actor.country());
        optional("description", actor.description());
        if (hasAny(actor.memberships())) {
            g.writeArrayFieldStart("memberships");
            for (int i = 0; i < actor.memberships().size(); i++) {
                Membership membership = actor.memberships().get(i);
                g.writeStartObject();
                g.writeStringField("organization", membership.organization());
                g.writeStringField("role", membership.role());
                when("when", membership.when());
                extras.take("memberships", i).writeTo(g);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        extras.writeTo(g);
        g.writeEndObject();
    }

    public void event(Event event) throws IOException {
        PendingExtras extras = PendingExtras.of(event.extras());
        PendingExtras nested = anyNested(event.extras()) ? extras : PendingExtras.of(null);
        g.writeStartObject();
        g.writeStringField("id", event.id());
        g.writeStringField("title", event.title());
        g.writeStringField("when", event.when().text());
        optional("kind", event.kind());
        optional("summary", event.summary());
        if (event.location() != null) {
            location(event.location(), nested.take("location/"));
        }
        participants(event.participants(), nested);
        if (event.hasTone()) {
            number("tone", event.tone());
        }
        codes(event.codes(), nested);
        strings("tags", event.tags());
        citations(event.citations(), nested);
        extras.writeTo(g);
        g.writeEndObject();
    }

    /**
     * Whether any extra field belongs to a nested object (its name is a path): when none does, as for every
     * imported event, the parts need not look for theirs, which cost a map and a path for each of them.
     */
    private static boolean anyNested(Extras extras) {
        if (extras == null) {
            return false;
        }
        for (String name : extras.fields().keySet()) {
            if (name.indexOf('/') >= 0) {
                return true;
            }
        }
        return false;
    }

    private void location(Location location, PendingExtras extras) throws IOException {
        g.writeObjectFieldStart("location");
        g.writeStringField("name", location.name());
        optional("country", location.country());
        if (!Double.isNaN(location.lat())) {
            number("lat", location.lat());
        }
        if (!Double.isNaN(location.lon())) {
            number("lon", location.lon());
        }
        extras.writeTo(g);
        g.writeEndObject();
    }

    /** Always written, because the format requires the list even when it is empty. */
    private void participants(List<Participant> participants, PendingExtras extras) throws IOException {
        g.writeArrayFieldStart("participants");
        if (participants != null) {
            for (int i = 0; i < participants.size(); i++) {
                Participant participant = participants.get(i);
                g.writeStartObject();
                g.writeStringField("actor", participant.actor());
                optional("role", participant.role());
                extras.take("participants", i).writeTo(g);
                g.writeEndObject();
            }
        }
        g.writeEndArray();
    }

    private void codes(List<Code> codes, PendingExtras extras) throws IOException {
        if (!hasAny(codes)) {
            return;
        }
        g.writeArrayFieldStart("codes");
        for (int i = 0; i < codes.size(); i++) {
            g.writeStartObject();
            g.writeStringField("scheme", codes.get(i).scheme());
            g.writeStringField("code", codes.get(i).code());
            extras.take("codes", i).writeTo(g);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void citations(List<Citation> citations, PendingExtras extras) throws IOException {
        if (!hasAny(citations)) {
            return;
        }
        g.writeArrayFieldStart("citations");
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            PendingExtras own = extras.take("citations", i);
            PendingExtras claims = own.take("claims/");
            g.writeStartObject();
            g.writeStringField("source", citation.source());
            optional("quote", citation.quote());
            if (citation.claimedWhen() != null || !claims.isEmpty()) {
                g.writeObjectFieldStart("claims");
                when("when", citation.claimedWhen());
                claims.writeTo(g);
                g.writeEndObject();
            }
            if (citation.hasCredibility()) {
                g.writeNumberField("credibility", citation.credibility());
            }
            own.writeTo(g);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    public void period(Period period) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", period.id());
        g.writeStringField("title", period.title());
        when("when", period.when());
        PendingExtras.of(period.extras()).writeTo(g);
        g.writeEndObject();
    }

    public void relation(Relation relation) throws IOException {
        PendingExtras extras = PendingExtras.of(relation.extras());
        g.writeStartObject();
        g.writeStringField("id", relation.id());
        g.writeStringField("from", relation.from());
        g.writeStringField("to", relation.to());
        g.writeStringField("kind", relation.kind());
        if (relation.directed()) {
            g.writeBooleanField("directed", true);
        }
        when("when", relation.when());
        if (relation.hasTone()) {
            number("tone", relation.tone());
        }
        optional("summary", relation.summary());
        citations(relation.citations(), extras);
        extras.writeTo(g);
        g.writeEndObject();
    }

    private void optional(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private void when(String name, When when) throws IOException {
        if (when != null) {
            g.writeStringField(name, when.text());
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        if (!hasAny(values)) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    /** Whole numbers as {@code 4} rather than {@code 4.0}, as people write them; -0.0 keeps its sign. */
    private void number(String name, double value) throws IOException {
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15
                && Double.doubleToRawLongBits(value) != Double.doubleToRawLongBits(-0.0);
        if (whole) {
            g.writeNumberField(name, (long) value);
        } else {
            g.writeNumberField(name, value);
        }
    }

    private static boolean hasAny(List<?> list) {
        return list != null && !list.isEmpty();
    }
}
