package org.entente.io;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.entente.io.PendingReference.Target;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Location;
import org.entente.model.Participant;
import org.entente.time.When;

/**
 * Reads the parts that records are made of: places, participants, codes, citations with their claims, and
 * country codes. Each kind has one reusable field reader and one scratch list, because a million events
 * hold millions of parts and reading them should allocate only what is kept.
 */
final class RecordParts {
    private final JsonCursor in;
    private final References refs;
    private final ExtraFields locationExtras = new ExtraFields("a location");
    private final ExtraFields participantExtras = new ExtraFields("a participant");
    private final ExtraFields codeExtras = new ExtraFields("a code");
    private final ExtraFields citationExtras = new ExtraFields("a citation");
    private final ExtraFields claimsExtras = new ExtraFields("a citation's claims");

    RecordParts(JsonCursor in, References refs) {
        this.in = in;
        this.refs = refs;
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

    /** The fields of the place being read, filled by one reusable field reader. */
    private String placeName;
    private String placeCountry;
    private double placeLat;
    private double placeLon;
    private final JsonCursor.FieldReader placeFields = this::placeField;

    private boolean placeField(String name) throws IOException {
        switch (name) {
            case "name" -> placeName = in.sharedString("a string for the place name");
            case "country" -> placeCountry = readCountry();
            case "lat" -> placeLat = in.number("lat", -90, 90);
            case "lon" -> placeLon = in.number("lon", -180, 180);
            default -> {
                return false;
            }
        }
        return true;
    }

    Location readLocation(ExtraFields record) throws IOException {
        if (!in.expectObject("a location object with a name")) {
            return null;
        }
        long start = in.mark();
        placeName = null;
        placeCountry = null;
        placeLat = Double.NaN;
        placeLon = Double.NaN;
        List<String> seen = in.readFields(placeFields, locationExtras);
        locationExtras.moveTo(record, "location/");
        Shape.LOCATION.check(in, start, seen);
        if (Double.isNaN(placeLat) != Double.isNaN(placeLon)) {
            in.error("incomplete coordinates: expected both lat and lon, or neither");
        }
        return in.shared(new Location(placeName, placeCountry, placeLat, placeLon));
    }

    /** The fields of the participant being read; one reader serves them all, so a participant allocates no lambda. */
    private String participantActor;
    private String participantRole;
    private final JsonCursor.FieldReader participantFields = this::participantField;
    private final List<Participant> scratchParticipants = new ArrayList<>();
    private final ParticipantPool participantPool = new ParticipantPool();

    private boolean participantField(String name) throws IOException {
        switch (name) {
            case "actor" -> participantActor = refs.read(Target.ACTOR, "the participant's actor id", -1);
            case "role" -> participantRole = in.sharedString("a string for the role");
            default -> {
                return false;
            }
        }
        return true;
    }

    private final PartKind<Participant> participantKind = new PartKind<>("an array of participants",
            "a participant object with an actor", "participants", Shape.PARTICIPANT, participantExtras,
            () -> {
                participantActor = null;
                participantRole = null;
            }, participantFields, () -> participantPool.get(participantActor, participantRole));

    List<Participant> readParticipants(ExtraFields record) throws IOException {
        return readArray(participantKind, record, scratchParticipants) ? List.copyOf(scratchParticipants) : List.of();
    }

    /** Reused for every event's codes; what is kept is a shared immutable copy. */
    private final List<Code> scratchCodes = new ArrayList<>();

    /** The scheme and code being read, filled by one reusable field reader. */
    private String codeScheme;
    private String codeValue;
    private final JsonCursor.FieldReader codeFields = this::codeField;

    private boolean codeField(String name) throws IOException {
        switch (name) {
            case "scheme" -> codeScheme = in.sharedString("a string for the coding scheme");
            case "code" -> codeValue = in.sharedString("a string for the code (strings keep leading zeros)");
            default -> {
                return false;
            }
        }
        return true;
    }

    private final PartKind<Code> codeKind = new PartKind<>("an array of codes",
            "a code object such as {\"scheme\": \"cameo\", \"code\": \"042\"}", "codes", Shape.CODE, codeExtras,
            () -> {
                codeScheme = null;
                codeValue = null;
            }, codeFields, this::sharedCode);

    private Code sharedCode() {
        return in.shared(new Code(codeScheme, codeValue));
    }

    List<Code> readCodes(ExtraFields record) throws IOException {
        return readArray(codeKind, record, scratchCodes) ? in.sharedList(scratchCodes) : List.of();
    }

    /** The fields of the citation being read, filled by one reusable field reader. */
    private String citationSource;
    private String citationQuote;
    private When citationClaim;
    private int citationCredibility;
    private final JsonCursor.FieldReader citationFields = this::citationField;
    private final List<Citation> scratchCitations = new ArrayList<>();

    private boolean citationField(String name) throws IOException {
        switch (name) {
            case "source" -> citationSource = refs.read(Target.SOURCE, "the cited source's id", -1);
            case "quote" -> citationQuote = in.string("a string for the quote");
            case "claims" -> citationClaim = readClaims();
            case "credibility" -> citationCredibility = in.integer("credibility", 1, 6);
            default -> {
                return false;
            }
        }
        return true;
    }

    private final PartKind<Citation> citationKind = new PartKind<>("an array of citations",
            "a citation object with a source", "citations", Shape.CITATION, citationExtras,
            () -> {
                citationSource = null;
                citationQuote = null;
                citationClaim = null;
                citationCredibility = 0;
            }, citationFields, () -> new Citation(citationSource, citationQuote, citationClaim, citationCredibility));

    List<Citation> readCitations(ExtraFields record) throws IOException {
        return readArray(citationKind, record, scratchCitations) ? List.copyOf(scratchCitations) : List.of();
    }

    private When readClaims() throws IOException {
        if (!in.expectObject("an object of claims such as {\"when\": \"2024-09-09\"}")) {
            return null;
        }
        When[] when = new When[1];
        in.readFields(name -> {
            if (name.equals("when")) {
                when[0] = in.when("the date the source claims");
                return true;
            }
            return false;
        }, claimsExtras);
        claimsExtras.moveTo(citationExtras, "claims/");
        return when[0];
    }

    /**
     * One kind of part that comes as an array of objects: how to describe it in a problem, which fields it
     * must hold, where its unknown fields go, and how to clear, fill and build one. Built once per kind, so
     * reading a million events creates no readers.
     */
    private record PartKind<T>(String array, String element, String list, Shape shape, ExtraFields extras,
                               Runnable clear, JsonCursor.FieldReader fields, Supplier<T> make) {
    }

    /** Reads an array of parts into {@code into}; false, having reported it, when the value is not an array. */
    private <T> boolean readArray(PartKind<T> kind, ExtraFields record, List<T> into) throws IOException {
        into.clear();
        if (!in.expectArray(kind.array())) {
            return false;
        }
        while (in.next() != JsonToken.END_ARRAY) {
            if (!in.expectObject(kind.element())) {
                continue;
            }
            long start = in.mark();
            kind.clear().run();
            List<String> seen = in.readFields(kind.fields(), kind.extras());
            kind.extras().moveTo(record, kind.list(), into.size());
            kind.shape().check(in, start, seen);
            into.add(kind.make().get());
        }
        return true;
    }
}
