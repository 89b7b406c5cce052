package org.entente.io;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.entente.io.PendingReference.Target;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Location;
import org.entente.model.Membership;
import org.entente.model.Participant;
import org.entente.time.When;

/**
 * Reads the parts that records are made of: places, participants, codes, citations with their claims,
 * memberships, and country codes. Each kind has one reusable holder for its fields and one scratch list,
 * because a million events hold millions of parts and reading them should allocate only what is kept.
 */
final class RecordParts {
    private final JsonCursor in;
    private final References refs;
    private final PlaceFields place = new PlaceFields();
    private final ParticipantFields participant = new ParticipantFields();
    private final CodeFields code = new CodeFields();
    private final CitationFields citation = new CitationFields();
    private final ClaimsFields claims = new ClaimsFields();
    private final MembershipFields membership = new MembershipFields();
    /** Reused for every record's parts; what is kept is an immutable copy, shared for codes. */
    private final List<Participant> scratchParticipants = new ArrayList<>();
    private final List<Code> scratchCodes = new ArrayList<>();
    private final List<Citation> scratchCitations = new ArrayList<>();
    private final List<Membership> scratchMemberships = new ArrayList<>();
    private final ParticipantPool participantPool;

    RecordParts(JsonCursor in, References refs) {
        this.in = in;
        this.refs = refs;
        this.participantPool = new ParticipantPool(in.limits().pooledValues());
    }

    String readCountry() throws IOException {
        String country = in.sharedString("an ISO 3166 alpha-3 country code");
        if (country != null && !isCountryCode(country)) {
            in.error("invalid country \"" + country + "\": expected an ISO 3166 alpha-3 code in capitals, such as \"PRK\"");
            return null;
        }
        return country;
    }

    /** Three capital letters, as ISO 3166 alpha-3 codes are written. */
    private static boolean isCountryCode(String code) {
        if (code.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    Location readLocation(ExtraFields record) throws IOException {
        return readObject(place, record);
    }

    List<Participant> readParticipants(ExtraFields record) throws IOException {
        return readArray(participant, record, scratchParticipants) ? List.copyOf(scratchParticipants) : List.of();
    }

    List<Code> readCodes(ExtraFields record) throws IOException {
        return readArray(code, record, scratchCodes) ? in.sharedList(scratchCodes) : List.of();
    }

    List<Citation> readCitations(ExtraFields record) throws IOException {
        return readArray(citation, record, scratchCitations) ? List.copyOf(scratchCitations) : List.of();
    }

    List<Membership> readMemberships(ExtraFields record) throws IOException {
        return readArray(membership, record, scratchMemberships) ? List.copyOf(scratchMemberships) : List.of();
    }

    /**
     * One kind of part: the field that holds it, and how a problem names an array of them and one of them.
     * Its unknown fields are kept with the object that holds it (a record; a citation for its claims), under
     * the part's path in that object.
     */
    private abstract static class Part<T> extends ObjectFields {
        final String field;
        final String array;
        final String element;

        Part(Shape shape, String field, String element) {
            super(shape);
            this.field = field;
            this.array = "an array of " + field;
            this.element = element;
        }

        /** The part from the fields just read. */
        abstract T build();
    }

    /** Reads a part that is a single object; null, having reported it, when the value is not an object. */
    private <T> T readObject(Part<T> part, ExtraFields record) throws IOException {
        if (!in.expectObject(part.element)) {
            return null;
        }
        part.read(in);
        part.extras.moveTo(record, part.field);
        return part.build();
    }

    /** Reads an array of parts into {@code into}; false, having reported it, when the value is not an array. */
    private <T> boolean readArray(Part<T> part, ExtraFields record, List<T> into) throws IOException {
        into.clear();
        if (!in.expectArray(part.array)) {
            return false;
        }
        while (in.next() != JsonToken.END_ARRAY) {
            if (!in.expectObject(part.element)) {
                continue;
            }
            part.read(in);
            part.extras.moveTo(record, part.field, into.size());
            into.add(part.build());
        }
        return true;
    }

    private final class PlaceFields extends Part<Location> {
        private String name;
        private String country;
        private double lat;
        private double lon;

        PlaceFields() {
            super(Shape.LOCATION, "location", "a location object with a name");
        }

        @Override
        void clear() {
            name = null;
            country = null;
            lat = Double.NaN;
            lon = Double.NaN;
        }

        @Override
        boolean field(String fieldName) throws IOException {
            switch (fieldName) {
                case "name" -> name = in.sharedString("a string for the place name");
                case "country" -> country = readCountry();
                case "lat" -> lat = in.number("lat", -90, 90);
                case "lon" -> lon = in.number("lon", -180, 180);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        void checkTogether(long start) {
            if (Double.isNaN(lat) != Double.isNaN(lon)) {
                in.error("incomplete coordinates: expected both lat and lon, or neither");
            }
        }

        @Override
        Location build() {
            return in.shared(new Location(name, country, lat, lon));
        }
    }

    /** Actor ids and roles are pooled strings, so a participant seen before is shared, not made again. */
    private final class ParticipantFields extends Part<Participant> {
        private String actor;
        private String role;

        ParticipantFields() {
            super(Shape.PARTICIPANT, "participants", "a participant object with an actor");
        }

        @Override
        void clear() {
            actor = null;
            role = null;
        }

        @Override
        boolean field(String name) throws IOException {
            switch (name) {
                case "actor" -> actor = refs.read(Target.ACTOR, "the participant's actor id", -1);
                case "role" -> role = in.sharedString("a string for the role");
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        Participant build() {
            return participantPool.get(actor, role);
        }
    }

    private final class CodeFields extends Part<Code> {
        private String scheme;
        private String value;

        CodeFields() {
            super(Shape.CODE, "codes", "a code object such as {\"scheme\": \"cameo\", \"code\": \"042\"}");
        }

        @Override
        void clear() {
            scheme = null;
            value = null;
        }

        @Override
        boolean field(String name) throws IOException {
            switch (name) {
                case "scheme" -> scheme = in.sharedString("a string for the coding scheme");
                case "code" -> value = in.sharedString("a string for the code (strings keep leading zeros)");
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        Code build() {
            return in.shared(new Code(scheme, value));
        }
    }

    private final class CitationFields extends Part<Citation> {
        private String source;
        private String quote;
        private When claim;
        private int credibility;

        CitationFields() {
            super(Shape.CITATION, "citations", "a citation object with a source");
        }

        @Override
        void clear() {
            source = null;
            quote = null;
            claim = null;
            credibility = 0;
        }

        @Override
        boolean field(String name) throws IOException {
            switch (name) {
                case "source" -> source = refs.read(Target.SOURCE, "the cited source's id", -1);
                case "quote" -> quote = in.string("a string for the quote");
                case "claims" -> claim = readObject(claims, extras);
                case "credibility" -> credibility = in.integer("credibility", 1, 6);
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        Citation build() {
            return new Citation(source, quote, claim, credibility);
        }
    }

    /** What a source claims, of which only the date is read; its unknown fields are kept with the citation. */
    private final class ClaimsFields extends Part<When> {
        private When when;

        ClaimsFields() {
            super(Shape.CLAIMS, "claims", "an object of claims such as {\"when\": \"2024-09-09\"}");
        }

        @Override
        void clear() {
            when = null;
        }

        @Override
        boolean field(String name) throws IOException {
            if (name.equals("when")) {
                when = in.when("the date the source claims");
                return true;
            }
            return false;
        }

        @Override
        When build() {
            return when;
        }
    }

    /**
     * A membership's organization may be an actor later in the file; its reference carries the membership's
     * position, so that only this membership is dropped if it does not resolve.
     */
    private final class MembershipFields extends Part<Membership> {
        private String organization;
        private String role;
        private When when;

        MembershipFields() {
            super(Shape.MEMBERSHIP, "memberships", "a membership object");
        }

        @Override
        void clear() {
            organization = null;
            role = null;
            when = null;
        }

        @Override
        boolean field(String name) throws IOException {
            switch (name) {
                case "organization" -> organization = refs.read(Target.ACTOR, "the organization's actor id",
                        scratchMemberships.size());
                case "role" -> role = in.sharedString("a string for the role");
                case "when" -> when = in.when("the membership");
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        Membership build() {
            return new Membership(organization, role, when);
        }
    }
}
