package org.entente.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What is done with one row of an answer. */
@FunctionalInterface
interface RowReader {
    void read(ResultSet row) throws SQLException;

    /** A column of text selected as its UTF-8 bytes ({@link SqlDialect#utf8}), or null. */
    static String text(ResultSet row, int column) throws SQLException {
        byte[] bytes = row.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }
}
