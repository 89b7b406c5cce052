package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.io.LoadResult;
import org.entente.model.Dataset;
import org.entente.query.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCsvWriterTest {
    @TempDir
    Path dir;

    @Test
    void theSeedGivesAHeaderAndOneRowPerEvent() throws IOException {
        Dataset seed = DatasetWriterTest.load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow();
        Path csv = dir.resolve("seed.csv");

        EventCsvWriter.write(seed, Filter.NONE, csv);
        List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));

        assertEquals(List.of("id", "when", "start", "end", "precision", "title", "kind", "summary", "location",
                "country", "lat", "lon", "participants", "tone", "tags", "codes", "sources", "quotes"), rows.get(0));
        assertEquals(23, seed.events().size());
        assertEquals(24, rows.size());
        rows.forEach(row -> assertEquals(18, row.size(), () -> "cells in " + row));
        Map<String, String> visit = byHeader(rows, "ev-li-qiang-visit-2025");
        assertEquals("2025-10-09/2025-10-11", visit.get("when"));
        assertEquals("2025-10-09T00:00:00Z", visit.get("start"));
        assertEquals("2025-10-12T00:00:00Z", visit.get("end"), "the end is exclusive");
        assertEquals("day", visit.get("precision"));
        assertEquals("Li Qiang (visitor); China (visitor); North Korea (host)", visit.get("participants"));
        assertEquals("cameo:042; cameo:043", visit.get("codes"));
        assertEquals("art-a", visit.get("sources"));
        assertEquals("3", visit.get("quotes"));
        assertEquals("4", visit.get("tone"));
        assertEquals("39.0392", visit.get("lat"));
    }

    @Test
    void aFilterKeepsOnlyItsEvents() throws IOException {
        Dataset seed = DatasetWriterTest.load(Path.of("data/dprk-china-russia-2025.json")).dataset().orElseThrow();
        Path csv = dir.resolve("parades.csv");

        EventCsvWriter.write(seed, Filter.NONE.withEventKinds(Set.of("parade")), csv);
        List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));

        assertEquals(3, rows.size());
        assertEquals("parade", byHeader(rows, "ev-pyongyang-parade-2025").get("kind"));
        assertEquals("parade", byHeader(rows, "ev-beijing-parade-2025").get("kind"));
    }

    @Test
    void commasQuotesAndNewlinesAreQuotedAndComeBackIntact() throws IOException {
        List<List<String>> rows = parse(writeOdd());
        Map<String, String> meeting = byHeader(rows, "e1");

        assertEquals("Meeting, \"quoted\"\nsecond line 👍", meeting.get("title"));
        assertEquals("He said \"stop\",\r\nthen left", meeting.get("summary"));
        assertEquals("t1; t,2", meeting.get("tags"));
        assertEquals("Kim \"The\" Leader (host); Party", meeting.get("participants"));
    }

    @Test
    void rowsEndWithCrLfAndQuotedLineBreaksStayAsWritten() throws IOException {
        String text = writeOdd();

        assertTrue(text.startsWith("id,when,start,end,"));
        assertTrue(text.endsWith("\r\n"));
        assertTrue(text.contains("\"Meeting, \"\"quoted\"\"\nsecond line 👍\""), text);
        assertFalse(text.startsWith("\uFEFF"), "no byte order mark");
    }

    @Test
    void textThatASpreadsheetWouldRunIsGuardedButNumbersAreNot() throws IOException {
        Map<String, String> formulas = byHeader(parse(writeOdd()), "=cmd|' /C calc'!A0");

        assertEquals("'=cmd|' /C calc'!A0", formulas.get("id"));
        assertEquals("'=HYPERLINK(\"http://evil\",\"x\")", formulas.get("title"));
        assertEquals("'+1+2", formulas.get("summary"));
        assertEquals("'-x", formulas.get("kind"));
        assertEquals("'@SUM(A1)", formulas.get("location"));
        assertEquals("'\tTAB", formulas.get("tags"));
        assertEquals("-2.5", formulas.get("tone"));
        assertEquals("-125.5", formulas.get("lon"));
        assertEquals("-33.25", formulas.get("lat"));
        assertEquals("a ='quoted' formula in the middle is fine", byHeader(parse(writeOdd()), "e3").get("title"));
    }

    @Test
    void openEndsAreEmpty() throws IOException {
        List<List<String>> rows = parse(writeOdd());
        Map<String, String> ongoing = byHeader(rows, "e2");
        Map<String, String> untilThen = byHeader(rows, "e3");

        assertEquals("1970-01-01T00:00:00Z", ongoing.get("start"));
        assertEquals("", ongoing.get("end"));
        assertEquals("", untilThen.get("start"));
        assertEquals("2021-01-01T00:00:00Z", untilThen.get("end"));
        assertEquals("", ongoing.get("tone"), "no tone is an empty cell");
        assertEquals("", ongoing.get("lat"));
        assertEquals("0", ongoing.get("quotes"));
    }

    private String writeOdd() throws IOException {
        Path json = dir.resolve("odd.json");
        Files.writeString(json, ODD_DATASET);
        LoadResult loaded = DatasetWriterTest.load(json);
        assertFalse(loaded.hasErrors(), () -> loaded.problems().toString());
        Path csv = dir.resolve("odd.csv");
        EventCsvWriter.write(loaded.dataset().orElseThrow(), Filter.NONE, csv);
        return Files.readString(csv, StandardCharsets.UTF_8);
    }

    private static Map<String, String> byHeader(List<List<String>> rows, String id) {
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.get(0).equals(id) || row.get(0).equals("'" + id)) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    cells.put(rows.get(0).get(i), row.get(i));
                }
                return cells;
            }
        }
        throw new AssertionError("no row for " + id);
    }

    /** A strict RFC 4180 reader: CRLF between rows, quotes only around whole cells. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
            }
            char c = text.charAt(i);
            if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                i++;
            } else if (text.startsWith("\r\n", i)) {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertFalse(c == '"' || c == '\n' || c == '\r', "unquoted special character at " + i);
                cell.append(c);
                i++;
            }
        }
        assertTrue(row.isEmpty() && cell.isEmpty(), "the last row ends with CRLF");
        return rows;
    }

    private static final String ODD_DATASET = """
            {
              "format": "entente/1",
              "title": "CSV corner cases",
              "sources": [{"id": "s1", "title": "Source"}],
              "actors": [
                {"id": "a1", "name": "Kim \\"The\\" Leader", "kind": "person"},
                {"id": "a2", "name": "Party", "kind": "organization"}
              ],
              "events": [
                {"id": "e1", "title": "Meeting, \\"quoted\\"\\nsecond line 👍", "when": "2025-10-10",
                 "summary": "He said \\"stop\\",\\r\\nthen left", "tags": ["t1", "t,2"],
                 "participants": [{"actor": "a1", "role": "host"}, {"actor": "a2"}],
                 "citations": [{"source": "s1", "quote": "q"}, {"source": "s1"}]},
                {"id": "=cmd|' /C calc'!A0", "title": "=HYPERLINK(\\"http://evil\\",\\"x\\")", "when": "2025",
                 "summary": "+1+2", "kind": "-x", "tags": ["\\tTAB"], "tone": -2.5,
                 "location": {"name": "@SUM(A1)", "lat": -33.25, "lon": -125.5}, "participants": []},
                {"id": "e2", "title": "Ongoing", "when": "1970/..", "participants": []},
                {"id": "e3", "title": "a ='quoted' formula in the middle is fine", "when": "../2020",
                 "participants": []}
              ]
            }
            """;
}
