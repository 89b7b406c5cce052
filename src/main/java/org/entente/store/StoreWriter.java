package org.entente.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.files.TempFiles;
import org.entente.io.DatasetSink;
import org.entente.model.Actor;
import org.entente.model.Dataset;
import org.entente.model.Event;
import org.entente.model.Extras;
import org.entente.model.Period;
import org.entente.model.Relation;
import org.entente.model.Source;

/**
 * Writes a store: records stream in as a reader or an importer gives them (events as JSON chunks that
 * DuckDB loads while the next is written, {@link StagingChunks}; the other records through its appender),
 * and {@link #finish} builds from them the tables a {@link DuckStore} reads ({@link StoreBuild}). Each event
 * becomes one row, with its actors, roles, tags and countries as lists of numbers ({@link Names}) and what
 * filters ask of its actors and sources worked out here, in memory, from the actors and sources given so
 * far ({@link EventRowWriter}). An event naming an actor not given yet is marked late, and the build works
 * those out again in SQL once everything is in, as it does sources' grades.
 *
 * <p>Nothing is written where the store is going until it is complete: the staging database, the store
 * and their logs and spill files live in a ledgered folder beside the target, and the finished store is
 * renamed into place. {@link #close} without {@link #finish} (a failure, a Cancel) deletes that folder;
 * a run that is killed leaves it to the next run's sweep of the ledger.
 */
public final class StoreWriter implements DatasetSink, AutoCloseable {
    private static final String STAGING_DATABASE = "staging.duckdb";
    private static final String DATABASE = "store.duckdb";
    /**
     * The staging tables other than the events' ({@link StagingTable}). They are compressed as the store is:
     * a hundred million staged events would otherwise take some 40 GB of disk beside the store, and the
     * JSON reader compresses on every core for about 3% more time.
     */
    private static final String STAGING = """
            CREATE TABLE in_sources (ord INTEGER, id VARCHAR, id_hash BIGINT, title VARCHAR, publisher VARCHAR,
                published VARCHAR, url VARCHAR, reliability TINYINT, extras VARCHAR);
            CREATE TABLE in_relations (ord INTEGER, id VARCHAR, from_actor VARCHAR, to_actor VARCHAR, kind VARCHAR,
                directed BOOLEAN, when_text VARCHAR, tone DOUBLE, summary VARCHAR, citations VARCHAR, extras VARCHAR);
            CREATE TABLE in_periods (ord INTEGER, id VARCHAR, title VARCHAR, when_text VARCHAR, extras VARCHAR);
            """;

    private final Path target;
    private final Path folder;
    private final Connection connection;
    private final DuckDBAppender sources;
    private final DuckDBAppender relations;
    private final DuckDBAppender periods;
    private final StagingChunks chunks;
    private final EventRowWriter events;
    private final StoreNames names = new StoreNames();
    /** The actors by number; null for an actor named by an event but not given yet, or withdrawn. */
    private final List<Actor> actors = new ArrayList<>();
    /** The numbers of the actors in the order they were given, which withdrawals count by. */
    private final List<Integer> given = new ArrayList<>();
    private final List<int[]> withdrawn = new ArrayList<>();
    private int sourceCount;
    private int relationCount;
    private int periodCount;
    private long relationCitations;
    /** Whether any source or claim is graded: without one, no event has a best grade or rests on weak claims. */
    private boolean anyGrade;
    private String title = "";
    private String description;
    private Extras extras = Extras.NONE;
    private boolean finished;

    private StoreWriter(Path target, Path folder, Connection connection) throws SQLException {
        this.target = target;
        this.folder = folder;
        this.connection = connection;
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + memoryLimitMegabytes() + "MB'");
            statement.execute(STAGING);
        }
        StoreBuild.prepare(connection, folder.resolve(DATABASE));
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        chunks = new StagingChunks(folder, duck.duplicate());
        events = new EventRowWriter(chunks, names, actors);
        sources = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_sources");
        relations = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_relations");
        periods = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "in_periods");
    }

    /**
     * What the engine may use for a build, in megabytes: DuckDB takes 80% of the machine by default, which
     * beside this process's own heap would leave the machine short; it spills to the folder beyond this.
     * A number computed here, never text from outside, so it can be part of the statement.
     */
    private static long memoryLimitMegabytes() {
        long physical = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        long free = physical - Runtime.getRuntime().maxMemory();
        return Math.max(1024, free * 6 / 10 / (1 << 20));
    }

    /** Starts a store that will be {@code target} once finished; nothing is written there before. */
    public static StoreWriter create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = TempFiles.createDirectory(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve(STAGING_DATABASE));
            try {
                return new StoreWriter(absolute, folder, connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            TempFiles.delete(folder);
            throw new IOException("could not start the store " + target + ": " + e.getMessage(), e);
        }
    }

    /** Writes a dataset already in memory as a store at {@code target}. */
    public static void write(Path target, Dataset dataset) throws IOException {
        try (StoreWriter writer = create(target)) {
            dataset.sources().forEach(writer::source);
            dataset.actors().forEach(writer::actor);
            dataset.events().forEach(writer::event);
            dataset.relations().forEach(writer::relation);
            dataset.periods().forEach(writer::period);
            writer.end(dataset.title(), dataset.description(), dataset.extras());
            writer.finish(phase -> { });
        }
    }

    /** The events given so far. */
    public long events() {
        return events.count();
    }

    @Override
    public void source(Source source) {
        anyGrade |= source.reliability() != null;
        try {
            sources.beginRow().append(sourceCount++);
            text(sources, source.id());
            sources.append(IdHash.of(source.id()));
            text(sources, source.title());
            text(sources, source.publisher());
            text(sources, source.published() == null ? null : source.published().text());
            text(sources, source.url());
            if (source.reliability() == null) {
                sources.appendNull();
            } else {
                sources.append((byte) source.reliability().ordinal());
            }
            text(sources, RecordJson.extras(source.extras()));
            sources.endRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void actor(Actor actor) {
        int number = names.actors().number(actor.id());
        while (actors.size() <= number) {
            actors.add(null);
        }
        actors.set(number, actor);
        given.add(number);
    }

    @Override
    public void event(Event event) {
        try {
            events.event(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void relation(Relation relation) {
        try {
            relations.beginRow().append(relationCount++);
            relationCitations += relation.citations().size();
            text(relations, relation.id());
            text(relations, relation.from());
            text(relations, relation.to());
            text(relations, relation.kind());
            relations.append(relation.directed());
            text(relations, RecordJson.whenText(relation.when()));
            number(relations, relation.tone());
            text(relations, relation.summary());
            text(relations, RecordJson.citations(relation.citations()));
            text(relations, RecordJson.extras(relation.extras()));
            relations.endRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void period(Period period) {
        try {
            periods.beginRow().append(periodCount++);
            text(periods, period.id());
            text(periods, period.title());
            text(periods, RecordJson.whenText(period.when()));
            text(periods, RecordJson.extras(period.extras()));
            periods.endRow();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void withdraw(RecordKind kind, int index) {
        if (kind == RecordKind.ACTOR) {
            actors.set(given.get(index), null);
        } else {
            withdrawn.add(new int[] {kind.ordinal(), index});
        }
    }

    @Override
    public void replaceActor(int index, Actor actor) {
        actors.set(given.get(index), actor);
    }

    @Override
    public void end(String title, String description, Extras extras) {
        this.title = title == null ? "" : title;
        this.description = description;
        this.extras = extras == null ? Extras.NONE : extras;
    }

    /**
     * Builds the store's tables from what was given and moves the store into place, replacing any file
     * there; {@code phases} hears what it is doing, since at a hundred million events it takes minutes.
     */
    public void finish(Consumer<String> phases) throws IOException {
        try {
            events.flush();
            chunks.finish();
            chunks.close();
            for (DuckDBAppender appender : List.of(sources, relations, periods)) {
                appender.close();
            }
            anyGrade |= events.anyWeakClaim();
            Path database = folder.resolve(DATABASE);
            new StoreBuild(connection, phases).run(new StoreHeader(title, description,
                    RecordJson.extras(extras), relationCitations), new StoreInput(names, actors, withdrawn,
                    events.anyEarly(), events.anyLate(), anyGrade));
            connection.close();
            try {
                Files.move(database, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(database, target, StandardCopyOption.REPLACE_EXISTING);
            }
            finished = true;
            TempFiles.delete(folder);
        } catch (SQLException e) {
            throw new IOException("could not write the store " + target + ": " + e.getMessage(), e);
        }
    }

    /** Without {@link #finish}, deletes everything written so far. */
    @Override
    public void close() throws IOException {
        if (finished) {
            return;
        }
        try {
            chunks.close();
            for (DuckDBAppender appender : List.of(sources, relations, periods)) {
                closeQuietly(appender);
            }
            connection.close();
        } catch (SQLException ignored) {
            // The folder goes whatever state the database was left in.
        } finally {
            TempFiles.delete(folder);
        }
    }

    private static void closeQuietly(DuckDBAppender appender) {
        try {
            appender.close();
        } catch (SQLException | RuntimeException alreadyClosedOrBroken) {
            // Only its rows are lost, and they are being thrown away.
        }
    }

    private RuntimeException failed(SQLException e) {
        return new UncheckedIOException(new IOException("could not write the store " + target + ": " + e.getMessage(), e));
    }

    static void text(DuckDBAppender appender, String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }

    static void number(DuckDBAppender appender, double value) throws SQLException {
        if (Double.isNaN(value)) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
    }
}
