package org.entente.store;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A real Trino server for the tests and the benchmark: one node, coordinator and worker, on a free port of
 * the loopback interface, run from an unpacked {@code trino-server} tarball on its own Java (25), with a
 * Hive catalog {@code hive} whose file metastore and tables live on the local file system under a folder
 * of the work directory ({@link #lake}). It is stopped by {@link #close} or, failing that, when the JVM
 * that started it exits, however it exits. The profile {@code trino} passes where the server, its Java and the work
 * directory are as the system properties {@code trino.home}, {@code trino.java} and {@code trino.work}.
 */
final class TrinoServer implements AutoCloseable {
    private static final long READY_SECONDS = 600;

    private final Process process;
    private final Path work;
    private final int port;
    private final Thread stopAtExit;
    private int schemas;
    private static TrinoServer shared;

    private TrinoServer(Process process, Path work, int port) {
        this.process = process;
        this.work = work;
        this.port = port;
        this.stopAtExit = new Thread(this::stop, "stop trino");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** One server for every test of the JVM, started the first time and stopped when the JVM exits. */
    static synchronized TrinoServer shared() throws IOException {
        if (shared == null) {
            try {
                shared = start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the Trino server started", e);
            }
        }
        return shared;
    }

    /** Starts the server the system properties name and waits until it takes queries. */
    static TrinoServer start() throws IOException, InterruptedException {
        return start(Path.of(property("trino.home")), Path.of(property("trino.java")), Path.of(property("trino.work")));
    }

    static TrinoServer start(Path home, Path java, Path workRoot) throws IOException, InterruptedException {
        Files.createDirectories(workRoot);
        Path work = Files.createTempDirectory(workRoot.toAbsolutePath(), "run");
        Path lake = Files.createDirectories(work.resolve("lake"));
        Path catalogs = Files.createDirectories(work.resolve("etc/catalog"));
        // Only the Hive plugin is loaded: the tarball's fifty others would slow the start and fill the heap.
        Path plugins = Files.createDirectories(work.resolve("plugin"));
        Files.createSymbolicLink(plugins.resolve("hive"), home.resolve("plugin/hive").toAbsolutePath());
        int port = freePort();
        Files.writeString(work.resolve("etc/config.properties"), String.join("\n",
                "coordinator=true",
                "node-scheduler.include-coordinator=true",
                "http-server.http.port=" + port,
                "discovery.uri=http://127.0.0.1:" + port,
                "node.environment=entente_test",
                "node.id=entente-test",
                "node.internal-address=127.0.0.1",
                "node.bind-ip=127.0.0.1",
                "plugin.dir=" + plugins,
                "catalog.config-dir=" + catalogs,
                "query.max-memory=1GB",
                "query.max-memory-per-node=512MB",
                ""), StandardCharsets.UTF_8);
        Files.writeString(work.resolve("etc/log.properties"), "io.trino=WARN\n", StandardCharsets.UTF_8);
        Files.writeString(catalogs.resolve("hive.properties"), String.join("\n",
                "connector.name=hive",
                "hive.metastore=file",
                "hive.metastore.catalog.dir=local:///metastore",
                "fs.native-local.enabled=true",
                "local.location=" + lake,
                ""), StandardCharsets.UTF_8);
        // A shell runs the server and stops it when its input ends: when close() ends it, or when this JVM
        // dies in any way, even killed, since the system then closes the pipe. No server outlives its test.
        Process process = new ProcessBuilder("sh", "-c", "\"$@\" & server=$!; cat > /dev/null; kill $server; wait $server",
                "trino", java.toString(), "-Xmx2g", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError",
                "-Djdk.attach.allowAttachSelf=true", "-XX:+EnableDynamicAgentLoading", "-Dfile.encoding=UTF-8",
                "-Dconfig=" + work.resolve("etc/config.properties"), "-Dlog.levels-file=" + work.resolve("etc/log.properties"),
                "-cp", home.resolve("lib") + "/*", "io.trino.server.TrinoServer")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("server.log").toFile())
                .start();
        TrinoServer server = new TrinoServer(process, work, port);
        try {
            server.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The folder the catalog's {@code local:///} locations resolve under. */
    Path lake() {
        return work.resolve("lake");
    }

    /**
     * Exports a store file to Parquet in the lake and makes a new schema of the catalog {@code hive} hold its
     * tables; returns the schema's name.
     */
    synchronized String load(Path store) throws IOException, SQLException {
        String schema = "store_" + ++schemas;
        Path export = lake().resolve(schema);
        ParquetExport.write(store, export);
        List<String> statements = TrinoTables.statements(export, "local:///" + schema);
        try (Connection connection = connection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA hive." + schema);
            }
            connection.setCatalog("hive");
            connection.setSchema(schema);
            TrinoTables.create(connection, statements);
        }
        return schema;
    }

    /** A store file loaded ({@link #load}) and connected to, as the engine tests open it. */
    TrinoStore open(Path store) throws IOException {
        try {
            return connect(load(store));
        } catch (SQLException e) {
            throw new IOException("could not load the store into Trino: " + e.getMessage(), e);
        }
    }

    /** The store a schema made by {@link #load} holds. */
    TrinoStore connect(String schema) throws IOException {
        return TrinoStore.connect(new TrinoConnection(uri(), "hive", schema, "entente", null));
    }

    Connection connection() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", "entente");
        return DriverManager.getConnection("jdbc:trino://127.0.0.1:" + port, properties);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // The JVM is exiting and runs the hook itself, which finds the server stopped.
        }
    }

    private void stop() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Polls the server's info until it says it has started; a server that exits is a failure with its log. */
    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the Trino server exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpURLConnection info = (HttpURLConnection) uri().resolve("/v1/info").toURL().openConnection();
                info.setConnectTimeout(1_000);
                info.setReadTimeout(1_000);
                String body = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (body.contains("\"starting\":false")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(1_000);
        }
        throw new IOException("the Trino server was not ready in " + READY_SECONDS + " s:\n" + logTail());
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(work.resolve("server.log"), StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("the system property " + name + " is not set: run with mvn verify -Ptrino");
        }
        return value;
    }
}
