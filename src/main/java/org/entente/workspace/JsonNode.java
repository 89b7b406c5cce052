package org.entente.workspace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value read with where it starts (line and column) and its JSON pointer, so that whatever is wrong
 * with it can be said at its place. A workspace is small: the whole file is read into these, within limits
 * on its size and nesting that no workspace comes near, so that no file can make the reader run out of
 * memory or stack.
 *
 * @param value a {@code Map<String, JsonNode>} for an object (in the file's order), a {@code List<JsonNode>}
 *     for an array, a String, a Double for a number, a Boolean, or null for JSON's null
 */
record JsonNode(Object value, int line, int column, String pointer) {
    static final long MAX_BYTES = 16L << 20;
    static final int MAX_DEPTH = 64;
    private static final JsonFactory JSON = new JsonFactory();

    /** Reads one value, the file's whole content. */
    static JsonNode read(Path path) throws IOException, WorkspaceException {
        String file = path.toString();
        if (Files.size(path) > MAX_BYTES) {
            throw new WorkspaceException(file, 1, 1, "", "the file holds " + (Files.size(path) >> 20)
                    + " MB: expected a workspace, a few kilobytes of JSON");
        }
        try (InputStream in = Files.newInputStream(path); JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new WorkspaceException(file, 1, 1, "", "the file is empty: expected a workspace, a JSON object");
            }
            JsonNode node = value(parser, file, "", 0);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new WorkspaceException(file, at.getLineNr(), at.getColumnNr(), "",
                        "more after the workspace's closing brace: expected the end of the file");
            }
            return node;
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new WorkspaceException(file, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(), "",
                    "not JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonNode value(JsonParser parser, String file, String pointer, int depth)
            throws IOException, WorkspaceException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw new WorkspaceException(file, line, column, pointer, "nested deeper than " + MAX_DEPTH
                    + " levels: expected a workspace");
        }
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> {
                Map<String, JsonNode> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonLocation nameAt = parser.currentTokenLocation();
                    parser.nextToken();
                    JsonNode field = value(parser, file, pointer + "/" + escape(name), depth + 1);
                    if (fields.putIfAbsent(name, field) != null) {
                        throw new WorkspaceException(file, nameAt.getLineNr(), nameAt.getColumnNr(),
                                pointer + "/" + escape(name), "\"" + name + "\" appears twice: expected each field once");
                    }
                }
                yield new JsonNode(fields, line, column, pointer);
            }
            case START_ARRAY -> {
                List<JsonNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser, file, pointer + "/" + items.size(), depth + 1));
                }
                yield new JsonNode(items, line, column, pointer);
            }
            case VALUE_STRING -> new JsonNode(parser.getText(), line, column, pointer);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new JsonNode(parser.getDoubleValue(), line, column, pointer);
            case VALUE_TRUE, VALUE_FALSE -> new JsonNode(token == JsonToken.VALUE_TRUE, line, column, pointer);
            default -> new JsonNode(null, line, column, pointer);
        };
    }

    /** A field name as a JSON pointer writes it. */
    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A problem with this value: where it is, and what was expected. */
    WorkspaceException wrong(String file, String expected) {
        return new WorkspaceException(file, line, column, pointer, "expected " + expected + ", found " + describe());
    }

    private String describe() {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "\u2026" : text) + "\"";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        return value.toString();
    }
}
