package org.entente.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a user types to reach a Trino server is checked before anything is sent, and the password never shows. */
class TrinoConnectionTest {

    @Test
    void aServerIsAnHttpOrHttpsUrlWithAHostAndNothingElse() {
        for (String bad : List.of("ftp://host:21", "host:8080", "http://", "http://user:pw@host:8080",
                "http://host:8080/hive/default", "http://host:8080?SSL=false", "jdbc:trino://host:8080", "not a url")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> TrinoConnection.of(bad, "hive", "gdelt", "me", null), bad);
            assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
        }
        assertEquals("jdbc:trino://trino.example.org:8443",
                TrinoConnection.of("https://trino.example.org:8443/", "hive", "gdelt", "me", null).jdbcUrl());
        assertEquals("jdbc:trino://trino.example.org:443",
                TrinoConnection.of("https://trino.example.org", "hive", "gdelt", "me", null).jdbcUrl());
        assertEquals("jdbc:trino://localhost:80", TrinoConnection.of("http://localhost", "hive", "gdelt", "me", null).jdbcUrl());
    }

    @Test
    void catalogSchemaAndUserAreNeeded() {
        assertThrows(IllegalArgumentException.class, () -> TrinoConnection.of("http://h:8080", " ", "gdelt", "me", null));
        assertThrows(IllegalArgumentException.class, () -> TrinoConnection.of("http://h:8080", "hive", null, "me", null));
        assertThrows(IllegalArgumentException.class, () -> TrinoConnection.of("http://h:8080", "hive", "gdelt", "", null));
        TrinoConnection folded = TrinoConnection.of("http://h:8080", " Hive ", "GDELT", "me", null);
        assertEquals("hive", folded.catalog());
        assertEquals("gdelt", folded.schema());
    }

    @Test
    void thePasswordGoesOnlyToTheDriverAndNeverIntoText() {
        char[] password = "s3cret-word".toCharArray();
        TrinoConnection where = TrinoConnection.of("https://h:8443", "hive", "gdelt", "me", password);
        assertFalse(where.toString().contains("s3cret"), where.toString());
        assertTrue(where.toString().contains("with a password"));
        assertEquals("s3cret-word", where.properties(true).getProperty("password"));
        assertEquals("true", where.properties(true).getProperty("SSL"));
        assertEquals("false", where.properties(false).getProperty("SSL"));
        assertNull(TrinoConnection.of("https://h:8443", "hive", "gdelt", "me", new char[0]).properties(true)
                .getProperty("password"));
    }

    @Test
    void aNameNotOnTheServerIsRefusedNamingThoseThatAre() {
        IOException refused = assertThrows(IOException.class,
                () -> TrinoNames.present("catalog", "hvie", "http://h:8080", Set.of("system", "hive")));
        assertEquals("http://h:8080 has no catalog \"hvie\" (it has: hive, system)", refused.getMessage());
        IOException injected = assertThrows(IOException.class,
                () -> TrinoNames.present("schema", "gdelt; DROP TABLE events", "hive", Set.of("gdelt")));
        assertTrue(injected.getMessage().startsWith("hive has no schema"), injected.getMessage());
        assertDoesNotThrow(() -> TrinoNames.present("catalog", "hive", "http://h:8080", Set.of("hive")));
    }

    @Test
    void aSchemaWithoutEveryTableOfAStoreIsNotAStore() throws IOException {
        Set<String> tables = new HashSet<>(StoreTables.NAMES);
        TrinoNames.tables("hive.gdelt", tables);
        tables.remove("day_counts");
        tables.remove("meta");
        IOException refused = assertThrows(IOException.class, () -> TrinoNames.tables("hive.gdelt", tables));
        assertEquals("hive.gdelt is not an Entente store: it lacks the tables meta, day_counts", refused.getMessage());
    }
}
