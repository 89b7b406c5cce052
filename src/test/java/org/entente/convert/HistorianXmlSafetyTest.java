package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken XML: refused or reported on one located line, never fetched, expanded, crashed on or hung on. */
class HistorianXmlSafetyTest {
    private static final String TRIP = """
            <trip role="president" who="x"><id>1</id><role>president</role><name>%s</name>
            <start-date>1950-01-01</start-date><country id="%s">Canada</country><remarks>%s</remarks></trip>
            """;

    @TempDir
    Path dir;

    private ConvertedDataset convert(String xml) throws IOException {
        Path file = Files.writeString(dir.resolve("in.xml"), xml, StandardCharsets.UTF_8);
        return ConvertedDataset.convert(new HistorianImporter(), dir, file);
    }

    private static void assertOneLineEach(List<ImportProblem> problems) {
        for (ImportProblem problem : problems) {
            assertFalse(problem.format().contains("\n") || problem.format().contains("\r"), problem.format());
            assertTrue(problem.message().length() < 600, problem.message());
        }
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-WORDS");
        ConvertedDataset converted = convert("""
                <?xml version="1.0"?>
                <!DOCTYPE trips [ <!ENTITY x SYSTEM "%s"> ]>
                <trips>%s</trips>
                """.formatted(secret.toUri(), TRIP.formatted("&x;", "canada", "")));

        assertEquals(1, converted.report().problems().size(), converted.report().problems()::toString);
        ImportProblem problem = converted.report().problems().get(0);
        assertEquals(2, problem.line());
        assertTrue(problem.message().startsWith("the file has a DOCTYPE"), problem.message());
        assertEquals(0, converted.dataset().events().size());
        assertFalse(Files.readString(dir.resolve("converted.json")).contains("TOP-SECRET"));
    }

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ConvertedDataset converted = convert("""
                    <?xml version="1.0"?>
                    <!DOCTYPE trips SYSTEM "http://127.0.0.1:%d/evil.dtd">
                    <trips/>
                    """.formatted(server.getLocalPort()));

            assertTrue(converted.report().problems().get(0).message().startsWith("the file has a DOCTYPE"));
            server.setSoTimeout(200);
            boolean connected;
            try (var ignored = server.accept()) {
                connected = true;
            } catch (SocketTimeoutException e) {
                connected = false;
            }
            assertFalse(connected, "the parser asked for the DTD");
        }
    }

    @Test
    void nestedEntityExpansionIsRefusedAtOnce() {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE trips [" + entities + "]>\n<trips>"
                + TRIP.formatted("&lol9;", "canada", "&lol9;") + "</trips>";

        ConvertedDataset converted = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> convert(bomb));

        assertEquals(List.of(2L), converted.problemLines());
        assertTrue(converted.report().problems().get(0).message().contains("DTDs and entities are never read"));
        assertEquals(0, converted.dataset().events().size());
    }

    @Test
    void anUndeclaredEntityWithoutADoctypeIsMalformedXml() throws IOException {
        ConvertedDataset converted = convert("<trips>\n" + TRIP.formatted("&x;", "canada", "") + "</trips>");

        assertEquals(List.of(2L), converted.problemLines(), converted.report().problems()::toString);
        assertTrue(converted.report().problems().get(0).message().startsWith("malformed XML"));
        assertOneLineEach(converted.report().problems());
    }

    @Test
    void malformedXmlIsReportedAtItsLineAndTheRecordsBeforeItAreKept() throws IOException {
        ConvertedDataset converted = convert("<trips>\n" + TRIP.formatted("A", "canada", "") + "<trip><id>2</oops>\n");

        assertEquals(1, converted.dataset().events().size());
        assertEquals(List.of(4L), converted.problemLines(), converted.report().problems()::toString);
        assertTrue(converted.report().problems().get(0).message().endsWith("the rest of the file was skipped"));
        assertOneLineEach(converted.report().problems());
    }

    @Test
    void aFileOfAnotherKindIsSkippedWithAProblem() throws IOException {
        ConvertedDataset converted = convert("<html>\n<body/></html>");

        assertEquals("not an Office of the Historian file: the root element is <html>, expected <trips> or <visits>;"
                + " the file was skipped", converted.report().problems().get(0).message());
    }

    @Test
    void anOverlongValueIsLeftOutAndAProblemQuotesAtMost200Characters() throws IOException {
        String longSlug = "x".repeat(10_000);
        String longRemarks = "y".repeat(HistorianReader.MAX_VALUE + 10);
        ConvertedDataset converted = convert("<trips>\n" + TRIP.formatted("A", longSlug, longRemarks) + "</trips>");

        List<ImportProblem> problems = converted.report().problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("\"" + "x".repeat(200) + "… (9800 more characters)\""),
                problems.get(0).message());
        assertFalse(problems.get(0).message().contains("x".repeat(201)));
        assertTrue(problems.get(1).message().contains("<remarks> is longer than"), problems.get(1).message());
        assertNull(converted.dataset().events().get(0).summary());
        assertOneLineEach(problems);
    }

    @Test
    void anyCutOfARealFileConvertsToADatasetThatLoadsClean() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("src/test/resources/convert/historian/visits/1950.xml"));
        for (int end = 0; end < whole.length; end += 53) {
            byte[] cut = Arrays.copyOf(whole, end);
            ConvertedDataset converted = convert(new String(cut, StandardCharsets.UTF_8) + "\u0000<&]]>");
            assertOneLineEach(converted.report().problems());
        }
    }
}
