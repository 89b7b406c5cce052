package org.entente.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * Cells of a CSV file as RFC 4180 writes them, row by row, with CRLF line ends. A text cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return gets a leading {@code '}, so
 * that a spreadsheet shows it as text instead of running it as a formula; numeric cells are made from
 * numbers, cannot hold a formula, and are left bare so that a spreadsheet can sum them.
 */
final class CsvCells {
    private static final String LINE_END = "\r\n";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private boolean rowStarted;

    CsvCells(Writer out) {
        this.out = out;
    }

    /** A row of text cells, such as a header. */
    void row(Iterable<String> texts) throws IOException {
        for (String text : texts) {
            text(text);
        }
        endRow();
    }

    /** A text cell; null is an empty cell. */
    void text(String value) throws IOException {
        cell(value == null ? "" : quoted(guarded(value)));
    }

    /** A number as people write it, without exponent or trailing zeros; NaN (absent) is an empty cell. */
    void number(double value) throws IOException {
        cell(Double.isNaN(value) ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }

    void endRow() throws IOException {
        out.write(LINE_END);
        rowStarted = false;
    }

    private void cell(String written) throws IOException {
        if (rowStarted) {
            out.write(',');
        }
        out.write(written);
        rowStarted = true;
    }

    private static String guarded(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String quoted(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }
}
