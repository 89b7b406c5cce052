package org.entente.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TabFieldsTest {
    @Test
    void shortDecimalsReadAsParseDoubleReadsThem() {
        Random random = new Random(16);
        TabFields fields = new TabFields(1);
        for (int i = 0; i < 200_000; i++) {
            String sign = random.nextInt(4) == 0 ? "-" : random.nextInt(8) == 0 ? "+" : "";
            String digits = Long.toString(Math.abs(random.nextLong()) % (long) Math.pow(10, 1 + random.nextInt(15)));
            int point = random.nextInt(digits.length() + 1);
            String value = sign + digits.substring(0, point) + "." + digits.substring(point);
            byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
            fields.split(bytes, 0, bytes.length);
            assertEquals(Double.parseDouble(value), fields.plainDecimal(0), value);
        }
    }

    @Test
    void anythingButAPlainValueIsLeftToTheTextReaders() {
        TabFields fields = new TabFields(8);
        byte[] row = " 5\tNA\t1e3\t12345678901234567\t\t-\t0042\té".getBytes(StandardCharsets.UTF_8);
        fields.split(row, 0, row.length);
        assertEquals(8, fields.count());
        assertEquals(Double.NaN, fields.plainDecimal(0));
        assertEquals(-1, fields.plainCount(0));
        assertEquals("5", fields.text(0));
        assertEquals("", fields.text(1));
        assertEquals(Double.NaN, fields.plainDecimal(2));
        assertEquals(Double.NaN, fields.plainDecimal(3), "more digits than a double holds exactly");
        assertEquals(-1, fields.plainCount(4));
        assertEquals(Double.NaN, fields.plainDecimal(5));
        assertEquals(42, fields.plainCount(6));
        assertEquals("é", fields.text(7));
    }

    @Test
    void fieldsSplitAtTabsOnlyWhateverBytesSurroundThem() {
        String text = "a\t\bb\t\t\u0008\u0008\tlonger field of text\t\u00e9\t\b";
        TabFields fields = new TabFields(10);
        byte[] row = text.getBytes(StandardCharsets.UTF_8);
        fields.split(row, 0, row.length);
        String[] expected = text.split("\t", -1);
        assertEquals(expected.length, fields.count());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], fields.raw(i));
        }
    }

    @Test
    void linesEndAsReadLineEndsThemHoweverLong() throws IOException {
        String longer = "x".repeat(150_000);
        String text = "a\tb\r\nc\rd\n\u000b\n\re\r\u000c\r\n" + longer + "\r\n" + longer + "\rlast";
        List<String> expected = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new StringReader(text));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            expected.add(line);
        }
        GdeltLines lines = new GdeltLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        List<String> read = new ArrayList<>();
        while (lines.next()) {
            read.add(new String(lines.bytes(), lines.start(), lines.end() - lines.start(), StandardCharsets.UTF_8));
        }
        assertEquals(expected, read);
    }
}
