package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** What is done with one row of an answer. */
@FunctionalInterface
interface RowReader {
    void read(ResultSet row) throws SQLException;
}
