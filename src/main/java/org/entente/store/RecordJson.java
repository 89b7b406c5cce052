package org.entente.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Citation;
import org.entente.model.Code;
import org.entente.model.Extras;
import org.entente.model.Membership;
import org.entente.time.Edtf;
import org.entente.time.EdtfException;
import org.entente.time.When;

/**
 * The parts of a record that only its detail shows (codes, extra fields, aliases, memberships, a relation's
 * citations) as one JSON text column each: a store never filters or sorts by them, and a column of lists of
 * records would cost more to write than it saves. Extra fields keep their compact JSON text as strings,
 * so that they come back byte for byte. Dates are kept as the text they were written in and parsed again.
 */
final class RecordJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<String>>> ROWS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private RecordJson() {
    }

    /**
     * An event's codes and extra fields together, the one text its row keeps for its detail; null when it has
     * neither. Written field by field, as the mapper would write {@code {"codes": [[scheme, code], ...],
     * "extras": {...}}}, byte for byte, at a third of its cost: it is called for every event a store takes.
     */
    static String detail(List<Code> codes, Extras extras) {
        boolean noExtras = extras == null || extras.isEmpty();
        if (codes.isEmpty() && noExtras) {
            return null;
        }
        SegmentedStringWriter text = new SegmentedStringWriter(JSON.getFactory()._getBufferRecycler());
        try (JsonGenerator out = JSON.getFactory().createGenerator(text)) {
            out.writeStartObject();
            if (!codes.isEmpty()) {
                out.writeArrayFieldStart("codes");
                for (Code code : codes) {
                    out.writeStartArray();
                    out.writeString(code.scheme());
                    out.writeString(code.code());
                    out.writeEndArray();
                }
                out.writeEndArray();
            }
            if (!noExtras) {
                out.writeObjectFieldStart("extras");
                for (Map.Entry<String, String> field : extras.fields().entrySet()) {
                    out.writeStringField(field.getKey(), field.getValue());
                }
                out.writeEndObject();
            }
            out.writeEndObject();
            out.flush();
            return text.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("a text in memory cannot fail to be written", e);
        }
    }

    /** The codes and extra fields of {@link #detail}'s text. */
    static Detail detail(String json) {
        if (json == null) {
            return new Detail(List.of(), Extras.NONE);
        }
        Map<String, Object> detail = read(json, DETAIL);
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) detail.getOrDefault("codes", List.of());
        @SuppressWarnings("unchecked")
        Map<String, String> fields = (Map<String, String>) detail.getOrDefault("extras", Map.of());
        return new Detail(rows.stream().map(row -> new Code(row.get(0), row.get(1))).toList(), Extras.of(fields));
    }

    /** An event's codes and extra fields. */
    record Detail(List<Code> codes, Extras extras) {
    }

    static String extras(Extras extras) {
        return extras == null || extras.isEmpty() ? null : write(new LinkedHashMap<>(extras.fields()));
    }

    static Extras extras(String json) {
        return json == null ? Extras.NONE : Extras.of(read(json, FIELDS));
    }

    static String strings(List<String> strings) {
        return strings == null || strings.isEmpty() ? null : write(strings);
    }

    static List<String> strings(String json) {
        return json == null ? List.of() : List.copyOf(read(json, STRINGS));
    }

    static String memberships(List<Membership> memberships) {
        if (memberships == null || memberships.isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        memberships.forEach(m -> rows.add(Arrays.asList(m.organization(), m.role(), whenText(m.when()))));
        return write(rows);
    }

    static List<Membership> memberships(String json) {
        if (json == null) {
            return List.of();
        }
        return read(json, ROWS).stream().map(row -> new Membership(row.get(0), row.get(1), when(row.get(2)))).toList();
    }

    static String citations(List<Citation> citations) {
        if (citations.isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        citations.forEach(c -> rows.add(Arrays.asList(c.source(), c.quote(), whenText(c.claimedWhen()),
                Integer.toString(c.credibility()))));
        return write(rows);
    }

    static List<Citation> citations(String json) {
        if (json == null) {
            return List.of();
        }
        return read(json, ROWS).stream()
                .map(row -> new Citation(row.get(0), row.get(1), when(row.get(2)), Integer.parseInt(row.get(3)))).toList();
    }

    static String whenText(When when) {
        return when == null ? null : when.text();
    }

    /** A date the store wrote from a valid record: it parses again, or the store is damaged. */
    static When when(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Edtf.parse(text);
        } catch (EdtfException e) {
            throw new IllegalStateException("the store holds a date that does not parse: \"" + text + "\"", e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain lists and maps of strings always serialise", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds JSON it did not write: " + e.getOriginalMessage(), e);
        }
    }
}
