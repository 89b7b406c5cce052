package org.entente.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file of the corpus is a small valid dataset with one defect. Validating it must give exactly one
 * error, at the right line, column and JSON path, with a message that says what was expected. Records
 * that depend on a broken one may add warnings saying they were skipped, never more errors.
 */
class BadFileCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/corpus/bad");

    static Stream<Arguments> corpus() {
        return Stream.of(
                Arguments.of("malformed-json", 4, 3, "/title", "malformed JSON: Unexpected character"),
                Arguments.of("wrong-type", 12, 28, "/events/0/title", "wrong type: expected a string for the event's title, found a number"),
                Arguments.of("missing-field", 12, 5, "/events/0", "missing required field \"when\": an event needs id, title, when, participants"),
                Arguments.of("unknown-actor", 13, 71, "/events/0/participants/1/actor", "unknown actor \"a9\": no actor in /actors has this id"),
                Arguments.of("unknown-source", 14, 34, "/events/0/citations/0/source", "unknown source \"s9\": no source in /sources has this id"),
                Arguments.of("duplicate-id", 10, 13, "/actors/2/id", "duplicate id \"a1\": an earlier actor has it"),
                Arguments.of("invalid-date", 12, 53, "/events/0/when", "invalid date \"2025-13-09\": month 13"),
                Arguments.of("period-invalid-date", 21, 55, "/periods/1/when", "invalid date \"2025-12-32/2026-02\": day 32"),
                Arguments.of("end-before-start", 12, 59, "/events/0/when", "end before start: "),
                Arguments.of("unknown-format", 2, 13, "/format", "unknown format version \"entente/2\": this version of Entente reads \"entente/1\""),
                Arguments.of("out-of-range", 17, 73, "/relations/0/tone", "value out of range: tone is 12, expected -10 to 10"),
                Arguments.of("bad-reliability", 5, 55, "/sources/0/reliability", "value out of range: reliability \"G\""),
                Arguments.of("bad-actor-kind", 9, 43, "/actors/1/kind", "actor kind \"country\", expected one of person, state, organization, group, other"),
                Arguments.of("empty-id", 12, 13, "/events/0/id", "invalid id: expected a non-empty string"),
                Arguments.of("top-level-array", 1, 1, "", "expected a JSON object (an entente/1 dataset) at the top level, found an array"),
                Arguments.of("trailing-content", 20, 1, "", "unexpected content after the dataset's closing brace"),
                Arguments.of("truncated", 16, 3, "/events", "malformed JSON: Unexpected end-of-input"),
                Arguments.of("empty", 1, 1, "", "the file is empty"),
                Arguments.of("too-deep", 17, 137,
                        "/relations/0/nested" + "/0".repeat(DatasetLoader.MAX_NESTING_DEPTH - 3), "value too large for a safe load: values nested deeper than 64 levels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachDefectGivesOneClearError(String name, int line, int column, String path, String message) {
        Path file = CORPUS.resolve(name + ".json");
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(file);

        List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
        assertEquals(1, errors.size(), () -> "expected one error, got " + result.problems());
        Problem error = errors.get(0);
        assertTrue(error.message().contains(message), () -> "message was: " + error.message());
        assertEquals(path, error.path(), "JSON path");
        assertEquals(line + ":" + column, error.line() + ":" + error.column(), "line:column");
        assertEquals(file.toString(), error.file());
        assertTrue(result.dataset().isEmpty(), "strict mode refuses a file with errors");
    }
}
