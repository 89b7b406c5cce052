package org.entente.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.entente.text.ProblemText;
import org.entente.time.Edtf;
import org.entente.time.EdtfDate;
import org.entente.time.EdtfException;
import org.entente.time.When;

/**
 * Typed reads over a streaming parser. Each read that meets the wrong kind of value logs a problem
 * at the value's line, column and JSON path, skips the value, and returns null, so the caller can
 * carry on and report every problem in the file rather than the first.
 */
final class JsonCursor {
    private final JsonFactory factory;
    private final JsonParser parser;
    private final ProblemLog log;
    /** Longer texts are date-times or sets, which rarely repeat. */
    private static final int POOLED_DATE_LENGTH = 12;
    private final ReadLimits limits;
    private final Interner interner;
    private final StringPool strings;
    /** Single dates parsed so far, by their pooled text; identity suffices as the texts are pooled. */
    private final Map<String, When> singleDates = new IdentityHashMap<>();
    /** Reused for every array of strings; what is kept is a shared immutable copy. */
    private final List<String> scratchStrings = new ArrayList<>();
    private final List<List<String>> seenByDepth = new ArrayList<>();
    private int depth;

    JsonCursor(JsonFactory factory, JsonParser parser, ProblemLog log, ReadLimits limits) {
        this.factory = factory;
        this.parser = parser;
        this.log = log;
        this.limits = limits;
        this.interner = new Interner(limits.pooledValues());
        this.strings = new StringPool(limits.pooledValues());
    }

    ReadLimits limits() {
        return limits;
    }

    JsonToken next() throws IOException {
        return parser.nextToken();
    }

    JsonLocation here() {
        return parser.currentTokenLocation();
    }

    /**
     * The line and column of the current token packed in a long: records keep where they started in
     * case a problem needs it, and a million records should not each allocate a location for that.
     */
    long mark() {
        if (parser instanceof ParserBase base && parser.currentToken() != JsonToken.FIELD_NAME) {
            // Jackson's token locations count columns from the raw column; getTokenColumnNr adds one more.
            return ProblemLog.mark(base.getTokenLineNr(), base.getTokenColumnNr() - 1);
        }
        JsonLocation at = here();
        return ProblemLog.mark(at.getLineNr(), at.getColumnNr());
    }

    /** One shared instance per distinct value of a small immutable record, such as a place or a code. */
    <T> T shared(T value) {
        return interner.intern(value);
    }

    /** The shared immutable list equal to a scratch list the caller reuses. */
    <T> List<T> sharedList(List<T> scratch) {
        return interner.internList(scratch);
    }

    /** The JSON pointer of the current value; after an object's END_OBJECT, the pointer of that object. */
    String path() {
        return parser.getParsingContext().pathAsPointer().toString();
    }

    ProblemLog log() {
        return log;
    }

    void error(String message) {
        log.error(here(), path(), message);
    }

    void warning(String message) {
        log.warning(here(), path(), message);
    }

    /**
     * Walks the fields of the object at the cursor, handing each to {@code fields}; unknown ones go to its
     * extras. Leaves the cursor on the object's END_OBJECT and returns the names that were present (valid
     * until the next object at the same depth is read).
     */
    List<String> readFields(ObjectFields fields) throws IOException {
        List<String> seen = seenAtDepth(depth++);
        seen.clear();
        try {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                seen.add(name);
                if (!fields.field(name)) {
                    fields.extras.keep(this, name);
                }
            }
        } finally {
            depth--;
        }
        return seen;
    }

    /** One reused list per nesting level, so that reading a million records allocates no name lists. */
    private List<String> seenAtDepth(int level) {
        while (seenByDepth.size() <= level) {
            seenByDepth.add(new ArrayList<>());
        }
        return seenByDepth.get(level);
    }

    boolean expectObject(String what) throws IOException {
        return expect(JsonToken.START_OBJECT, what);
    }

    boolean expectArray(String what) throws IOException {
        return expect(JsonToken.START_ARRAY, what);
    }

    private boolean expect(JsonToken wanted, String what) throws IOException {
        if (parser.currentToken() == wanted) {
            return true;
        }
        wrongType(what);
        return false;
    }

    /** Logs "expected X, found Y" and skips the offending value. */
    void wrongType(String what) throws IOException {
        error("wrong type: expected " + what + ", found " + describe(parser.currentToken()));
        parser.skipChildren();
    }

    String string(String what) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        wrongType(what);
        return null;
    }

    /** A string from a small vocabulary (kinds, roles, ids in references), shared across records. */
    String sharedString(String what) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return strings.intern(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        }
        wrongType(what);
        return null;
    }

    String id(String what) throws IOException {
        return nonBlank(sharedString(what), what);
    }

    /** An id nothing refers to, such as an event's: not worth a place in the shared pool. */
    String uniqueId(String what) throws IOException {
        return nonBlank(string(what), what);
    }

    private String nonBlank(String id, String what) {
        if (id != null && id.isBlank()) {
            error("invalid id: expected a non-empty string for " + what);
            return null;
        }
        return id;
    }

    /** A number within [min, max], or NaN after logging a problem. */
    double number(String what, double min, double max) throws IOException {
        JsonToken t = parser.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            wrongType("a number for " + what);
            return Double.NaN;
        }
        double value = parser.getDoubleValue();
        if (!(value >= min && value <= max)) {
            error("value out of range: " + what + " is " + parser.getText() + ", expected "
                    + plain(min) + " to " + plain(max));
            return Double.NaN;
        }
        return value;
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** An integer within [min, max], or 0 after logging a problem. */
    int integer(String what, int min, int max) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            wrongType("an integer " + min + ".." + max + " for " + what);
            return 0;
        }
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            // Beyond a long: out of range like any other, and the read goes on.
            error("value out of range: " + what + " is " + ProblemText.quote(parser.getText()) + ", expected " + min
                    + ".." + max);
            return 0;
        }
        long value = parser.getLongValue();
        if (value < min || value > max) {
            error("value out of range: " + what + " is " + value + ", expected " + min + ".." + max);
            return 0;
        }
        return (int) value;
    }

    Boolean bool(String what) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        wrongType("true or false for " + what);
        return null;
    }

    /** An array of strings; wrong elements are reported and dropped. */
    List<String> strings(String what) throws IOException {
        if (!expectArray("an array of strings for " + what)) {
            return List.of();
        }
        scratchStrings.clear();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String value = sharedString("a string in " + what);
            if (value != null) {
                scratchStrings.add(value);
            }
        }
        return interner.internList(scratchStrings);
    }

    /**
     * A date or interval. A single date such as "2019-05-03" recurs in thousands of records of a large
     * file, so each distinct one is parsed once and its (immutable) value shared: fewer objects for the
     * collector to copy, and no parsing for the repeats. Intervals are mostly unique and are not pooled.
     */
    When when(String what) throws IOException {
        String expected = "a date or interval (EDTF text such as \"2025-10-09/2025-10-11\") for " + what;
        if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getTextLength() > POOLED_DATE_LENGTH
                || isInterval(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())) {
            return parsed(expected, Edtf::parse);
        }
        String text = strings.intern(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        When known = singleDates.get(text);
        if (known == null) {
            known = parsedText(text, Edtf::parse);
            if (known != null) {
                if (singleDates.size() >= limits.pooledValues()) {
                    singleDates.clear();
                }
                singleDates.put(text, known);
            }
        }
        return known;
    }

    private static boolean isInterval(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (chars[i] == '/') {
                return true;
            }
        }
        return false;
    }

    EdtfDate date(String what) throws IOException {
        return parsed("a date (EDTF text such as \"2025-09-03\") for " + what, Edtf::parseDate);
    }

    private interface DateParser<T> {
        T parse(String text) throws EdtfException;
    }

    private <T> T parsed(String expected, DateParser<T> parser) throws IOException {
        String text = string(expected);
        return text == null ? null : parsedText(text, parser);
    }

    private <T> T parsedText(String text, DateParser<T> parser) {
        try {
            return parser.parse(text);
        } catch (EdtfException e) {
            dateError(text, e);
            return null;
        }
    }

    /** Points the column at the offending character inside the string, past the opening quote. */
    private void dateError(String text, EdtfException e) {
        JsonLocation at = here();
        JsonLocation inside = new JsonLocation(at.contentReference(), at.getByteOffset(), at.getCharOffset(),
                at.getLineNr(), at.getColumnNr() + 1 + Math.max(0, e.offset()));
        String message = e.getMessage();
        String prefix = message.startsWith("interval ends") ? "end before start: " : "invalid date \"" + text + "\": ";
        log.error(inside, path(), prefix + message);
    }

    /** The current value as compact JSON text, so an unknown field survives unchanged. */
    String rawJson() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.copyCurrentStructure(parser);
        }
        return out.toString();
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the file";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
