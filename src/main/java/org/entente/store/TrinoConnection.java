package org.entente.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Properties;

/**
 * Where a store's tables sit on a Trino server, as a user gives it: the server's URL (http or https, no
 * path), the catalog and the schema, the user and a password. The password is the caller's array: it is
 * turned into text only for the driver while connecting, and {@link #toString} never shows it. Catalog
 * and schema are folded to lower case as Trino folds unquoted names; {@link TrinoStore#connect} checks
 * them against the server's own lists before any query names them.
 *
 * @param password null or empty for none; a password is only ever sent over TLS
 */
public record TrinoConnection(URI server, String catalog, String schema, String user, char[] password) {

    public TrinoConnection {
        if (server == null || server.getHost() == null
                || !("http".equals(server.getScheme()) || "https".equals(server.getScheme()))) {
            throw new IllegalArgumentException("a Trino server is an http:// or https:// URL with a host, not " + server);
        }
        if (server.getRawUserInfo() != null || server.getRawQuery() != null || server.getRawFragment() != null
                || !(server.getRawPath() == null || server.getRawPath().isEmpty() || server.getRawPath().equals("/"))) {
            throw new IllegalArgumentException("a Trino server's URL is its scheme, host and port only, not " + server);
        }
        catalog = name("catalog", catalog);
        schema = name("schema", schema);
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a Trino connection needs a user name");
        }
    }

    /** A connection from a URL as typed: refused in one line when it is no URL. */
    public static TrinoConnection of(String server, String catalog, String schema, String user, char[] password) {
        try {
            return new TrinoConnection(new URI(server.strip()), catalog, schema, user, password);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + server);
        }
    }

    boolean https() {
        return "https".equals(server.getScheme());
    }

    boolean hasPassword() {
        return password != null && password.length > 0;
    }

    /** The driver's URL: the server alone, since catalog and schema are set once they are checked. */
    String jdbcUrl() {
        int port = server.getPort() >= 0 ? server.getPort() : https() ? 443 : 80;
        return "jdbc:trino://" + server.getHost() + ":" + port;
    }

    /** The driver's properties, TLS or not; the password's text lives only as long as these. */
    Properties properties(boolean tls) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("SSL", Boolean.toString(tls));
        properties.setProperty("source", "entente");
        if (hasPassword()) {
            properties.setProperty("password", new String(password));
        }
        return properties;
    }

    @Override
    public String toString() {
        return user + "@" + server + " " + catalog + "." + schema + (hasPassword() ? " (with a password)" : "");
    }

    private static String name(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a Trino connection needs a " + what);
        }
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
