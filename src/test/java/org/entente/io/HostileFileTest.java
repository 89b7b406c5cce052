package org.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.entente.model.Event;
import org.entente.text.ProblemText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made to break the loader (found by fuzzing): each gives a located, one-line, short problem, fast. */
class HostileFileTest {
    private static final String TWO_EVENTS = """
            {"format": "entente/1", "title": "T", "sources": [{"id": "s1", "title": "S"}],
             "actors": [{"id": "a1", "name": "Alpha", "kind": "state"}],
             "events": [{"id": "e1", "title": "One", "when": "2025", "participants": [{"actor": "a1"}],
                         "citations": [{"source": "s1", "credibility": %s}]},
                        {"id": "e2", "title": "%s", "when": "%s", "participants": [{"actor": "a1"}]}]}
            """;

    @TempDir
    Path dir;

    private LoadResult load(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("hostile.json"), bytes);
        return new DatasetLoader(LoadMode.LENIENT).load(file);
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(text.getBytes(charset));
        return out.toByteArray();
    }

    @Test
    void aUtf32FileIsRefusedAtItsStartSayingToSaveItAsUtf8() throws IOException {
        String json = TWO_EVENTS.formatted("2", "Two", "2025");
        for (byte[] bytes : List.of(withBom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, json, Charset.forName("UTF-32BE")),
                withBom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, json, Charset.forName("UTF-32LE")),
                withBom(new byte[0], json, Charset.forName("UTF-32BE")),
                withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, json, StandardCharsets.UTF_16BE))) {
            LoadResult result = load(bytes);
            assertEquals(1, result.errorCount());
            Problem problem = result.problems().get(0);
            assertTrue(problem.message().contains("UTF-") && problem.message().contains("save it as UTF-8"),
                    problem.format());
            assertEquals(1, problem.line());
        }
        byte[] cut = withBom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, json, Charset.forName("UTF-32BE"));
        LoadResult cutShort = load(java.util.Arrays.copyOf(cut, cut.length - 3));
        assertTrue(cutShort.problems().get(0).message().contains("UTF-32"), cutShort.problems().get(0).format());
    }

    @Test
    void anIntegerBeyondALongIsOutOfRangeWhereItStandsAndReadingGoesOn() throws IOException {
        LoadResult result = load(TWO_EVENTS.formatted("123456789012345678901234567890", "Two", "2025")
                .getBytes(StandardCharsets.UTF_8));
        Problem problem = result.problems().get(0);
        assertTrue(problem.message().startsWith("value out of range: credibility is 123456789012345678901234567890"),
                problem.format());
        assertEquals(4, problem.line(), "the line of the citation");
        assertEquals(List.of("e2"), result.dataset().orElseThrow().events().stream().map(Event::id).toList(),
                "the record in error is skipped, as with any value out of range, and the rest of the file is read");
    }

    @Test
    void aYearOfAMillionDigitsIsOutOfRangeAtOnceAndQuotedShort() {
        String year = "Y1" + "0".repeat(1_000_000);
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> load(TWO_EVENTS.formatted("2", "Two", year).getBytes(StandardCharsets.UTF_8)));
        Problem problem = result.problems().get(0);
        assertTrue(problem.message().contains("outside the supported range"), problem.format());
        assertTrue(problem.message().length() <= ProblemText.LONGEST, "the year is quoted short: " + problem.message().length());
    }

    @Test
    void aSetOfTwoHundredThousandDatesReadsInLinearTime() {
        StringBuilder set = new StringBuilder("{");
        for (int i = 0; i < 200_000; i++) {
            set.append(i == 0 ? "" : ",").append(1000 + i % 1000);
        }
        set.append('}');
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> load(TWO_EVENTS.formatted("2", "Two", set).getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, result.errorCount(), () -> result.problems().toString());
    }

    @Test
    void aProblemStaysOnOneLineAndShortWhateverTheValue() throws IOException {
        String title = "line one\\nline two " + "x".repeat(100_000);
        LoadResult result = load(TWO_EVENTS.formatted("2", title, "not a date").getBytes(StandardCharsets.UTF_8));
        for (Problem problem : result.problems()) {
            assertFalse(problem.format().contains("\n"), problem.format());
            assertTrue(problem.message().length() <= ProblemText.LONGEST, problem.message());
        }
        assertEquals("a\\nb\\u0000c", ProblemText.oneLine("a\nb\u0000c"));
    }
}
