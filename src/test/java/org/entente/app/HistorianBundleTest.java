package org.entente.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.entente.io.DatasetLoader;
import org.entente.io.LoadMode;
import org.entente.io.LoadResult;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second bundled dataset: the Office of the Historian's travels and visits, converted by the command the README gives. */
class HistorianBundleTest {
    private static final Path BUNDLED = Path.of("data/us-diplomatic-travels.json.gz");
    private static final Path SHARED = Path.of("../shared/data/historyatstate");
    private static final Pattern COMMAND = Pattern.compile("java -jar target/entente\\.jar (convert --from historian .*)");
    private static final Pattern WORD = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    /** The arguments of the conversion command the README documents, as a shell would split them. */
    private static List<String> documentedArguments() throws IOException {
        Matcher line = COMMAND.matcher(Files.readString(Path.of("README.md")));
        assertTrue(line.find(), "the README gives the command that makes " + BUNDLED);
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(line.group(1).replaceFirst("`.*$", ""));
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }

    @Test
    void theDocumentedCommandReproducesTheBundledDatasetByteForByte(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "no ../shared/data/historyatstate");
        List<String> arguments = documentedArguments();
        int out = arguments.indexOf("--out");
        assertEquals(BUNDLED.toString(), arguments.get(out + 1));
        Path again = dir.resolve("again.json.gz");
        arguments.set(out + 1, again.toString());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int code = Cli.run(arguments.toArray(String[]::new), new PrintStream(printed, true, StandardCharsets.UTF_8),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertEquals(0, code, printed.toString(StandardCharsets.UTF_8));
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("7535 events, 1767 actors, 71 sources; 0 problems."),
                printed.toString(StandardCharsets.UTF_8));
        assertArrayEquals(Files.readAllBytes(BUNDLED), Files.readAllBytes(again),
                "converting the shared files again gives other bytes: run the README's command and commit the result");
    }

    @Test
    void theBundledDatasetLoadsCleanStatesItsOriginAndMatchesTheSchema() throws IOException {
        LoadResult result = new DatasetLoader(LoadMode.STRICT).load(BUNDLED);
        assertEquals(List.of(), result.problems());
        Dataset d = result.dataset().orElseThrow();
        assertTrue(d.description().contains("HistoryAtState/travels (commit 3170c77)")
                && d.description().contains("HistoryAtState/visits (commit 869ca4f)")
                && d.description().contains("public domain") && d.description().contains("CC0"), d.description());

        Event biden = d.event("trip-4113").orElseThrow();
        assertEquals("Joseph R. Biden to United Kingdom", biden.title());
        assertEquals("London, Cornwall", biden.location().name());
        assertEquals("\"travels/president-travels/biden-joseph-r.xml\"",
                d.source(biden.citations().get(0).source()).orElseThrow().extras().fields().get("x-historian-file"));

        JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("data/entente.schema.json")));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(BUNDLED))) {
            JsonNode dataset = new ObjectMapper().readTree(in);
            assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(dataset));
        }
    }
}
