package org.entente.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validates the seed dataset against the entente/1 JSON Schema, and checks the schema rejects invalid documents. */
class SeedSchemaTest {

    static final Path SCHEMA = Path.of("data/entente.schema.json");
    static final Path SEED = Path.of("data/dprk-china-russia-2025.json");
    static final ObjectMapper MAPPER = new ObjectMapper();

    static JsonSchema schema;
    static JsonNode seed;

    @BeforeAll
    static void load() throws IOException {
        JsonNode schemaNode = MAPPER.readTree(Files.readString(SCHEMA));
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
        seed = MAPPER.readTree(Files.readString(SEED));
    }

    @Test
    void schemaDeclaresDraft202012() throws IOException {
        JsonNode schemaNode = MAPPER.readTree(Files.readString(SCHEMA));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schemaNode.path("$schema").asText());
        assertEquals("https://entente.org/schema/entente-1.json", schemaNode.path("$id").asText());
    }

    @Test
    void seedIsValid() {
        Set<ValidationMessage> messages = schema.validate(seed);
        assertTrue(messages.isEmpty(), () -> "validation messages: " + messages);
    }

    @Test
    void minimalDocumentIsValid() throws IOException {
        JsonNode doc = MAPPER.readTree("{\"format\":\"entente/1\",\"title\":\"t\"}");
        assertTrue(schema.validate(doc).isEmpty());
    }

    @Test
    void unknownFieldsAreAllowed() {
        assertValid(d -> {
            d.put("x-editor", "someone");
            ((ObjectNode) arr(d, "events").get(0)).put("x-note", "kept by the app");
            ((ObjectNode) arr(d, "actors").get(0)).putObject("x-extra").put("a", 1);
        });
    }

    @Test
    void missingFormatIsRejected() {
        assertInvalid(d -> d.remove("format"));
    }

    @Test
    void wrongFormatIsRejected() {
        assertInvalid(d -> d.put("format", "entente/2"));
    }

    @Test
    void missingTitleIsRejected() {
        assertInvalid(d -> d.remove("title"));
    }

    @Test
    void badReliabilityIsRejected() {
        assertInvalid(d -> ((ObjectNode) arr(d, "sources").get(0)).put("reliability", "G"));
    }

    @Test
    void toneOutOfRangeIsRejected() {
        assertInvalid(d -> ((ObjectNode) arr(d, "events").get(0)).put("tone", 11));
        assertInvalid(d -> ((ObjectNode) arr(d, "relations").get(0)).put("tone", -10.5));
    }

    @Test
    void credibilityOutOfRangeIsRejected() {
        assertInvalid(d -> firstCitation(d).put("credibility", 7));
        assertInvalid(d -> firstCitation(d).put("credibility", 2.5));
    }

    @Test
    void badActorKindIsRejected() {
        assertInvalid(d -> ((ObjectNode) arr(d, "actors").get(0)).put("kind", "country"));
    }

    @Test
    void badCountryCodeIsRejected() {
        assertInvalid(d -> ((ObjectNode) arr(d, "actors").get(0)).put("country", "KP"));
    }

    @Test
    void latitudeOutOfRangeIsRejected() {
        assertInvalid(d -> ((ObjectNode) arr(d, "events").get(0).get("location")).put("lat", 91));
    }

    @Test
    void missingRequiredFieldsAreRejected() {
        assertInvalid(d -> ((ObjectNode) arr(d, "events").get(0)).remove("participants"));
        assertInvalid(d -> ((ObjectNode) arr(d, "events").get(0)).remove("when"));
        assertInvalid(d -> ((ObjectNode) arr(d, "actors").get(0)).remove("kind"));
        assertInvalid(d -> ((ObjectNode) arr(d, "relations").get(0)).remove("to"));
        assertInvalid(d -> firstCitation(d).remove("source"));
        assertInvalid(d -> ((ObjectNode) arr(d, "sources").get(0)).put("id", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-45x", "2025-13", "25", "2025-09-32", "/", "2025//2026", "September 2025", "2025-9-3"})
    void badDatesAreRejected(String when) {
        assertInvalid(d -> ((ObjectNode) arr(d, "events").get(0)).put("when", when));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-09", "2025-09-03", "2025-09-03T10:00", "2025-09-03T10:00:00Z",
        "2025-09-03T10:00:00+09:00", "2025-10-09/2025-10-11", "2011/..", "../2019", "2025?", "2025-10-07~",
        "2004-06-11%", "197X", "19XX", "197X/198X", "-0500", "Y170000002", "2025-21", "2023~/..", "/2019", "2019/"})
    void edtfDatesAreAccepted(String when) {
        assertValid(d -> ((ObjectNode) arr(d, "events").get(0)).put("when", when));
    }

    @Test
    void membershipWhenMustBeAnInterval() {
        assertInvalid(d -> ((ObjectNode) arr(d, "actors").get(0).get("memberships").get(0)).put("when", "2011"));
    }

    private static ArrayNode arr(ObjectNode d, String field) {
        return (ArrayNode) d.get(field);
    }

    private static ObjectNode firstCitation(ObjectNode d) {
        return (ObjectNode) arr(d, "events").get(0).get("citations").get(0);
    }

    private static void assertValid(Consumer<ObjectNode> change) {
        ObjectNode copy = seed.deepCopy();
        change.accept(copy);
        Set<ValidationMessage> messages = schema.validate(copy);
        assertTrue(messages.isEmpty(), () -> "expected valid, got: " + messages);
    }

    private static void assertInvalid(Consumer<ObjectNode> change) {
        ObjectNode copy = seed.deepCopy();
        change.accept(copy);
        assertFalse(schema.validate(copy).isEmpty(), "expected the schema to reject the document");
    }
}
