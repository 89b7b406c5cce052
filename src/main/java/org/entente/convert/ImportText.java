package org.entente.convert;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.entente.io.DatasetLoader;
import org.entente.text.ProblemText;

/**
 * What an importer may write as a text value so that the file it makes always loads: the loader refuses
 * strings longer than {@link DatasetLoader#MAX_STRING_LENGTH} characters, and a lone UTF-16 surrogate (which
 * JSON escapes such as {@code "\ud800"} can produce) is not text at all and cannot be written as UTF-8.
 * Control characters are fine: the writer escapes them.
 */
final class ImportText {
    static final int LONGEST = DatasetLoader.MAX_STRING_LENGTH;

    private ImportText() {
    }

    /** Why a dataset cannot hold this value, or null when it can. Linear in the value's length. */
    static String unwritable(String value) {
        if (value.length() > LONGEST) {
            return "it is " + value.length() + " characters long, more than the " + LONGEST + " a value may hold";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("it holds a lone surrogate U+%04X at character %d, which is not text", (int) c, i + 1);
            }
        }
        return null;
    }

    /**
     * A value as a problem quotes it ({@link ProblemText#quote}), a lone surrogate shown as its escape so that the
     * message itself is text.
     */
    static String quote(String value) {
        String quoted = ProblemText.quote(value);
        StringBuilder text = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < quoted.length() && Character.isLowSurrogate(quoted.charAt(i + 1))) {
                text.append(c).append(quoted.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                text.append(String.format("\\u%04X", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /**
     * Why a dataset cannot hold this JSON value as an extra field, or null when it can: every string and field
     * name in it must be text within the loader's limits, and every number one the loader reads back.
     */
    static String unwritable(JsonNode node) {
        if (node.isTextual()) {
            return unwritable(node.textValue());
        }
        if (node.isNumber()) {
            boolean finite = !node.isFloatingPointNumber() || Double.isFinite(node.doubleValue());
            return finite && node.asText().length() <= DatasetLoader.MAX_NUMBER_LENGTH ? null
                    : "the number " + ProblemText.quote(node.asText()) + " is beyond what a dataset holds";
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String problem = field.getKey().length() > DatasetLoader.MAX_NAME_LENGTH
                    ? "a field name is longer than " + DatasetLoader.MAX_NAME_LENGTH + " characters"
                    : unwritable(field.getKey());
            if (problem == null) {
                problem = unwritable(field.getValue());
            }
            if (problem != null) {
                return problem;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                String problem = unwritable(element);
                if (problem != null) {
                    return problem;
                }
            }
        }
        return null;
    }

    /** A dataset's title from the names of its input files: "ACLED events: a.csv, b.csv", kept short. */
    static String titleOf(String prefix, List<Path> inputs) {
        StringJoiner names = new StringJoiner(", ", prefix, "");
        inputs.forEach(input -> names.add(String.valueOf(input.getFileName())));
        return shortened(names.toString(), 1000);
    }

    /**
     * A label made of values (a title, a place name) kept short: cut to {@code max} characters with an
     * ellipsis, never between the two halves of a surrogate pair.
     */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).strip() + "\u2026";
    }
}
