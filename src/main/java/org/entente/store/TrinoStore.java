package org.entente.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.net.ssl.SSLException;

/**
 * A store whose tables sit in a Trino catalog (Parquet files through the Hive or Iceberg connector, as
 * {@link ParquetExport} writes them), asked as every SQL store is ({@link SqlStore}) in Trino's dialect.
 * A question overtaken while it runs cancels its query on the server.
 */
public final class TrinoStore extends SqlStore {

    private TrinoStore(Connection connection) throws SQLException, IOException {
        super(StoreConnections.shared(connection), SqlDialect.TRINO);
    }

    /**
     * Connects, over TLS when the URL is https or the server offers it (a password goes only over TLS),
     * checks the catalog, the schema and the store's tables against the server's metadata, and opens the
     * store. Every failure is one line saying what is wrong.
     */
    public static TrinoStore connect(TrinoConnection where) throws IOException {
        Connection connection = open(where);
        try {
            TrinoNames.check(connection.getMetaData(), where);
            connection.setCatalog(where.catalog());
            connection.setSchema(where.schema());
            return new TrinoStore(connection);
        } catch (SQLException | IOException | RuntimeException e) {
            StoreConnections.closeAfter(connection, e);
            if (e instanceof IOException refused) {
                throw refused;
            }
            throw new IOException(where + ": not an Entente store (" + StoreBuild.FORMAT + "): " + e.getMessage(), e);
        }
    }

    /** A connection that has answered: TLS first; plain HTTP only for an http URL, no password, and no TLS offered. */
    private static Connection open(TrinoConnection where) throws IOException {
        try {
            return answering(where, true);
        } catch (SQLException overTls) {
            if (where.https() || !offersNoTls(overTls)) {
                throw new IOException(where.server() + ": " + message(overTls), overTls);
            }
            if (where.hasPassword()) {
                throw new IOException(where.server() + " offers no TLS, and a password is only ever sent over TLS", overTls);
            }
            try {
                return answering(where, false);
            } catch (SQLException plain) {
                throw new IOException(where.server() + ": " + message(plain), plain);
            }
        }
    }

    private static Connection answering(TrinoConnection where, boolean tls) throws SQLException {
        Connection connection = DriverManager.getConnection(where.jdbcUrl(), where.properties(tls));
        try {
            connection.getMetaData().getCatalogs().close();
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Whether a failure over TLS was the server answering in plain HTTP. */
    private static boolean offersNoTls(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message: the driver wraps what went wrong in layers that say less. */
    private static String message(Throwable failure) {
        Throwable inner = failure;
        while (inner.getCause() != null && inner.getCause().getMessage() != null) {
            inner = inner.getCause();
        }
        return inner.getMessage();
    }
}
