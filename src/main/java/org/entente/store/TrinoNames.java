package org.entente.store;

import java.io.IOException;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the names a user typed against the engine's own metadata before any statement names them: the
 * catalog among the server's catalogs, the schema among the catalog's, and the store's tables among the
 * schema's. The lists come from the driver's metadata calls, which pass the names as values, so a name
 * that is not there is refused, in one line, before it could reach a statement.
 */
final class TrinoNames {
    private TrinoNames() {
    }

    static void check(DatabaseMetaData metadata, TrinoConnection connection) throws SQLException, IOException {
        String where = connection.server().toString();
        present("catalog", connection.catalog(), where, column(metadata.getCatalogs(), "TABLE_CAT"));
        present("schema", connection.schema(), where + " catalog " + connection.catalog(),
                column(metadata.getSchemas(connection.catalog(), null), "TABLE_SCHEM"));
        tables(connection.catalog() + "." + connection.schema(),
                column(metadata.getTables(connection.catalog(), connection.schema(), null, null), "TABLE_NAME"));
    }

    /** Refuses a name that is not among those present, saying which are. */
    static void present(String what, String name, String where, Collection<String> present) throws IOException {
        if (!present.contains(name)) {
            throw new IOException(where + " has no " + what + " \"" + name + "\" (it has: "
                    + String.join(", ", new TreeSet<>(present)) + ")");
        }
    }

    /** Refuses a schema that lacks any of a store's tables, naming them. */
    static void tables(String schema, Set<String> present) throws IOException {
        List<String> missing = new ArrayList<>(StoreTables.NAMES);
        missing.removeAll(present);
        if (!missing.isEmpty()) {
            throw new IOException(schema + " is not an Entente store: it lacks the tables " + String.join(", ", missing));
        }
    }

    private static Set<String> column(ResultSet rows, String column) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (rows) {
            while (rows.next()) {
                values.add(rows.getString(column));
            }
        }
        return values;
    }
}
