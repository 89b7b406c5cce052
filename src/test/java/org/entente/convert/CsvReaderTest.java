package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static List<CsvReader.Row> rows(String text, int longest) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text), longest);
        List<CsvReader.Row> rows = new ArrayList<>();
        for (CsvReader.Row row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndARecordKeepsItsFirstLine() throws IOException {
        List<CsvReader.Row> rows = rows("\uFEFFa,b\r\n\"x, \"\"y\"\"\r\nz\",2\r\n\r\nlast,\"\"\rcr,only\n", 100);

        assertEquals(List.of("a", "b"), rows.get(0).fields(), "the byte order mark is not part of the first name");
        assertEquals(List.of("x, \"y\"\r\nz", "2"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(List.of("last", ""), rows.get(2).fields());
        assertEquals(5, rows.get(2).line(), "the blank line is counted, not returned");
        assertEquals(List.of("cr", "only"), rows.get(3).fields());
        assertEquals(6, rows.get(3).line(), "a lone CR ends a line too");
        assertEquals(4, rows.size());
    }

    @Test
    void strayQuotesAreKeptAsTheyStand() throws IOException {
        assertEquals(List.of("ab\"c", "\"q\"x"), rows("ab\"c,\"\"\"q\"\"\"x\n", 100).get(0).fields());
    }

    @Test
    void anUnclosedQuoteAndAnOverlongRecordAreProblemsAtTheirFirstLine() throws IOException {
        List<CsvReader.Row> rows = rows("1234567890,x\nok,1\n\"open\nmore\n", 10);

        assertEquals(1, rows.get(0).line());
        assertEquals(List.of(), rows.get(0).fields());
        assertEquals("the record is 12 characters long, more than the 10 a record may have; it was skipped",
                rows.get(0).problem());
        assertNull(rows.get(1).problem());
        assertEquals(3, rows.get(2).line());
        assertEquals("a quoted field opened on this line is never closed; the rest of the file was skipped",
                rows.get(2).problem());
    }

    @Test
    void lineReaderCountsLinesAndRefusesOnesPastItsLimit() throws IOException {
        LineReader lines = new LineReader(new StringReader("one\r\ntwo-too-long\rthree"), 5);

        assertEquals("one", lines.next());
        assertEquals(1, lines.number());
        assertEquals(LineReader.TOO_LONG, lines.next());
        assertEquals("three", lines.next());
        assertEquals(3, lines.number());
        assertNull(lines.next());
    }
}
