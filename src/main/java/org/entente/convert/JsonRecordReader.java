package org.entente.convert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the records (JSON objects) of a file that is either JSON — an array of records, or records one after
 * another — or JSON Lines, one record a line. JSON Lines is read line by line, so a malformed line is reported
 * and the next one read; in JSON, malformed text ends the reading of the file, since nothing after it can be
 * trusted. A file is taken as JSON Lines when its first line is a whole object, <code>{…}</code> (or longer
 * than the first 64 KiB, which no pretty-printed object's first line is). Every record
 * and problem comes with its line and column. Limits keep a hostile file from filling the heap: records nest
 * at most {@link #DEEPEST} deep, and a string or a line longer than {@link #LONGEST_READ} characters is
 * reported, not read.
 */
final class JsonRecordReader {
    static final int DEEPEST = 32;
    static final int LONGEST_READ = 16 << 20;
    private static final int SNIFFED = 1 << 16;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(DEEPEST)
                    .maxStringLength(LONGEST_READ).maxNumberLength(100).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /** Receives each record read, with where it starts. */
    interface Records {
        void record(long line, long column, JsonNode record);
    }

    /** Receives each problem, with where it is. */
    interface Problems {
        void problem(long line, long column, String message);
    }

    private final Records records;
    private final Problems problems;
    private final ImportProgress progress;

    JsonRecordReader(Records records, Problems problems, ImportProgress progress) {
        this.records = records;
        this.problems = problems;
        this.progress = progress;
    }

    void read(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFFED);
        boolean lines = startsWithAWholeObjectLine(buffered);
        Reader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8);
        if (lines) {
            readLines(reader);
        } else {
            readDocument(reader);
        }
    }

    private static boolean startsWithAWholeObjectLine(BufferedInputStream in) throws IOException {
        in.mark(SNIFFED);
        byte[] start = in.readNBytes(SNIFFED);
        in.reset();
        String text = new String(start, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading();
        int end = text.indexOf('\n');
        // A pretty-printed object breaks its first line early; a first line longer than what was read is a record.
        return text.startsWith("{") && (end < 0 ? start.length == SNIFFED : text.substring(0, end).strip().endsWith("}"));
    }

    private void readDocument(Reader reader) throws IOException {
        JsonParser parser = FACTORY.createParser(reader);
        try (parser) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        element(parser);
                    }
                } else {
                    element(parser);
                }
            }
        } catch (JsonProcessingException e) {
            malformed(e, parser, 0, "; the rest of the file was skipped");
        }
    }

    private void element(JsonParser parser) throws IOException {
        ByteCountingInput.stopIfCancelled(progress);
        JsonLocation at = parser.currentTokenLocation();
        JsonNode node = MAPPER.readTree(parser);
        if (node != null && node.isObject()) {
            records.record(at.getLineNr(), at.getColumnNr(), node);
        } else {
            problems.problem(at.getLineNr(), at.getColumnNr(), "a record is a JSON object, not "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT))
                    + "; it was skipped");
        }
    }

    private void readLines(Reader reader) throws IOException {
        LineReader lines = new LineReader(reader, LONGEST_READ);
        for (String line = lines.next(); line != null; line = lines.next()) {
            ByteCountingInput.stopIfCancelled(progress);
            long number = lines.number();
            if (line == LineReader.TOO_LONG) {
                problems.problem(number, 1, "the line is longer than " + LONGEST_READ + " characters; it was skipped");
            } else if (!line.isBlank()) {
                readLine(number, line);
            }
        }
    }

    private void readLine(long number, String line) throws IOException {
        JsonParser parser = FACTORY.createParser(line);
        try (parser) {
            JsonToken first = parser.nextToken();
            JsonLocation at = parser.currentTokenLocation();
            JsonNode node = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                JsonLocation extra = parser.currentTokenLocation();
                problems.problem(number, extra.getColumnNr(), "more than one JSON value on a line of JSON Lines;"
                        + " the line was skipped");
            } else if (first == JsonToken.START_OBJECT) {
                records.record(number, at.getColumnNr(), node);
            } else {
                problems.problem(number, at.getColumnNr(), "a record is a JSON object; the line was skipped");
            }
        } catch (JsonProcessingException e) {
            malformed(e, parser, number - 1, "; the line was skipped");
        }
    }

    /**
     * Reports malformed JSON, or JSON past a limit, where it is (a limit's exception has no location: the
     * parser's is used); {@code lineOffset} turns a line of one line's text into the file's.
     */
    private void malformed(JsonProcessingException e, JsonParser parser, long lineOffset, String consequence) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        long line = at.getLineNr() + lineOffset;
        long column = at.getColumnNr();
        String message = e.getOriginalMessage();
        // Jackson adds where an unclosed object started, in its own terms (line 1 of a JSON Lines line): left out.
        int marker = message.indexOf(" (start marker at");
        problems.problem(line, column, "malformed JSON: " + (marker < 0 ? message : message.substring(0, marker))
                + consequence);
    }
}
